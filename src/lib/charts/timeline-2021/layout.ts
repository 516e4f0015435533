/**
 * `timeline-2021`: the year's events appear in order, one step at a time. The events new in a
 * step are highlighted (large filled dot, bold label with its date); earlier ones stay as
 * small filled dots, labelled when there is room. State → layout, pure.
 */
import { words } from '$content/charts/timeline-2021';
import type { Figures } from '../chartFigures';
import { defineChart } from '../define';
import type { Scene } from '../toolkit/scene';
import { timelineScene } from '../timeline/scene';
import { spec, type State } from './spec';
import { eventFromFigure, figureOrThrow, statementDate } from '../timeline/events';
import { layoutTimeline, monthDomain, type EventKind, type TimelineState } from '../timeline/timeline';

/**
 * Laid out at build time, never in the browser: placing the labels measures text (the costliest
 * layout in the piece, and d3's time scale). The page carries each state's scene instead.
 */
export const laidOutAtBuild = true;

/** The timeline's layout for a state: where its events, months and labels go in every size class. */
export function timelineLayout(state: State, figures: Figures): TimelineState {
	const index = Math.max(
		0,
		spec.states.findIndex((s) => s.id === state)
	);
	const current = spec.states[index]!;
	const previous = new Set(index > 0 ? (spec.states[index - 1]?.figureIds ?? []) : []);

	const statement = statementDate(figures);
	const chartFigures = spec.figureIds.map((id) => figureOrThrow(figures, id));
	const events = chartFigures.map((f) => eventFromFigure(f, statement, words.tags));
	const kinds: Record<string, EventKind> = {};
	for (const id of current.figureIds) kinds[id] = previous.has(id) ? 'filled' : 'focus';

	const domain = monthDomain(chartFigures.map((f) => f.date!));
	return {
		state: current.id,
		layout: layoutTimeline({ events, kinds, domain, tickDomain: domain })
	};
}

/** A state as the toolkit draws it. */
function layout(state: State, figures: Figures): Scene {
	const t = timelineLayout(state, figures);
	return timelineScene(t.state, t.layout);
}

export default defineChart(spec, layout);
