/** A run of our own prose: plain text, a figure read from the figures module, or a link. */
export type Inline =
	{ kind: 'text'; text: string } | { kind: 'figure'; id: string } | { kind: 'link'; text: string; href: string };

export interface TextBlock {
	type: 'text';
	inlines: Inline[];
}

/**
 * Our mark, inside a statement paragraph, where words appear to be missing from the copy we
 * received. Everything else in a paragraph is EVAW's words: with the mark taken out, the
 * paragraph is the received text exactly. The page shows it as a visible, explained mark.
 */
export const STATEMENT_GAP = '[…]';

/** What a screen reader hears at the mark. */
export const STATEMENT_GAP_SPOKEN = '(words appear to be missing here in the copy received)';

/** A passage of the EVAW statement, verbatim. Never contains figure tokens. */
export interface StatementBlock {
	type: 'statement';
	/** The statement's own sub-heading for this passage, verbatim, if it has one. */
	heading?: string;
	/** Set when the passage is a quotation of a named person within the statement. */
	speaker?: string;
	paragraphs: string[];
}

/** An editorial note of ours (e.g. on an incomplete passage). */
export interface NoteBlock {
	type: 'note';
	inlines: Inline[];
}

export interface ScrollyStep {
	/** The chart state this step shows. */
	state: string;
	inlines: Inline[];
}

export interface ScrollyBlock {
	type: 'scrolly';
	chart: string;
	steps: ScrollyStep[];
}

export type Block = TextBlock | StatementBlock | NoteBlock | ScrollyBlock;

export interface Chapter {
	id: string;
	/** Set for the five police measures, which have their own page at /measures/<slug>/. */
	slug?: string;
	title: string;
	navTitle: string;
	blocks: Block[];
}

export interface Story {
	title: string;
	dek: string;
	description: string;
	contentNote: string;
	byline: string;
	published: string;
	chapters: Chapter[];
}

/** What the parser needs to know to check references in the copy. */
export interface StoryContext {
	figureIds: ReadonlySet<string>;
	/** chart id → the ids of its states */
	chartStates: ReadonlyMap<string, readonly string[]>;
}
