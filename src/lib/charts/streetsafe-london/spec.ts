import { defineSpec, type StateOf } from '../define';

export const spec = defineSpec({
	id: 'streetsafe-london',
	title: 'London already had the highest stop and search rate in England and Wales',
	kind: 'A chart of stop and search in London',
	figureIds: ['event-streetsafe-pilot', 'ss-met-share-2020', 'ss-rate-london-2020', 'ss-rate-all-2020', 'met-ss-may-2019', 'met-ss-may-2020'],
	states: [
		{ id: 'pilot', label: 'The pilot', figureIds: ['event-streetsafe-pilot'] },
		{
			id: 'london-share',
			label: 'London’s share',
			figureIds: ['ss-met-share-2020', 'ss-rate-london-2020', 'ss-rate-all-2020']
		},
		{ id: 'lockdown', label: 'Lockdown', figureIds: ['met-ss-may-2019', 'met-ss-may-2020'] }
	]
});

export type State = StateOf<typeof spec>;
