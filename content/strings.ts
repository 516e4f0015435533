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
	site: {},
	/** The quick exit control. */
	exit: {},
	/** The motion toggle. */
	motion: {},
	/** Scrolly step controls and chart notes ("Show the data", sources, downloads). */
	scrolly: {},
	/** Embed pages, the "Embed this" box and the preview page. */
	embed: {},
	/** The sources and methods page. */
	sources: {},
	/** Dates as the charts write them. */
	dates: {
		/** Month names on a time axis, January first. */
		monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
	},
	/** Each chart's own words (captions, labels, footnotes), by chart id. */
	charts: {
		'misconduct-funnel': {},
		'walk-talk-scale': {},
		'migrant-data-sharing': {},
		'who-gets-stopped': {},
		'streetsafe-london': {},
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
