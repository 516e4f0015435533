import { defineSpec, type StateOf } from '../define';

export const spec = defineSpec({
	id: 'misconduct-funnel',
	title:
		'{fig:met-sm-accused} Met officers and staff faced sexual misconduct allegations; {fig:met-sm-formal-action} cases saw formal action, {fig:met-sm-dismissed} ended in dismissal',
	place: 'London (Met); England and Wales (IOPC)',
	period: '2010 to May 2021; IOPC: 2016 and “last year”',
	kind: 'A chart of people accused of sexual misconduct and, as a separate count, of cases with formal action; then a comparison of watchdog investigations',
	figureIds: [
		'met-sm-accused',
		'met-sm-formal-action',
		'met-sm-dismissed',
		'met-sm-resigned',
		'iopc-apsp-2016',
		'iopc-apsp-2020-21'
	],
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
