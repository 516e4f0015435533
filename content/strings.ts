/**
 * Every word a reader sees that is not in story.aml: page furniture, controls, chart captions,
 * labels and notes, month names. One section per part of the piece; a second language is a
 * second copy of this object with the same shape (`Strings`).
 *
 * Text only: no numbers computed from it. A chart that shows a figure takes the figure's value
 * from src/lib/data/figures.ts and only its words from here. Functions are for words that
 * wrap a value ("Step 2 of 4").
 */
/** The notes under a timeline event whose date, or whose source, comes after EVAW's statement. */
const timelineTags = {
	after: 'After the statement',
	sourceAfter: 'Source published after the statement'
} as const;

export const strings = {
	/** Site furniture: header, footer, content note, support lines, skip link, errors. */
	site: {
		skipLink: 'Skip to content',
		contentNote: 'Content note:',
		supportLead: 'Support:',
		supportHours: '(free, 24 hours). In an emergency call',
		silentCall: '; if you cannot speak, on a mobile press 55 when asked.',
		moreSupport: 'More support',
		exitHint:
			'To leave quickly, use “Exit this page” or press Shift three times. It does not clear your browser history.',
		footerNavLabel: 'Site',
		fullStory: 'The full story',
		sourcesAndMethods: 'Sources and methods',
		colophon:
			'EVAW’s statement is quoted in full, in its own words; the one sentence that appears incomplete is shown as received, with our mark […]. Every figure links to its source. This page sets no cookies and loads nothing from other websites.'
	},
	/** The quick exit control. */
	exit: {
		help: 'Leave quickly: press Shift three times, or use the button.',
		historyNote: 'It does not clear your browser history.',
		button: 'Exit this page',
		exiting: 'Exiting page.',
		pressesLeft: (left: number): string => `Shift, press ${left} more time${left === 1 ? '' : 's'} to exit.`,
		blocked:
			'This site does not let us leave the page for you, so the piece is hidden. To leave, close this tab or window.'
	},
	/** The motion toggle. */
	motion: {
		systemReduced: 'Chart animation is off (your device asks for reduced motion)',
		turnOn: 'Chart animation off: turn on',
		turnOff: 'Turn off chart animation'
	},
	/** Scrolly step controls and chart notes ("Show the data", sources, downloads). */
	scrolly: {
		previous: 'Previous',
		next: 'Next',
		/** Said after "Previous" and "Next" to screen readers. */
		stepWord: 'step',
		stepCount: (step: number, of: number): string => `Step ${step} of ${of}`,
		keyHint: 'You can also use the left and right arrow keys.'
	},
	/** Embed pages, the "Embed this" box and the preview page. */
	embed: {
		contentNote: 'Content note:',
		signpostLead: 'If this affects you:',
		signpostHours: '(free, 24 hours); in an emergency call',
		moreSupport: 'More support',
		fullStory: (title: string): string => `Read the full story: ${title}`,
		publishedWith: (partner: string): string => `Published with ${partner}`,
		/** Said to screen readers when an "Embed this" code is copied. */
		copied: 'Code copied.'
	},
	/** The sources and methods page. */
	sources: {},
	/** Dates as the charts write them. */
	dates: {
		/** Month names on a time axis, January first. */
		monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
	},
	/** Each chart's own words (captions, labels, footnotes), by chart id. */
	charts: {
		'misconduct-funnel': {
			accused: 'people accused of sexual misconduct',
			formalAction: 'cases (not people) with formal action',
			dismissed: 'cases ended in dismissal',
			resigned: 'people retired or resigned after complaints upheld',
			iopcTitle: 'IOPC “probes” of officers and staff over abuse of position for a sexual purpose',
			/** Under the IOPC title: where, and that the source does not say which years. */
			iopcScope: (place: string) => `${place}; year types not stated`,
			/** After an IOPC year's count. */
			inPeriod: (period: string) => `in ${period}`
		},
		'walk-talk-scale': {
			/** Under a count: where and when it is from. */
			scope: (place: string, period: string) => `${place}, ${period}`,
			/** Under a count: where, when and who published it. */
			scopeBy: (place: string, period: string, publisher: string) => `${place}, ${period} (${publisher})`,
			officersToScale: 'officers: the speck in the ring',
			toScaleNote:
				'Set side by side as EVAW’s argument does, to one scale: each officer and each woman takes the same space'
		},
		'migrant-data-sharing': {
			asked: 'UK police forces were asked',
			/** Under the forces asked: who asked, and when. */
			askedBy: (period: string) => `by the BBC, ${period}`,
			referred: 'said they referred victims and witnesses of crime to immigration enforcement',
			notSaid: 'Did not say they did',
			notBelieved: 'migrant women felt they would not be believed',
			/** The study behind “2 in 3”: its size (a figure's display) and place. */
			sample: (size: string, place: string) =>
				`In a study of ${size} migrant women with insecure immigration status in ${place} (not representative)`,
			/** Under the study: its publisher and when. */
			sampleSource: (publisher: string, period: string) => `${publisher}, ${period}`
		},
		'who-gets-stopped': {
			groups: {
				black: 'Black people',
				white: 'White people',
				mixed: 'Mixed ethnicity',
				asian: 'Asian people',
				other: 'Other ethnic groups'
			},
			/** A footnote: when and where the figures are from. */
			scope: (period: string, place: string) => `${period}, ${place}`,
			officersCaption: (total: string) => `${total} extra officers: each square is one officer`,
			/** After the Town Centre Team officers' count. */
			inTeams: (teams: string) => ` in ${teams} Town Centre Teams`,
			/** After the ward officers' count. */
			joiningWard: ' joining London’s ward officers',
			ratesCaption: 'Stop and searches for every 1,000 people in each group',
			ratiosCaption: 'Stop and search rate compared with White people',
			ratiosNote: 'Ratios are from unrounded rates.',
			reference: 'White people = 1',
			outcomesCaption: (total: string, period: string) => `Of ${total} stop and searches in the ${period}`,
			outcomesNote: (place: string) => `Each square is one in every 100 searches. ${place}.`,
			noFurtherAction: 'no further action',
			otherOutcomes: 'Other outcomes',
			/** A count with its share, as one value: "9,000 (76%)". */
			countAndShare: (count: string, share: string) => `${count} (${share})`
		},
		'streetsafe-london': {
			/** Each bar's name, by figure id. */
			barNames: {
				'ss-rate-london-2020': 'London',
				'ss-rate-all-2020': 'England and Wales',
				'met-ss-may-2019': 'May 2019',
				'met-ss-may-2020': 'May 2020, the first Covid lockdown'
			} as Record<string, string>,
			pilotCaption: 'StreetSafe was a national Home Office pilot in November 2021',
			pilotNote: (place: string) => `Run with the National Police Chiefs’ Council. Place: ${place}.`,
			pilotLaunched: 'Pilot launched',
			pilotTool: 'A national tool on police.uk for flagging places where people have felt unsafe',
			reportsName: 'Reports to the Met (London)',
			/** After the count of reports. */
			byMarch2022: ' by March 2022',
			publishedAfter: 'Published after the statement',
			shareCaption: 'Context, not StreetSafe data: searches per 1,000 people',
			shareNote: (period: string) => `${period}. England and Wales excludes Greater Manchester Police.`,
			/** Around the Met's share: "The Met’s area had … of all stop and searches in England and Wales". */
			shareBefore: 'The Met’s area had ',
			shareAfter: ' of all stop and searches in England and Wales',
			lockdownCaption: 'Context: Met stop and searches in a month, as reported',
			lockdownNote: 'The London Assembly: “It is reported that the Met carried out…”',
			reported: 'reported'
		},
		'one-a-week': {
			claim: (claim: string) =>
				`EVAW says ${claim} reports domestic abuse by a police officer: one mark a week for a year`,
			unsourced: 'Each box is one week. EVAW’s figure: we found no published source for it',
			perWeek: (perWeek: string) => `Police officers and staff accused of domestic abuse: ${perWeek}, 2015–18`,
			nearly: 'Lighter top mark: “nearly”',
			reports: (reports: string, answered: string, total: string) =>
				`${reports} reports against police staff, 2020/21, in ${answered} of ${total} forces`,
			met: (met: string) => `${met} of them in the Met (darker pink, first rows)`,
			convictions: 'Share of domestic abuse reports that led to a conviction',
			convictionsKey: 'Filled bars: police accused. Outlined bars: all cases, as each source counts them',
			policeAccused: (share: string) => `${share} police accused`,
			allCases: (share: string) => `${share} all cases`,
			/** The periods the conviction rates cover, as group names over their bars. */
			periods: { '2015-18': '2015–18', '2015-20': '2015–20' }
		},
		'timeline-2021': { tags: timelineTags },
		missteps: { tags: timelineTags }
	}
} as const;

export type Strings = typeof strings;
