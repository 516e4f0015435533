// What a chart's island carries instead of the figures module (src/lib/islands/chart-data.ts):
// its layouts, or the numbers its layout reads, from which the browser draws exactly what the
// server drew.

import { describe, expect, it } from 'vitest';
import { charts } from '../../src/lib/charts/registry';
import { figures } from '../../src/lib/data/figures';
import { chartData, laidOutAtBuild, layoutFigures } from '../../src/lib/islands/chart-data';
import { CHART_BOXES } from '../../src/lib/charts/toolkit/scene';
import { stateDrawings } from '../../src/lib/scrolly/state-drawings';

describe('island chart data', () => {
	for (const chart of charts) {
		const states = chart.states.map((s) => s.id);
		const data = chartData(chart, states, figures);

		it(`${chart.id}: survives JSON, and draws every state in every box as the full figures do`, () => {
			const sent = JSON.parse(JSON.stringify(data)) as typeof data;
			for (const box of CHART_BOXES) {
				for (const state of states) {
					const expected = JSON.parse(JSON.stringify(chart.draw(state, figures, box))) as unknown;
					// As the island looks a state up: the box's own layout where it differs, else the regular one;
					// or its layout, run on the figures the page carries.
					const drawn = stateDrawings({ chart: chart.id, ...sent, layout: chart }).of(state, box);
					expect(JSON.parse(JSON.stringify(drawn)), `${box} ${state}`).toEqual(expected);
				}
			}
		});

		it(`${chart.id}: carries a box's layout only where it differs from the regular one`, () => {
			if (!('drawn' in data)) return;
			for (const [box, byState] of Object.entries(data.boxes ?? {})) {
				for (const [state, drawn] of Object.entries(byState)) {
					expect(JSON.stringify(drawn), `${box} ${state}`).not.toBe(JSON.stringify(data.drawn[state]));
				}
			}
		});

		it(`${chart.id}: carries no quote, note or source record`, () => {
			const json = JSON.stringify(data);
			for (const id of chart.figureIds) {
				const f = figures[id]!;
				expect(json).not.toContain(JSON.stringify(f.quote).slice(1, -1));
				expect(json).not.toContain(f.source.url);
				if (f.note) expect(json).not.toContain(JSON.stringify(f.note).slice(1, -1));
			}
		});
	}

	it('carries every state’s caption and footnote for a chart that draws them, and none for the others', () => {
		for (const chart of charts) {
			const states = chart.states.map((s) => s.id);
			const scenes = states.map((state) => chart.draw(state, figures) as { caption?: string; frame?: string });
			const { lines } = chartData(chart, states, figures);
			if (chart.id === 'who-gets-stopped') expect(lines).toBeDefined();
			if (scenes.every((s) => s.frame === 'unit')) expect(lines, chart.id).toBeUndefined();
			if (lines) {
				expect(lines).toEqual(
					scenes.map((s) => ({ caption: s.caption, footnote: (s as { footnote?: string }).footnote }))
				);
			}
		}
	});

	it('lays the timelines out at build time', () => {
		expect(charts.filter((c) => laidOutAtBuild(c.id)).map((c) => c.id)).toEqual(
			expect.arrayContaining(['timeline-2021', 'missteps'])
		);
	});

	it('keeps only the chart’s own figures, and of each only what a layout reads', () => {
		const chart = charts[0]!;
		const slim = layoutFigures(chart, figures);
		expect(Object.keys(slim).sort()).toEqual(chart.figureIds.filter((id) => figures[id]).sort());
		for (const [id, f] of Object.entries(slim)) {
			for (const field of ['id', 'quote', 'note', 'confidence', 'publishedAfterStatement', 'partOf'])
				expect(f).not.toHaveProperty(field);
			expect(f.source).toEqual({ publisher: figures[id]!.source.publisher });
		}
	});
});
