/**
 * What each chart is, independent of how it is drawn: its states (named by the copy's
 * steps), the figures it shows, and its takeaway title. Shared by the story, the measure
 * pages, the embeds, the data tables and the CSVs. Pure TypeScript: no Svelte here, so the
 * build-time copy checks can import it.
 */
export interface ChartStateSpec {
	id: string;
	/** A short name for the state, used by step controls and tests. */
	label: string;
	/** The figures this state puts on screen. */
	figureIds: readonly string[];
}

export interface ChartSpec {
	id: string;
	/** The chapter whose copy drives this chart. */
	chapter: string;
	/** The takeaway, as a template: {fig:id} is replaced by the figure's display text. */
	title: string;
	/** What kind of chart it is, for the screen-reader description. */
	kind: string;
	states: readonly ChartStateSpec[];
	/** Every figure behind the chart, in table order. */
	figureIds: readonly string[];
}

const timelineEvents = [
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

export const chartSpecs: readonly ChartSpec[] = [
	{
		id: 'timeline-2021',
		chapter: 'opening',
		title: 'The Met’s plan came after eight months of revelations about police officers and violence against women',
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
	},
	{
		id: 'who-gets-stopped',
		chapter: 'increased-police-presence',
		title: 'Black people were stopped and searched at {fig:ss-ratio-black-2020} the rate of White people',
		kind: 'A chart of officer numbers, then stop and search rates by ethnic group',
		figureIds: [
			'met-extra-officers',
			'town-centre-officers',
			'town-centre-teams',
			'ward-officers',
			'ss-rate-white-2020',
			'ss-rate-black-2020',
			'ss-ratio-black-2020',
			'ss-ratio-mixed-2020',
			'ss-ratio-asian-2020',
			'ss-ratio-other-2020',
			'ss-total-2020',
			'ss-nfa-2020',
			'ss-nfa-share-2020'
		],
		states: [
			{
				id: 'officers',
				label: '650 officers',
				figureIds: ['met-extra-officers', 'town-centre-officers', 'town-centre-teams', 'ward-officers']
			},
			{ id: 'rates', label: 'Rates per 1,000', figureIds: ['ss-rate-white-2020', 'ss-rate-black-2020'] },
			{
				id: 'ratios',
				label: 'Compared with White people',
				figureIds: ['ss-ratio-black-2020', 'ss-ratio-mixed-2020', 'ss-ratio-asian-2020', 'ss-ratio-other-2020']
			},
			{ id: 'outcomes', label: 'No further action', figureIds: ['ss-total-2020', 'ss-nfa-2020', 'ss-nfa-share-2020'] }
		]
	},
	{
		id: 'streetsafe-london',
		chapter: 'streetsafe',
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
	},
	{
		id: 'walk-talk-scale',
		chapter: 'walk-and-talk',
		title: '{fig:walk-talk-officers} officers in the pilot; {fig:ons-women-da-2020} women who experienced domestic abuse in a year',
		kind: 'A chart comparing the size of the scheme with the scale of domestic abuse',
		figureIds: ['walk-talk-officers', 'ons-women-da-2020', 'partner-killings-per-year'],
		states: [
			{ id: 'pilot', label: 'The pilot', figureIds: ['walk-talk-officers'] },
			{ id: 'prevalence', label: 'Domestic abuse', figureIds: ['walk-talk-officers', 'ons-women-da-2020'] },
			{ id: 'killed', label: 'Women killed', figureIds: ['partner-killings-per-year'] }
		]
	},
	{
		id: 'misconduct-funnel',
		chapter: 'safe-connection',
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
	},
	{
		id: 'migrant-data-sharing',
		chapter: 'migrant-women',
		title: '{fig:forces-referring-2018} of {fig:forces-asked-2018} police forces said they referred victims and witnesses to immigration enforcement',
		kind: 'A chart of police forces, then a timeline of the super-complaint, then a study of migrant women',
		figureIds: ['forces-asked-2018', 'forces-referring-2018', 'event-super-complaint-migrant', 'event-safe-to-share', 'lawrs-sample', 'lawrs-not-believed'],
		states: [
			{ id: 'forces', label: 'Police forces', figureIds: ['forces-asked-2018', 'forces-referring-2018'] },
			{ id: 'super-complaint', label: 'Super-complaint', figureIds: ['event-super-complaint-migrant'] },
			{ id: 'safe-to-share', label: '“Safe to share?”', figureIds: ['event-super-complaint-migrant', 'event-safe-to-share'] },
			{ id: 'believed', label: 'Not believed', figureIds: ['lawrs-sample', 'lawrs-not-believed'] }
		]
	},
	{
		id: 'one-a-week',
		chapter: 'one-woman-a-week',
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
	},
	{
		id: 'missteps',
		chapter: 'closing',
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
	}
];

export const chartSpecById: ReadonlyMap<string, ChartSpec> = new Map(chartSpecs.map((c) => [c.id, c]));

export function chartSpec(id: string): ChartSpec {
	const spec = chartSpecById.get(id);
	if (!spec) throw new Error(`Unknown chart "${id}"`);
	return spec;
}
