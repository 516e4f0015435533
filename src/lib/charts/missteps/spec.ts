import { defineSpec, type StateOf } from '../define';
import { timelineEvents } from '../timeline-2021/spec';

export const spec = defineSpec({
	id: 'missteps',
	title: 'Much of what 2021 revealed was harm done by police officers',
	kind: 'A timeline of 2021 with events involving police officers highlighted',
	figureIds: [...timelineEvents, 'event-spoke-supportively', 'event-pcsc-lords', 'event-pcsc-royal-assent'],
	states: [
		{
			id: 'police-perpetrated',
			label: 'Harm by police officers',
			figureIds: ['event-everard-kidnapped', 'event-vigil', 'event-photo-officers-plead', 'event-rapist-nickname', 'event-kate-wilson-judgment']
		},
		{ id: 'in-court', label: 'In court', figureIds: ['event-spoke-supportively'] },
		{ id: 'bill', label: 'The Policing Bill', figureIds: ['event-pcsc-lords', 'event-pcsc-royal-assent'] }
	]
});

export type State = StateOf<typeof spec>;
