/**
 * Every word a reader sees that is not in story.aml: page furniture, controls, chart captions,
 * labels and notes, month names. One section per part of the piece; each chart's own words are
 * in content/charts/<chart-id>.ts, gathered here as `charts`. A second language is a second
 * copy of this object with the same shape (`Strings`).
 *
 * Text only: no numbers computed from it. A chart that shows a figure takes the figure's value
 * from src/lib/data/figures.ts and only its words from here. Functions are for words that
 * wrap a value ("Step 2 of 4").
 */
import { words as misconductFunnel } from './charts/misconduct-funnel';
import { words as walkTalkScale } from './charts/walk-talk-scale';
import { words as migrantDataSharing } from './charts/migrant-data-sharing';
import { words as whoGetsStopped } from './charts/who-gets-stopped';
import { words as streetsafeLondon } from './charts/streetsafe-london';
import { words as oneAWeek } from './charts/one-a-week';
import { words as timeline2021 } from './charts/timeline-2021';
import { words as missteps } from './charts/missteps';

/** Site furniture: header, footer, content note, support lines, skip link, errors. */
export const site = {
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
		'EVAW’s statement is quoted in full, in its own words; the one sentence that appears incomplete is shown as received, with our mark […]. Every figure links to its source. This page sets no cookies and loads nothing from other websites.',
	/** The language of the pages, as social cards name it (og:locale). */
	ogLocale: 'en_GB',
	/** The support box on every page. */
	support: {
		title: 'If this affects you',
		hoursAsOf: (asOf: string): string => `(hours as published in ${asOf}; check before calling)`,
		whereFrom: 'Where this information comes from'
	},
	/** The error page, for any error but a missing page. */
	errorTitle: 'Something went wrong',
	/** The page for an address with no page (404). */
	notFound: {
		title: (siteName: string): string => `Page not found: ${siteName}`,
		description: 'There is no page at this address.',
		heading: 'There is no page at this address',
		lede: 'The link may be mistyped, or the page may have moved.',
		fullStory: 'Read the full story'
	}
} as const;

/** Around each quotation from EVAW's statement. */
export const statement = {
	/** Said to screen readers before a section heading of the statement (the space is part of it). */
	sectionLabel: 'Statement section: ',
	/** The title of our mark where words appear to be missing. */
	gapTitle: 'Our mark: words appear to be missing here in the copy we received',
	/** Before the link to the statement, when someone is quoted in it… */
	quotedIn: (speaker: string): string => `${speaker}, quoted in the`,
	/** …and when the words are EVAW's own. */
	from: 'From the',
	/** The link to the statement. */
	statementOf: (publisher: string): string => `statement of the ${publisher}`
} as const;

/** A measure's own page. */
export const measure = {
	title: (chapter: string): string => `${chapter}: EVAW on the Met’s plan`,
	description: (chapter: string, publisher: string, date: string): string =>
		`${chapter}: the ${publisher}'s response of ${date} to this measure in the Metropolitan Police's action plan on violence against women and girls, with the sourced figures behind it.`,
	home: 'The Met’s plan, measure by measure',
	/** After the link home: "› Measure 2 of 7". */
	position: (number: number, total: number): string => `› Measure ${number} of ${total}`,
	pagerLabel: 'Other measures',
	previous: 'Previous measure',
	next: 'Next measure',
	inFullStory: 'Read this measure in the full story'
} as const;

/** The quick exit control. */
export const exit = {
	help: 'Leave quickly: press Shift three times, or use the button.',
	historyNote: 'It does not clear your browser history.',
	button: 'Exit this page',
	exiting: 'Exiting page.',
	pressesLeft: (left: number): string => `Shift, press ${left} more time${left === 1 ? '' : 's'} to exit.`,
	blocked:
		'This site does not let us leave the page for you, so the piece is hidden. To leave, close this tab or window.'
} as const;

/** The motion toggle. */
export const motion = {
	systemReduced: 'Chart animation is off (your device asks for reduced motion)',
	turnOn: 'Chart animation off: turn on',
	turnOff: 'Turn off chart animation'
} as const;

