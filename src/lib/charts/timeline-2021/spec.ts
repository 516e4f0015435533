import { defineSpec, type StateOf } from '../define';

/** The year's events, in order; the missteps chart draws them again. */
export const timelineEvents = [
	'event-everard-kidnapped',
	'event-vigil',
	'event-hmicfrs-interim',
	'event-hmicfrs-final',
	'event-whole-life-order',
	'event-rapist-nickname',
	'event-kate-wilson-judgment',
	'event-650-officers',
	'event-safe-connection',
	'event-photo-officers-plead',
	'event-met-plan',
	'event-statement'
] as const;

export const spec = defineSpec({
	id: 'timeline-2021',
	title: '2021’s events involving police officers and violence against women, up to the Met’s plan',
	place: 'London; England and Wales',
	period: 'March to November 2021',
	kind: 'A timeline of 2021',
	figureIds: timelineEvents,
	states: [
		{ id: 'everard', label: 'March: Sarah Everard', figureIds: ['event-everard-kidnapped'] },
		{ id: 'vigil', label: 'March: the vigil', figureIds: ['event-everard-kidnapped', 'event-vigil'] },
		{
			id: 'epidemic',
			label: 'July and September: “epidemic”',
			figureIds: ['event-everard-kidnapped', 'event-vigil', 'event-hmicfrs-interim', 'event-hmicfrs-final']
		},
		{ id: 'sentencing', label: '30 September', figureIds: timelineEvents.slice(0, 7) },
		{ id: 'officers', label: 'October: 650 officers', figureIds: timelineEvents.slice(0, 8) },
		{ id: 'safe-connection', label: 'October: Safe Connection', figureIds: timelineEvents.slice(0, 9) },
		{ id: 'photographs', label: 'November: guilty pleas', figureIds: timelineEvents.slice(0, 10) },
		{ id: 'plan', label: 'November: the plan', figureIds: timelineEvents }
	]
});

export type State = StateOf<typeof spec>;
