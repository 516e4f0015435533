// The shapes of chart box a layout is drawn for (src/lib/charts/toolkit/scene.ts, CHART_BOXES):
// which box a chart area is, and what every toolkit chart keeps in every box.

import { describe, expect, it } from 'vitest';
import { charts } from '../../src/lib/charts/registry';
import { isScene } from '../../src/lib/charts/drawings';
import { figures } from '../../src/lib/data/figures';
import { CHART_BOXES, SQUARE_PLOT_ASPECT, chartBoxOf, type Scene } from '../../src/lib/charts/toolkit/scene';
import { inBox } from './unit-chart-helpers';

describe('chartBoxOf', () => {
	it.each([
		// A phone turned sideways (740×360): the steps beside the chart leave a short, wide box.
		[410, 214, 'wide'],
		// A 320×640 phone upright: short and narrow.
		[288, 244, 'compact'],
		// Taller phones, tablets and desktops.
		[343, 277, 'regular'],
		[343, 334, 'regular'],
		[568, 408, 'regular'],
		[728, 524, 'regular'],
		// Not measured yet: what the server draws.
		[0, 0, 'regular']
	] as const)('%i×%i px is %s', (width, height, box) => {
		expect(chartBoxOf(width, height)).toBe(box);
	});
});

/** The plot's width over its height, as the scene fixes it (or about square in the unit frame). */
function plotAspect(scene: Scene): number {
	if (scene.aspect) return scene.aspect;
	return scene.squarePlot ? SQUARE_PLOT_ASPECT : 1;
}

describe('the boxes a chart declares', () => {
	for (const chart of charts) {
		it(`${chart.id}: lays out each box it declares (${chart.boxes.join(', ') || 'none'}) differently in some state`, () => {
			for (const box of chart.boxes) {
				const states = chart.states.map((s) => s.id);
				const differs = states.some(
					(state) => JSON.stringify(chart.draw(state, figures, box)) !== JSON.stringify(chart.draw(state, figures))
				);
				expect(differs, box).toBe(true);
			}
		});
	}
});

describe('toolkit charts in every box', () => {
	for (const chart of charts) {
		for (const state of chart.states.map((s) => s.id)) {
			const regular = chart.draw(state, figures);
			if (!isScene(regular)) continue;
			for (const box of CHART_BOXES) {
				const scene = chart.draw(state, figures, box) as Scene;

				it(`${chart.id}/${state} (${box}): the same marks, shown alike, as in the regular box`, () => {
					expect(scene.meta).toEqual(regular.meta);
					expect(scene.labels.map((l) => l.id)).toEqual(regular.labels.map((l) => l.id));
				});

				it(`${chart.id}/${state} (${box}): marks inside the plot, unit squares square`, () => {
					const aspect = plotAspect(scene);
					scene.geom.forEach((g, i) => {
						const meta = scene.meta[i]!;
						if (meta.shape === 'rule' || g.o === 0) return;
						expect(inBox(g), `${meta.kind} ${meta.key}`).toBe(true);
						if (meta.shape !== 'unit' || g.w === 0) return;
						// Pixels across over pixels down (percent of the width times the aspect over percent
						// of the height), within the 15% the legibility test allows either way.
						const stretch = (g.w * aspect) / g.h;
						expect(Math.max(stretch, 1 / stretch), `${meta.kind} ${meta.key}`).toBeLessThanOrEqual(1.15);
					});
				});
			}
		}
	}
});