/** Scrolly step controls, and the scope under a chart's title. */
export const scrolly = {
	previous: 'Previous',
	next: 'Next',
	/** Said after "Previous" and "Next" to screen readers. */
	stepWord: 'step',
	stepCount: (step: number, of: number): string => `Step ${step} of ${of}`,
	keyHint: 'You can also use the left and right arrow keys.',
	/** Under a chart's title: its place and period. */
	chartScope: (place: string, period: string): string => `${place}; ${period}`
} as const;

/** The notes under each chart: sources, "Show the data", the data table and downloads. */
export const chartNotes = {
	/** Before a chart's sources, by how many there are. */
	sourceLabel: (count: number): string => (count === 1 ? 'Source' : 'Sources'),
	showData: 'Show the data',
	dataCaption: 'The data behind this chart',
	downloadCsv: 'Download the data (CSV)',
	downloadsIntro: 'The chart as an image, with its title and sources (SVG for print, PNG 1,200 pixels wide):',
	/** The data table's column heads. */
	columns: { what: 'What', figure: 'Figure', periodAndPlace: 'Period and place', source: 'Source' },
	/** A figure's tags in the data table. */
	claimTag: 'EVAW’s claim, not verified',
	inWordsTag: 'In words, as published: no exact number',
	publishedAfterTag: 'Published after the statement',
	quoteAndNotes: 'Quote and notes',
	/** Said to screen readers after "Quote and notes" (the space is part of it: markup would drop it). */
	quoteAndNotesFor: (label: string): string => ` for ${label}`
} as const;

/** Embed pages (the frame around an embedded chapter or chart) and the copy-code status. */
export const embed = {
	contentNote: 'Content note:',
	signpostLead: 'If this affects you:',
	signpostHours: '(free, 24 hours); in an emergency call',
	moreSupport: 'More support',
	fullStory: (title: string): string => `Read the full story: ${title}`,
	publishedWith: (partner: string): string => `Published with ${partner}`,
	/** Said to screen readers when an "Embed this" code is copied. */
	copied: 'Code copied.'
} as const;

/** The "Embed this" box under each chapter and chart. */
export const embedThis = {
	/** What an "Embed this" box offers, by kind of embed. */
	kinds: { chapter: 'chapter', chart: 'chart' },
	summary: (what: string): string => `Embed this ${what}`,
	/** The intro of an "Embed this" box, around the address to paste into WordPress. */
	intro: (what: string): string =>
		`Partner sites may embed this ${what}, with its content note, support information and sources. Paste one of these codes into your page. The embed sets no cookies, loads nothing from other sites and never reads your page’s address. WordPress: paste the address`,
	introAfterUrl: 'on a line of its own.',
	/** The embed codes' names, by code. */
	codes: {
		loader: 'Recommended: resizes itself and follows the reader’s scroll',
		pym: 'For pages that already use pym.js',
		amp: 'For AMP pages',
		iframe: 'Iframe only, fixed height (where scripts are not allowed)'
	},
	copy: 'Copy',
	/** Said to screen readers after "Copy" (the space is part of it: markup would drop it). */
	copyWhich: (label: string): string => ` the code: ${label}`
} as const;

/** The embed preview page, for people checking the embeds (not linked from the piece). */
export const embedPreview = {
	title: 'Embed preview',
	description: 'Every embed of the piece at four widths, for checking.',
	/** Around the loader's address, then the widths. */
	introBefore: 'Every embed, framed as a partner’s page frames it with',
	introAfter: (widths: string): string => `, at ${widths} px. Not linked from the piece and not indexed.`,
	width: (width: number): string => `${width} px`,
	frameTitle: (title: string, width: number): string => `${title} (${width} px)`
} as const;

