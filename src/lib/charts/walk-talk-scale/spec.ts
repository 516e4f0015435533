import { defineSpec, type StateOf } from '../define';

export const spec = defineSpec({
	id: 'walk-talk-scale',
	title:
		'The scale EVAW doubts Walk and Talk can address: a {fig:walk-talk-officers}-officer pilot; an estimated {fig:ons-women-da-2020} women experiencing domestic abuse a year',
	place: 'Lambeth and Southwark; England and Wales (women aged 16–74)',
	period: 'June 2021; year to March 2020; decade to 2021',
	kind: 'A chart setting the size of the pilot beside the scale of domestic abuse, as EVAW’s argument does',
	figureIds: ['walk-talk-officers', 'ons-women-da-2020', 'partner-killings-per-year'],
	states: [
		{ id: 'pilot', label: 'The pilot', figureIds: ['walk-talk-officers'] },
		{ id: 'prevalence', label: 'Domestic abuse', figureIds: ['walk-talk-officers', 'ons-women-da-2020'] },
		{ id: 'killed', label: 'Women killed', figureIds: ['partner-killings-per-year'] }
	]
});

export type State = StateOf<typeof spec>;
