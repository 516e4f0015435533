import { defineSpec, type StateOf } from '../define';

export const spec = defineSpec({
	id: 'walk-talk-scale',
	title: '{fig:walk-talk-officers} officers in the pilot; {fig:ons-women-da-2020} women who experienced domestic abuse in a year',
	kind: 'A chart comparing the size of the scheme with the scale of domestic abuse',
	figureIds: ['walk-talk-officers', 'ons-women-da-2020', 'partner-killings-per-year'],
	states: [
		{ id: 'pilot', label: 'The pilot', figureIds: ['walk-talk-officers'] },
		{ id: 'prevalence', label: 'Domestic abuse', figureIds: ['walk-talk-officers', 'ons-women-da-2020'] },
		{ id: 'killed', label: 'Women killed', figureIds: ['partner-killings-per-year'] }
	]
});

export type State = StateOf<typeof spec>;
