/**
 * Every word a reader sees that is not in story.aml: page furniture, controls, chart captions,
 * labels and notes, month names. One section per part of the piece; a second language is a
 * second copy of this object with the same shape (`Strings`).
 *
 * Text only: no numbers computed from it. A chart that shows a figure takes the figure's value
 * from src/lib/data/figures.ts and only its words from here. Functions are for words that
 * wrap a value ("Step 2 of 4").
 */
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
	dates: {},
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
		'who-gets-stopped': {},
		'streetsafe-london': {},
		'one-a-week': {},
		'timeline-2021': {},
		missteps: {}
	}
} as const;

export type Strings = typeof strings;
