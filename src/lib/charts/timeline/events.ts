/**
 * Timeline events from figures: the words and dates a timeline chart draws, all read from
 * `figures`, and the chart's tags for events after the statement (content/strings.ts).
 */
import type { Figure } from '../../data/types';
import type { TimelineEvent } from './timeline';

/** The figure of EVAW's statement: its date splits "before" from "after the statement". */
export const STATEMENT_FIGURE = 'event-statement';

/** A chart's tags: for an event after the statement, and for one whose source was published after it. */
export interface EventTags {
	after: string;
	sourceAfter: string;
}

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
export function eventFromFigure(f: Figure, statement: string, tags: EventTags): TimelineEvent {
	const date = f.date!;
	const tag = date > statement ? tags.after : f.publishedAfterStatement ? tags.sourceAfter : undefined;
	return {
		id: f.id,
		date,
		dateText: f.display,
		text: f.label,
		...(f.shortLabel ? { shortText: f.shortLabel } : {}),
		...(tag ? { tag } : {})
	};
}
