/**
 * Timeline events from figures: the words and dates a timeline chart draws, all read from
 * `figures` (nothing typed here but the editorial tag wording).
 */
import type { Figure } from '../../data/types';
import type { TimelineEvent } from './timeline';

/** The figure of EVAW's statement: its date splits "before" from "after the statement". */
export const STATEMENT_FIGURE = 'event-statement';

/** Tag for an event after the statement. */
export const TAG_AFTER = 'After the statement';
/** Tag for an event dated before the statement whose source was published after it. */
export const TAG_SOURCE_AFTER = 'Source published after the statement';

export function figureOrThrow(figures: Readonly<Record<string, Figure>>, id: string): Figure {
	const f = figures[id];
	if (!f) throw new Error(`Timeline: no figure "${id}" in src/lib/data/figures.ts`);
	if (f.unit !== 'date' || !f.date) throw new Error(`Timeline: figure "${id}" is not a dated event`);
	return f;
}

/** The statement's ISO date, from its figure. */
export function statementDate(figures: Readonly<Record<string, Figure>>): string {
	return figureOrThrow(figures, STATEMENT_FIGURE).date!;
}

/** One figure as a timeline event, tagged when it (or its source) comes after the statement. */
export function eventFromFigure(f: Figure, statement: string): TimelineEvent {
	const date = f.date!;
	const tag = date > statement ? TAG_AFTER : f.publishedAfterStatement ? TAG_SOURCE_AFTER : undefined;
	return {
		id: f.id,
		date,
		dateText: f.display,
		text: f.label,
		...(f.shortLabel ? { shortText: f.shortLabel } : {}),
		...(tag ? { tag } : {})
	};
}
