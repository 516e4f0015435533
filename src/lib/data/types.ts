/** Where a figure comes from. Every figure has exactly one primary source. */
export interface Source {
	/** Stable id, used as the anchor on /sources/ (e.g. `ons-da-2020`). */
	id: string;
	publisher: string;
	title: string;
	/** ISO date (YYYY-MM-DD) or partial date (YYYY-MM or YYYY) as the source gives it. */
	date: string;
	url: string;
	/** True when the quote was read from a republished or scraped copy, not the publisher's own page. */
	mirror?: boolean;
}

/**
 * HIGH and MEDIUM are the dossier's ratings; only those may be shown as fact.
 * CLAIM marks a number that EVAW states and no source could verify: it is shown only
 * inside EVAW's own words and always beside what the sourced data does say.
 */
export type Confidence = 'HIGH' | 'MEDIUM' | 'CLAIM';

export type Unit =
	| 'count'
	| 'people'
	| 'officers'
	| 'forces'
	| 'per-1000'
	| 'ratio'
	| 'percent'
	| 'per-week'
	| 'per-year'
	| 'share'
	| 'date';

/** One sourced number (or dated event), typed once and read everywhere. */
export interface Figure {
	id: string;
	/** The number as published. For `date` figures, the event's ISO date (value is then 0). */
	value: number;
	unit: Unit;
	/** Optional ISO date for dated events (timeline figures). */
	date?: string;
	/** How the number should be read out, exactly as the source gives it: "54", "8.9x", "3.9%". */
	display: string;
	/** The period the figure covers, in words: "year ending March 2020". */
	period: string;
	/** Where it covers: "England and Wales", "London (Metropolitan Police)". */
	place: string;
	/** A short label naming what is counted. */
	label: string;
	/**
	 * A short form of the label for tight spaces such as the timelines (about 45 characters at
	 * most). Our words, neutral, saying no more than the label does and holding no number the
	 * figure doesn't have. Never longer than `label`.
	 */
	shortLabel?: string;
	source: Source;
	/** The sentence in the source that supports the figure, verbatim. */
	quote: string;
	/** Published after the EVAW statement of 10 November 2021. */
	publishedAfterStatement: boolean;
	confidence: Confidence;
	/** For figures that are part of a set (outcomes of one count), the id of the figure they are a part of. */
	partOf?: string;
	/** What a reader must know to read the figure fairly (caveat, base, comparability). */
	note?: string;
	/**
	 * Set when the source gives the figure only in words ("almost half", "more than 60",
	 * "2 in 3"): how `value` relates to those words. `upper-bound` / `lower-bound`: `value` is
	 * a bound the words imply ("almost half": below 0.5), never the figure itself;
	 * `approximate`: the round number the words name ("approximately 160"); `words-only`: the
	 * words give no number, and `value` only places the figure on a chart. Tables and CSVs show
	 * the words and say which of these `value` is; they never give it as an exact count.
	 */
	inWords?: InWords;
	/**
	 * For a figure the source gives as "N in M" ("2 in 3"): the M the words name, a whole
	 * number; `value` is then the N. A chart draws the part of the whole from these two, never
	 * from the display text.
	 */
	outOf?: number;
}

export type InWords = 'upper-bound' | 'lower-bound' | 'approximate' | 'words-only';
