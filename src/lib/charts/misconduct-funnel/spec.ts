import { defineSpec, type StateOf } from '../define';

export const spec = defineSpec({
	id: 'misconduct-funnel',
	title: 'Of {fig:met-sm-accused} Met officers and staff accused of sexual misconduct since 2010, {fig:met-sm-dismissed} were dismissed',
	kind: 'A funnel of sexual misconduct cases, then a comparison of watchdog investigations',
	figureIds: ['met-sm-accused', 'met-sm-formal-action', 'met-sm-dismissed', 'met-sm-resigned', 'iopc-apsp-2016', 'iopc-apsp-2020-21'],
	states: [
		{ id: 'accused', label: 'Accused', figureIds: ['met-sm-accused'] },
		{ id: 'formal-action', label: 'Formal action', figureIds: ['met-sm-accused', 'met-sm-formal-action'] },
		{
			id: 'dismissed',
			label: 'Dismissed',
			figureIds: ['met-sm-accused', 'met-sm-formal-action', 'met-sm-dismissed', 'met-sm-resigned']
		},
		{ id: 'iopc', label: 'Watchdog investigations', figureIds: ['iopc-apsp-2016', 'iopc-apsp-2020-21'] }
	]
});

export type State = StateOf<typeof spec>;
