/**
 * What a chart is, typed once, in its folder `src/lib/charts/<chart-id>/`:
 * - `spec.ts`: `export const spec = defineSpec({...})`: its id, takeaway title, kind, states
 *   and figures; `State` (its states' ids, kept literal) is the type its layout takes;
 * - `layout.ts`: its pure layout (state → what to draw), default-exporting
 *   `defineChart(spec, layout)`, which the registry finds by folder.
 * Pure TypeScript: no Svelte here, so the build-time copy checks and the tests can import it.
 */
import type { Figure } from '$lib/data/types';
import type { Figures } from './chartFigures';
import type { ChartBox } from './toolkit/scene';

export interface ChartStateSpec<S extends string = string> {
	id: S;
	/** A short name for the state, used by step controls, the screen-reader description and tests. */
	label: string;
	/** The figures this state puts on screen. */
	figureIds: readonly string[];
}

export interface ChartSpec<S extends string = string> {
	id: string;
	/** The takeaway, as a template: {fig:id} is replaced by the figure's display text. */
	title: string;
	/**
	 * Where the chart's figures are from, in words ("England and Wales, excluding Greater
	 * Manchester Police"); shown with the title. Required: a chart without it fails the build.
	 */
	place: string;
	/** The period the chart's figures cover, in words; shown with the title. Required. */
	period: string;
	/** What kind of chart it is, for the screen-reader description. */
	kind: string;
	states: readonly ChartStateSpec<S>[];
	/** Every figure behind the chart, in table order. */
	figureIds: readonly string[];
}

/** Declares a chart's spec; its states' ids stay literal, to become its layout's State type. */
export function defineSpec<const S extends string>(spec: ChartSpec<S>): ChartSpec<S> {
	if (spec.states.length === 0) throw new Error(`Chart "${spec.id}" has no states`);
	return spec;
}

/** The state type of a chart or spec. */
export type StateOf<C> = C extends ChartSpec<infer S> ? S : never;

/**
 * A state's layout: a pure function of the state, the chart's own figures, its spec and the
 * shape of box it is drawn in (a layout that does not depend on the box ignores it).
 */
export type Layout<S extends string, Out> = (state: S, figures: Figures, spec: ChartSpec<S>, box: ChartBox) => Out;

export interface Chart<S extends string = string, Out = unknown> extends ChartSpec<S> {
	/** The layout itself, for tests (method syntax, so any chart is a `Chart<string>`). */
	layout(state: S, figures: Figures, spec: ChartSpec<S>, box?: ChartBox): Out;
	/** The state if the chart has it, otherwise its first state. */
	resolve(state: string): S;
	/**
	 * The layout of a state (an unknown state draws the first) in a box (default `regular`).
	 * The layout sees only the figures its spec lists, so a layout that reads any other figure
	 * fails, naming it.
	 */
	draw(state: string, figures: Figures, box?: ChartBox): Out;
	/** The boxes it lays out differently from the `regular` one; in any other it draws its regular layout. */
	boxes: readonly ChartBox[];
}

export interface ChartOptions {
	/** The boxes (see CHART_BOXES) the layout draws differently from the `regular` one. */
	boxes?: readonly ChartBox[];
}

/** A chart: its spec and its layout, the default export of `<chart-id>/layout.ts`. */
export function defineChart<S extends string, Out>(
	spec: ChartSpec<S>,
	layout: Layout<S, Out>,
	{ boxes = [] }: ChartOptions = {}
): Chart<S, Out> {
	const ids: readonly string[] = spec.states.map((s) => s.id);
	const first = spec.states[0]!.id;
	const resolve = (state: string): S => (ids.includes(state) ? (state as S) : first);
	// Layouts are pure, so each state is laid out once per set of figures (the timelines'
	// label placement is the costliest computation in the piece).
	const cache = new WeakMap<Figures, Map<string, Out>>();
	const draw = (state: string, figures: Figures, box: ChartBox = 'regular'): Out => {
		const s = resolve(state);
		if (!boxes.includes(box)) box = 'regular';
		let byState = cache.get(figures);
		if (!byState) cache.set(figures, (byState = new Map()));
		const key = `${box} ${s}`;
		if (!byState.has(key)) byState.set(key, layout(s, ownFigures(spec, figures), spec, box));
		return byState.get(key)!;
	};
	return {
		...spec,
		layout: (state, figures, chartSpec, box = 'regular') => layout(state, figures, chartSpec, box),
		resolve,
		draw,
		boxes
	};
}

/** Only the figures the spec lists. */
function ownFigures(spec: ChartSpec, figures: Figures): Figures {
	const out: Record<string, Figure> = {};
	for (const id of spec.figureIds) {
		const f = figures[id];
		if (f) out[id] = f;
	}
	return out;
}
