/**
 * `missteps`: the 2021 timeline again. Each step highlights the events its spec lists (large
 * filled dot, bold label with its date); events highlighted by an earlier step stay as small
 * filled dots; every other event is a small hollow dot with a muted label, when there is
 * room. The last step adds the Policing Bill, whose Royal Assent came after the statement:
 * only there does the time axis run into 2022, dashed after the statement, which is then
 * marked as the reference point. State → layout, pure.
 */
import type { Figure } from '../../data/types';
import { chartSpec } from '../specs';
import { STATEMENT_FIGURE, eventFromFigure, figureOrThrow, statementDate } from '../timeline/events';
import { cachedByState, type TimelineState } from '../timeline/stateLayouts';
import { layoutTimeline, monthDomain, type EventKind, type TimelineLayout } from '../timeline/timeline';

export const CHART_ID = 'missteps';

/** The sentencing remark goes beside the sentence it was part of (same day, stacked in this order). */
const STACK_AFTER: Readonly<Record<string, string>> = {
	'event-spoke-supportively': 'event-whole-life-order'
};
/** The Bill's passage, drawn as a span on the axis once both ends are on screen. */
export const BILL_FROM = 'event-pcsc-lords';
export const BILL_TO = 'event-pcsc-royal-assent';


/** The chart's figure ids in stacking order (same-day events are stacked in this order). */
export function stackingOrder(ids: readonly string[]): string[] {
	const order = ids.filter((id) => !(id in STACK_AFTER));
	for (const [id, after] of Object.entries(STACK_AFTER)) {
		if (!ids.includes(id)) continue;
		const at = order.indexOf(after);
		order.splice(at < 0 ? order.length : at + 1, 0, id);
	}
	return order;
}

function compute(state: string, figures: Readonly<Record<string, Figure>>): TimelineState {
	const spec = chartSpec(CHART_ID);
	const first = spec.states[0];
	if (!first) throw new Error(`${CHART_ID} has no states`);
	const index = Math.max(
		0,
		spec.states.findIndex((s) => s.id === state)
	);
	const current = spec.states[index] ?? first;

	// Listed by a step: shown from that step on. Never listed: the background, always shown.
	const listedBy = new Map<string, number>();
	spec.states.forEach((s, i) => s.figureIds.forEach((id) => listedBy.has(id) || listedBy.set(id, i)));
	const kinds: Record<string, EventKind> = {};
	for (const id of spec.figureIds) {
		const step = listedBy.get(id);
		if (step === undefined) kinds[id] = 'hollow';
		else if (current.figureIds.includes(id)) kinds[id] = 'focus';
		else if (step < index) kinds[id] = 'filled';
	}

	const statement = statementDate(figures);
	// Once the axis runs past the statement, the statement is the point to read the rest against.
	const runsPast = spec.figureIds.some(
		(id) => kinds[id] !== undefined && (figureOrThrow(figures, id).date ?? '') > statement
	);
	if (runsPast && kinds[STATEMENT_FIGURE] !== undefined) kinds[STATEMENT_FIGURE] = 'reference';
	const chartFigures = stackingOrder(spec.figureIds).map((id) => figureOrThrow(figures, id));
	const events = chartFigures.map((f) => eventFromFigure(f, statement));
	const shownDates = chartFigures.filter((f) => kinds[f.id] !== undefined).map((f) => f.date!);
	const from = figures[BILL_FROM];
	const to = figures[BILL_TO];
	const span =
		from?.date && to?.date && kinds[BILL_FROM] !== undefined && kinds[BILL_TO] !== undefined
			? { from: from.date, to: to.date }
			: null;
	return {
		state: current.id,
		layout: layoutTimeline({
			events,
			kinds,
			domain: monthDomain(shownDates),
			tickDomain: monthDomain(chartFigures.map((f) => f.date!)),
			afterDate: statement,
			span
		})
	};
}

/** The layout for a state (computed once per state and cached: it is a pure function of the figures). */
export const layoutFor = cachedByState(CHART_ID, compute);
