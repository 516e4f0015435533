import { defineSpec, type StateOf } from '../define';

export const spec = defineSpec({
	id: 'who-gets-stopped',
	title:
		'EVAW’s concern about more patrols: Black people were stopped and searched at {fig:ss-ratio-black-2020} the rate of White people',
	place: 'London; England and Wales, excluding Greater Manchester Police',
	period: 'October 2021 and the year to March 2020',
	kind: 'A chart of officer numbers, then stop and search rates by ethnic group',
	figureIds: [
		'met-extra-officers',
		'town-centre-officers',
		'town-centre-teams',
		'ward-officers',
		'ss-rate-white-2020',
		'ss-rate-black-2020',
		'ss-ratio-black-2020',
		'ss-ratio-mixed-2020',
		'ss-ratio-asian-2020',
		'ss-ratio-other-2020',
		'ss-total-2020',
		'ss-nfa-2020',
		'ss-nfa-share-2020'
	],
	states: [
		{
			id: 'officers',
			label: '650 officers',
			figureIds: ['met-extra-officers', 'town-centre-officers', 'town-centre-teams', 'ward-officers']
		},
		{ id: 'rates', label: 'Rates per 1,000', figureIds: ['ss-rate-white-2020', 'ss-rate-black-2020'] },
		{
			id: 'ratios',
			label: 'Compared with White people',
			figureIds: ['ss-ratio-black-2020', 'ss-ratio-mixed-2020', 'ss-ratio-asian-2020', 'ss-ratio-other-2020']
		},
		{ id: 'outcomes', label: 'No further action', figureIds: ['ss-total-2020', 'ss-nfa-2020', 'ss-nfa-share-2020'] }
	]
});

export type State = StateOf<typeof spec>;
