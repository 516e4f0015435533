import { describe, it, expect } from 'vitest';
import { figures } from '../../src/lib/data/figures';
import chart, { type Layout, type Rect } from '../../src/lib/charts/walk-talk-scale/layout';
import { expectFallback, expectFreshTween, expectSpecStates, inBox } from './unit-chart-helpers';

const spec = chart;
const layoutFor = chart.draw;
const STATES = chart.states.map((s) => s.id);
const visible = (rects: Rect[]) => rects.filter((r) => r.o > 0);
const area = (r: Rect) => r.w * r.h;

function labelsOf(l: Layout) {
	return Object.fromEntries(l.labels.map((x) => [x.id, x]));
}

describe('walk-talk-scale layout', () => {
	it('handles every state in the spec, in order', () => {
		expectSpecStates(STATES, layoutFor);
	});

	it('falls back to the first state for an unknown state', () => {
		expectFallback(STATES, layoutFor, 'nope');
	});

	it('pilot: one square per officer, labelled with the figure', () => {
		const l = layoutFor('pilot', figures);
		expect(visible(l.officers)).toHaveLength(figures['walk-talk-officers']!.value);
		expect(l.women.o).toBe(0);
		expect(visible(l.killed)).toHaveLength(0);
		expect(labelsOf(l).officers?.value).toBe(figures['walk-talk-officers']!.display);
		expect(l.officers.every(inBox)).toBe(true);
	});

	it('prevalence: the officers and the women are drawn at one scale (area per person)', () => {
		const l = layoutFor('prevalence', figures);
		const officers = visible(l.officers);
		expect(officers).toHaveLength(figures['walk-talk-officers']!.value);
		expect(l.women.o).toBe(1);
		const perOfficer = officers.reduce((a, r) => a + area(r), 0) / officers.length;
		const perWoman = area(l.women) / figures['ons-women-da-2020']!.value;
		expect(perOfficer / perWoman).toBeCloseTo(1, 6);
		// The speck is pointed out and labelled; the women's label shows the figure exactly.
		expect(l.ring).not.toBeNull();
		expect(labelsOf(l).women?.value).toBe(figures['ons-women-da-2020']!.display);
		expect(labelsOf(l)['officers-to-scale']?.value).toBe(figures['walk-talk-officers']!.display);
		expect(inBox(l.women)).toBe(true);
	});

	it('killed: one square per woman killed in an average year, nothing else', () => {
		const l = layoutFor('killed', figures);
		expect(visible(l.killed)).toHaveLength(figures['partner-killings-per-year']!.value);
		expect(visible(l.officers)).toHaveLength(0);
		expect(l.women.o).toBe(0);
		expect(labelsOf(l).killed?.value).toBe(figures['partner-killings-per-year']!.display);
		expect(l.killed.every(inBox)).toBe(true);
	});

	it('never shows a number that is not a figure display', () => {
		const displays = new Set(spec.figureIds.map((id) => figures[id]!.display));
		for (const s of STATES) {
			for (const label of layoutFor(s, figures).labels) {
				if (label.value !== undefined) expect(displays.has(label.value)).toBe(true);
				// No worked-out ratios or shares in the words.
				expect(label.text + (label.sub ?? '')).not.toMatch(/%|per \d|1 in \d|\d+,\d{3}/);
			}
		}
	});

	it('keeps labels inside the box', () => {
		for (const s of STATES) {
			for (const label of layoutFor(s, figures).labels) {
				expect(label.x).toBeGreaterThanOrEqual(0);
				expect(label.x + label.maxWidth).toBeLessThanOrEqual(100);
				expect(label.y).toBeGreaterThanOrEqual(0);
				expect(label.y).toBeLessThan(100);
			}
		}
	});

	it('keeps the same number of marks in every state, so they can move between states', () => {
		const sizes = STATES.map((s) => {
			const l = layoutFor(s, figures);
			return [l.officers.length, l.killed.length];
		});
		for (const size of sizes) expect(size).toEqual(sizes[0]);
	});

	it('tweens from one state to the next with a fresh value every frame', () => {
		expectFreshTween(STATES, layoutFor, (l: Layout) => ({ officers: l.officers, women: l.women, killed: l.killed }));
	});
});
