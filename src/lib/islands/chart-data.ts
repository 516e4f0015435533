import type { Figures } from '$lib/charts/chartFigures';
import type { Chart } from '$lib/charts/define';
import type { Figure } from '$lib/data/types';

/**
 * What a chart's island needs to draw it, and no more (server only). Measured on `/` (gzip):
 * sending every state's layout output would put about 52 KB into the HTML, most of it the unit
 * charts' squares (who-gets-stopped 14.6 KB, misconduct-funnel 14.2 KB), against a few KB of
 * layout code and under 1 KB of numbers each. So a chart gets the numbers its layout reads and
 * lays itself out in the browser, unless its layout module says `laidOutAtBuild` (the
 * timelines, whose label placement measures text): then the page carries each state's layout.
 */
export type ChartData = { drawn: Record<string, unknown> } | { figures: Figures };

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

export function chartData(chart: Chart, states: readonly string[], figures: Figures): ChartData {
	if (laidOutAtBuild(chart.id)) {
		return { drawn: Object.fromEntries(states.map((state) => [state, chart.draw(state, figures)])) };
	}
	return { figures: layoutFigures(chart, figures) };
}
