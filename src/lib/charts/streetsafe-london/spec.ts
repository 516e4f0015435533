import { defineSpec, type StateOf } from '../define';

export const spec = defineSpec({
	id: 'streetsafe-london',
	title: 'Context for EVAW’s StreetSafe warning: London had the highest stop and search rate of any police force area',
	place: 'London; England and Wales, excluding Greater Manchester Police',
	period: 'May 2019 to March 2022',
	kind: 'A chart of the StreetSafe pilot, then of stop and search in London as context; no source links the two',
	figureIds: [
		'event-streetsafe-pilot',
		'streetsafe-met-reports-2022',
		'streetsafe-met-women-share-2022',
		'ss-met-share-2020',
		'ss-rate-london-2020',
		'ss-rate-all-2020',
		'met-ss-may-2019',
		'met-ss-may-2020'
	],
	states: [
		{
			id: 'pilot',
			label: 'The pilot',
			figureIds: ['event-streetsafe-pilot', 'streetsafe-met-reports-2022', 'streetsafe-met-women-share-2022']
		},
		{
			id: 'london-share',
			label: 'London’s share',
			figureIds: ['ss-met-share-2020', 'ss-rate-london-2020', 'ss-rate-all-2020']
		},
		{ id: 'lockdown', label: 'Lockdown', figureIds: ['met-ss-may-2019', 'met-ss-may-2020'] }
	]
});

export type State = StateOf<typeof spec>;
