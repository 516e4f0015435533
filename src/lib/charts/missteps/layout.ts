/**
 * `missteps`: the 2021 timeline again. Each step highlights the events its spec lists (large
 * filled dot, bold label with its date); events highlighted by an earlier step stay as small
 * filled dots; every other event is a small hollow dot with a muted label, when there is
 * room. The last step adds the Policing Bill, whose Royal Assent came after the statement:
 * only there does the time axis run into 2022, dashed after the statement, which is then
 * marked as the reference point. State → layout, pure.
 */
import { words } from '$content/charts/missteps';
import type { Figures } from '../chartFigures';
import { defineChart } from '../define';
import type { Scene } from '../toolkit/scene';
import { timelineScene } from '../timeline/scene';
import { spec, type State } from './spec';
import { STATEMENT_FIGURE, eventFromFigure, figureOrThrow, statementDate } from '../timeline/events';
import { layoutTimeline, monthDomain, type EventKind, type TimelineState } from '../timeline/timeline';

/**
 * Laid out at build time, never in the browser: placing the labels measures text (the costliest
 * layout in the piece, and d3's time scale). The page carries each state's scene instead.
 */
export const laidOutAtBuild = true;

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

/** The timeline's layout for a state: where its events, months and labels go in every size class. */
export function timelineLayout(state: State, figures: Figures): TimelineState {
	const index = Math.max(
		0,
		spec.states.findIndex((s) => s.id === state)
	);
	const current = spec.states[index]!;

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
	const events = chartFigures.map((f) => eventFromFigure(f, statement, words.tags));
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

/** A state as the toolkit draws it. */
function layout(state: State, figures: Figures): Scene {
	const t = timelineLayout(state, figures);
	return timelineScene(t.state, t.layout);
}

export default defineChart(spec, layout);
