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
	/**
	 * Where the chart's figures are from, in words ("England and Wales, excluding Greater
	 * Manchester Police"); shown with the title. Required: a chart without it fails the build.
	 */
	place: string;
	/** The period the chart's figures cover, in words; shown with the title. Required. */
	period: string;
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
	},
	{
		id: 'who-gets-stopped',
		chapter: 'increased-police-presence',
		title: 'EVAW’s concern about more patrols: Black people were stopped and searched at {fig:ss-ratio-black-2020} the rate of White people',
		place: 'London; England and Wales, excluding Greater Manchester Police',
		period: 'October 2021 and the year to March 2020',
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
		title: 'Context for EVAW’s StreetSafe warning: London had the highest stop and search rate of any police force area',
		place: 'London; England and Wales, excluding Greater Manchester Police',
		period: 'May 2019 to March 2022',
		kind: 'A chart of the StreetSafe pilot, then of stop and search in London as context; no source links the two',
		figureIds: ['event-streetsafe-pilot', 'streetsafe-met-reports-2022', 'streetsafe-met-women-share-2022', 'ss-met-share-2020', 'ss-rate-london-2020', 'ss-rate-all-2020', 'met-ss-may-2019', 'met-ss-may-2020'],
		states: [
			{
				id: 'pilot',
				label: 'The pilot',
				figureIds: ['event-streetsafe-pilot', 'streetsafe-met-reports-2022', 'streetsafe-met-women-share-2022']
			},
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
		title: 'The scale EVAW doubts Walk and Talk can address: a {fig:walk-talk-officers}-officer pilot; an estimated {fig:ons-women-da-2020} women experiencing domestic abuse a year',
		place: 'Lambeth and Southwark; England and Wales (women aged 16–74)',
		period: 'June 2021; year to March 2020; decade to 2021',
		kind: 'A chart setting the size of the pilot beside the scale of domestic abuse, as EVAW’s argument does',
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
		title: '{fig:met-sm-accused} Met officers and staff faced sexual misconduct allegations; {fig:met-sm-formal-action} cases saw formal action, {fig:met-sm-dismissed} ended in dismissal',
		place: 'London (Met); England and Wales (IOPC)',
		period: '2010 to May 2021; IOPC: 2016 and “last year”',
		kind: 'A chart of people accused of sexual misconduct and, as a separate count, of cases with formal action; then a comparison of watchdog investigations',
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
		title: '{fig:forces-referring-2018} of {fig:forces-asked-2018} UK police forces told the BBC they referred victims and witnesses to immigration enforcement',
		place: 'UK; London (study)',
		period: '2018 to 2020',
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
		title: 'We found no source for EVAW’s “one woman a week”; police employees faced domestic abuse accusations {fig:tbij-accused-per-week} in 2015–18',
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
				figureIds: ['conviction-police-2015-18', 'conviction-all-2015-18', 'conviction-police-2015-20', 'conviction-all-2015-20']
			}
		]
	},
	{
		id: 'missteps',
		chapter: 'closing',
		title: 'EVAW’s “long line of harmful missteps”: the 2021 events it refers to, and what courts, a tribunal and inspectors found',
		place: 'London; England and Wales',
		period: 'March 2021 to April 2022',
		kind: 'A timeline of 2021 with the events EVAW’s statement refers to highlighted',
		figureIds: [...timelineEvents, 'event-vigil-report', 'event-spoke-supportively', 'event-pcsc-lords', 'event-pcsc-royal-assent'],
		states: [
			{
				id: 'police-perpetrated',
				label: 'What EVAW lists',
				figureIds: ['event-everard-kidnapped', 'event-rapist-nickname', 'event-kate-wilson-judgment', 'event-photo-officers-plead']
			},
			{ id: 'vigil', label: 'The vigil and the inspectorate', figureIds: ['event-vigil', 'event-vigil-report'] },
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
