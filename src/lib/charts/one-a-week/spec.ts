import { defineSpec, type StateOf } from '../define';

export const spec = defineSpec({
	id: 'one-a-week',
	title: 'Sourced figures put accusations of domestic abuse against police employees at {fig:tbij-accused-per-week}',
	kind: 'A chart of a year in weeks, then of reports and conviction rates',
	figureIds: [
		'evaw-one-a-week',
		'tbij-accused-per-week',
		'byline-reports-2020-21',
		'byline-forces-answered',
		'byline-forces-total',
		'byline-met-reports',
		'conviction-police-2015-18',
		'conviction-all-2015-18',
		'conviction-police-2015-20',
		'conviction-all-2015-20'
	],
	states: [
		{ id: 'claim', label: 'EVAW’s figure', figureIds: ['evaw-one-a-week'] },
		{ id: 'five-a-week', label: 'Nearly five a week', figureIds: ['evaw-one-a-week', 'tbij-accused-per-week'] },
		{
			id: 'reports-2020',
			label: 'Reports in 2020/21',
			figureIds: ['byline-reports-2020-21', 'byline-forces-answered', 'byline-forces-total', 'byline-met-reports']
		},
		{
			id: 'convictions',
			label: 'Conviction rates',
			figureIds: ['conviction-police-2015-18', 'conviction-all-2015-18', 'conviction-police-2015-20', 'conviction-all-2015-20']
		}
	]
});

export type State = StateOf<typeof spec>;
