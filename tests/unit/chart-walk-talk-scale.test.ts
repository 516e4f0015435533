import { describe, it, expect } from 'vitest';
import { figures } from '../../src/lib/data/figures';
import chart, { type Layout } from '../../src/lib/charts/walk-talk-scale/layout';
import type { Geom } from '../../src/lib/charts/toolkit/scene';
import {
	expectFallback,
	expectFreshTween,
	expectSamePool,
	expectSpecStates,
	inBox,
	labelValues,
	shownCount
} from './unit-chart-helpers';

const layoutFor = chart.draw;
const STATES = chart.states.map((s) => s.id);
const area = (r: Geom) => r.w * r.h;
/** The marks of one kind a state shows. */
const shown = (l: Layout, kind: string): Geom[] =>
	l.geom.filter((g, i) => l.meta[i]!.kind === kind && l.meta[i]!.visible && g.o > 0);

describe('walk-talk-scale layout', () => {
	it('handles every state in the spec, in order, and falls back to the first', () => {
		expectSpecStates(STATES, layoutFor);
		expectFallback(STATES, layoutFor, 'nope');
	});

	it('pilot: one square per officer, labelled with the figure', () => {
		const l = layoutFor('pilot', figures);
		expect(shownCount(l, 'officer')).toBe(figures['walk-talk-officers']!.value);
		expect(shownCount(l, 'women')).toBe(0);
		expect(shownCount(l, 'killed')).toBe(0);
		expect(labelValues(l)).toEqual({ officers: figures['walk-talk-officers']!.display });
		expect(shown(l, 'officer').every(inBox)).toBe(true);
	});

	it('prevalence: the officers and the women are drawn at one scale (area per person)', () => {
		const l = layoutFor('prevalence', figures);
		const officers = shown(l, 'officer');
		expect(officers).toHaveLength(figures['walk-talk-officers']!.value);
		const [women] = shown(l, 'women');
		expect(women).toBeDefined();
		const perOfficer = officers.reduce((a, r) => a + area(r), 0) / officers.length;
		const perWoman = area(women!) / figures['ons-women-da-2020']!.value;
		expect(perOfficer / perWoman).toBeCloseTo(1, 6);
		// The speck is pointed out and labelled; the women's label shows the figure exactly.
		expect(shown(l, 'ring')).toHaveLength(1);
		expect(labelValues(l)).toEqual({
			'officers-to-scale': figures['walk-talk-officers']!.display,
			women: figures['ons-women-da-2020']!.display
		});
		expect(inBox(women!)).toBe(true);
	});

	it('killed: one square per woman killed in an average year, nothing else', () => {
		const l = layoutFor('killed', figures);
		expect(shownCount(l, 'killed')).toBe(figures['partner-killings-per-year']!.value);
		expect(shownCount(l, 'officer')).toBe(0);
		expect(shownCount(l, 'women')).toBe(0);
		expect(shown(l, 'ring')).toHaveLength(0);
		expect(labelValues(l)).toEqual({ killed: figures['partner-killings-per-year']!.display });
		expect(shown(l, 'killed').every(inBox)).toBe(true);
	});

	it('never shows a number that is not a figure display', () => {
		const displays = new Set(chart.figureIds.map((id) => figures[id]!.display));
		for (const s of STATES) {
			for (const label of layoutFor(s, figures).labels) {
				for (const part of label.parts) {
					if (part.value) expect(displays.has(part.text)).toBe(true);
					// No worked-out ratios or shares in the words.
					else expect(part.text).not.toMatch(/%|per \d|1 in \d|\d+,\d{3}/);
				}
			}
		}
	});

	it('keeps labels inside the box', () => {
		for (const s of STATES) {
			for (const label of layoutFor(s, figures).labels) {
				expect(label.x).toBeGreaterThanOrEqual(0);
				expect(label.x + (label.maxWidth ?? 0)).toBeLessThanOrEqual(100);
				expect(label.y).toBeGreaterThanOrEqual(0);
				expect(label.y).toBeLessThan(100);
			}
		}
	});

	it('keeps the same marks in every state, so they move between states', () => {
		expectSamePool(STATES, layoutFor);
	});

	it('tweens from one state to the next with a fresh value every frame', () => {
		expectFreshTween(STATES, layoutFor, (l: Layout) => l.geom);
	});
});
