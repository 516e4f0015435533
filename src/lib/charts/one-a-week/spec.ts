import { defineSpec, type StateOf } from '../define';

export const spec = defineSpec({
	id: 'one-a-week',
	title:
		'We found no source for EVAW’s “one woman a week”; police employees faced domestic abuse accusations {fig:tbij-accused-per-week} in 2015–18',
	place: 'England and Wales; 33 of 45 UK forces (2020/21)',
	period: '2015 to March 2021',
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
			figureIds: [
				'conviction-police-2015-18',
				'conviction-all-2015-18',
				'conviction-police-2015-20',
				'conviction-all-2015-20'
			]
		}
	]
});

export type State = StateOf<typeof spec>;