/** The sources and methods page. */
export const sources = {
	title: (siteName: string): string => `Sources and methods: ${siteName}`,
	description:
		"Every source behind the figures in our reading of EVAW's statement on the Met's action plan, with the quote that supports each figure, and what we could not verify.",
	heading: 'Sources and methods',
	lede: 'Every figure in the piece, grouped by the source it comes from, with the sentence that supports it. Links in the story lead to the figure’s entry here.',
	methods: 'Methods',
	/** The first methods paragraph, around its link to the statement. */
	statementBefore: 'The statement is the',
	statementLink: (publisher: string, date: string): string => `${publisher}’s statement of ${date}`,
	statementAfter:
		', quoted in full and in order. We left out the web page’s navigation text and the press contact’s details. One sentence, on StreetSafe, appears incomplete in the copy we have: we show it exactly as received, with a mark […] where words appear to be missing, and do not guess at them.',
	checking:
		'Each figure was checked against a published source and rated for confidence by our research. We show only figures rated high or medium, exactly as published: where a source gives words (“almost half”, “nearly five times a week”), we keep its words. We do not add figures together or work out new ones.',
	notVerified: 'What we could not verify',
	/** Before an unverified claim's note: EVAW's words (a figure's display), quoted. */
	claim: (display: string): string => `EVAW’s statement that “${display}”:`,
	/** An unverified claim's note, when the figure has none. */
	noSource: 'no published source was found.',
	seeEntry: 'See the entry',
	/** What we could not verify that is not one of the figures. */
	unverified: {
		streetSafeAnnounced:
			'That StreetSafe was announced in June 2021. The sources we found date the pilot’s launch to September 2021.',
		systemicFailure:
			'The words “systemic failure”, which EVAW attributes to the police inspectorate’s report, in the parts of the report we could read.',
		streetSafeReports:
			'A count of StreetSafe reports made by 10 November 2021. The Met’s count for London, published in March 2022, covers September 2021 to March 2022.',
		kateWilson:
			'When the relationship at the heart of the Kate Wilson ruling began, in a primary source: we give the year reported in a republished article.',
		rapeCrisisPhone:
			'A phone number for the Rape Crisis 24/7 Support Line in a source we could cite: the support information gives its web address instead.',
		stopSearchRates:
			'Stop and search rates per 1,000 people for Asian, Mixed and Other ethnic groups in the year to March 2020: we show the published ratios instead, and do not work rates back from them.'
	},
	after: 'Figures published after the statement',
	afterLede:
		'These were not public when EVAW wrote. We show them only where they add to what was known, always labelled “published after the statement”.',
	mirrored: 'Quotes read from copies',
	mirroredLede:
		'For these sources, the supporting quote was read from a republished copy of the article, linked below, and not from the publisher’s own page.',
	sources: 'Sources',
	mirrorTag: 'Read from a republished copy',
	claimFlag: 'EVAW’s claim, not verified',
	/** A figure's confidence, by rating (CLAIM has its own flag). */
	confidence: (level: string): string => `Confidence: ${level}`,
	levels: { HIGH: 'high', MEDIUM: 'medium' },
	publishedAfter: 'Published after the statement.',
	support: 'Support information',
	supportLede:
		'Where the phone numbers, opening hours and instructions in the support box on every page come from. Hours are as each source published them, on the date shown; check them before calling.',
	back: 'Back to the story'
} as const;

/** Dates as the charts write them. */
export const dates = {
	/** Month names on a time axis, January first. */
	monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
	/** Month names in a full date ("10 November 2021"), January first. */
	monthsLong: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	]
} as const;

/**
 * Each chart's own words (captions, labels, footnotes), by chart id: each in its own file,
 * content/charts/<chart-id>.ts, so a chart laid out in the browser carries its own words only.
 */
export const charts = {
	'misconduct-funnel': misconductFunnel,
	'walk-talk-scale': walkTalkScale,
	'migrant-data-sharing': migrantDataSharing,
	'who-gets-stopped': whoGetsStopped,
	'streetsafe-london': streetsafeLondon,
	'one-a-week': oneAWeek,
	'timeline-2021': timeline2021,
	missteps
} as const;

/** All sections, as one object: `strings.site`, `strings.charts[…]`. Code that runs in the browser imports
 * only the sections it needs (`import { scrolly } from '$content/strings'`), so the islands bundle carries
 * no page-only words. */
export const strings = {
	site,
	statement,
	measure,
	exit,
	motion,
	scrolly,
	chartNotes,
	embed,
	embedThis,
	embedPreview,
	sources,
	dates,
	charts
} as const;

export type Strings = typeof strings;
