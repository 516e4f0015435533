import type { Figure } from '$lib/data/types';

/** The figures a chart layout reads (the real module, or test figures). */
export type Figures = Readonly<Record<string, Figure>>;

/** One figure a chart draws; throws naming the chart and the figure when it is missing. */
export function chartFigure(chart: string, figures: Figures, id: string): Figure {
	const f = figures[id];
	if (!f) throw new Error(`${chart}: missing figure "${id}"`);
	return f;
}

/** The figures a chart draws, by the names the chart uses for them (see `chartFigure`). */
export function requireFigures<K extends string>(
	chart: string,
	figures: Figures,
	ids: Record<K, string>
): Record<K, Figure> {
	const out = {} as Record<K, Figure>;
	for (const key of Object.keys(ids) as K[]) out[key] = chartFigure(chart, figures, ids[key]);
	return out;
}
