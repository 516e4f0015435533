import type { Figures } from '$lib/charts/chartFigures';
import type { Chart } from '$lib/charts/define';
import { isScene } from '$lib/charts/drawings';
import type { SceneLines } from '$lib/charts/toolkit/scene';
import type { Figure } from '$lib/data/types';

/**
 * What a chart's island needs to draw it, and no more (server only): either every state's
 * layout output, or the numbers its layout reads, the layout then running in the browser.
 * Measured on `/` (gzip): the unit charts' layouts are many squares (who-gets-stopped 14.6 KB,
 * misconduct-funnel 14.2 KB, one-a-week 5.5 KB in the HTML) against 1.5 to 2.5 KB of layout code
 * and under 1 KB of numbers; the small charts' layouts weigh 1.1 to 1.7 KB, less than their code.
 * So a chart whose layouts, all states, serialise to at most DRAWN_INLINE_MAX characters gets
 * them; a larger one gets its numbers. A layout module that says `laidOutAtBuild` (the
 * timelines, whose label placement measures text) is always sent as layouts: it never runs in
 * the browser.
 */
export type ChartData = ({ drawn: Record<string, unknown> } | { figures: Figures }) & {
	/** Every state's caption and footnote, for a chart that draws them (see SceneLines). */
	lines?: SceneLines[];
};

const layoutModules = import.meta.glob<{ laidOutAtBuild?: boolean }>('../charts/*/layout.ts', { eager: true });

export function laidOutAtBuild(chartId: string): boolean {
	return layoutModules[`../charts/${chartId}/layout.ts`]?.laidOutAtBuild === true;
}

/**
 * The chart's own figures, with only what a layout reads: no quote, note or source record
 * beyond the publisher's name (those stay on the server, in the notes and the data table).
 */
export function layoutFigures(chart: Chart, figures: Figures): Figures {
	const out: Record<string, Figure> = {};
	for (const id of chart.figureIds) {
		const f = figures[id];
		if (!f) continue;
		const { quote: _quote, note: _note, source, ...rest } = f;
		out[id] = { ...rest, source: { publisher: source.publisher } } as Figure;
	}
	return out;
}

/** About 2 KB gzip of layouts: what a chart's layout code weighs in the browser. */
export const DRAWN_INLINE_MAX = 24_000;

export function chartData(chart: Chart, states: readonly string[], figures: Figures): ChartData {
	const drawn = Object.fromEntries(states.map((state) => [state, chart.draw(state, figures)]));
	const lines = sceneLines(Object.values(drawn));
	const data =
		laidOutAtBuild(chart.id) || JSON.stringify(drawn).length <= DRAWN_INLINE_MAX
			? { drawn }
			: { figures: layoutFigures(chart, figures) };
	return lines ? { ...data, lines } : data;
}

/** Every state's caption and footnote, when the chart's scenes draw them (not a unit frame or a key). */
export function sceneLines(drawn: readonly unknown[]): SceneLines[] | undefined {
	const scenes = drawn.filter(isScene);
	if (scenes.length < drawn.length || scenes.every((s) => s.frame === 'unit' || s.key)) return undefined;
	return scenes.map(({ caption, footnote }) => ({ caption, footnote }));
}
