/**
 * `timeline-2021`: the year's events appear in order, one step at a time. The events new in a
 * step are highlighted (large filled dot, bold label with its date); earlier ones stay as
 * small filled dots, labelled when there is room. State → layout, pure.
 */
import type { Figure } from '../../data/types';
import { chartSpec } from '../specs';
import { eventFromFigure, figureOrThrow, statementDate } from '../timeline/events';
import { cachedByState, type TimelineState } from '../timeline/stateLayouts';
import { layoutTimeline, monthDomain, type EventKind, type TimelineLayout } from '../timeline/timeline';

export const CHART_ID = 'timeline-2021';


function compute(state: string, figures: Readonly<Record<string, Figure>>): TimelineState {
	const spec = chartSpec(CHART_ID);
	const first = spec.states[0];
	if (!first) throw new Error(`${CHART_ID} has no states`);
	const index = Math.max(
		0,
		spec.states.findIndex((s) => s.id === state)
	);
	const current = spec.states[index] ?? first;
	const previous = new Set(index > 0 ? (spec.states[index - 1]?.figureIds ?? []) : []);

	const statement = statementDate(figures);
	const chartFigures = spec.figureIds.map((id) => figureOrThrow(figures, id));
	const events = chartFigures.map((f) => eventFromFigure(f, statement));
	const kinds: Record<string, EventKind> = {};
	for (const id of current.figureIds) kinds[id] = previous.has(id) ? 'filled' : 'focus';

	const domain = monthDomain(chartFigures.map((f) => f.date!));
	return {
		state: current.id,
		layout: layoutTimeline({ events, kinds, domain, tickDomain: domain })
	};
}

/** The layout for a state (computed once per state and cached: it is a pure function of the figures). */
export const layoutFor = cachedByState(CHART_ID, compute);
