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
	dates: {},
	/** Each chart's own words (captions, labels, footnotes), by chart id. */
	charts: {
		'misconduct-funnel': {},
		'walk-talk-scale': {},
		'migrant-data-sharing': {},
		'who-gets-stopped': {},
		'streetsafe-london': {},
		'one-a-week': {},
		'timeline-2021': {},
		missteps: {}
	}
} as const;

export type Strings = typeof strings;
