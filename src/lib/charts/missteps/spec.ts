import { defineSpec, type StateOf } from '../define';
import { timelineEvents } from '../timeline-2021/spec';

export const spec = defineSpec({
	id: 'missteps',
	title:
		'EVAW’s “long line of harmful missteps”: the 2021 events it refers to, and what courts, a tribunal and inspectors found',
	place: 'London; England and Wales',
	period: 'March 2021 to April 2022',
	kind: 'A timeline of 2021 with the events EVAW’s statement refers to highlighted',
	figureIds: [
		...timelineEvents,
		'event-vigil-report',
		'event-spoke-supportively',
		'event-pcsc-lords',
		'event-pcsc-royal-assent'
	],
	states: [
		{
			id: 'police-perpetrated',
			label: 'What EVAW lists',
			figureIds: [
				'event-everard-kidnapped',
				'event-rapist-nickname',
				'event-kate-wilson-judgment',
				'event-photo-officers-plead'
			]
		},
		{ id: 'vigil', label: 'The vigil and the inspectorate', figureIds: ['event-vigil', 'event-vigil-report'] },
		{ id: 'in-court', label: 'In court', figureIds: ['event-spoke-supportively'] },
		{ id: 'bill', label: 'The Policing Bill', figureIds: ['event-pcsc-lords', 'event-pcsc-royal-assent'] }
	]
});

export type State = StateOf<typeof spec>;
