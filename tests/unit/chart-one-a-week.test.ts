import { describe, expect, it } from 'vitest';
import { figures } from '../../src/lib/data/figures';
import chart, { poolSize } from '../../src/lib/charts/one-a-week/layout';

const layoutFor = chart.draw;
const STATES = chart.states.map((s) => s.id);

const visible = (state: string, style?: string) =>
	layoutFor(state, figures).marks.filter((m) => m.style !== 'hidden' && (!style || m.style === style));

describe('one-a-week layout', () => {
	it('draws EVAW’s claim as one mark in each of 52 weeks, styled as a claim', () => {
		const layout = layoutFor('claim', figures);
		expect(layout.weeks).toHaveLength(52);
		expect(visible('claim')).toHaveLength(52);
		expect(visible('claim', 'claim')).toHaveLength(52);
		expect(layout.legend.map((l) => l.text).join(' ')).toContain('EVAW says one woman a week');
	});

	it('shows "nearly five" a week as five marks a week, the fifth marked as “nearly”', () => {
		expect(visible('five-a-week')).toHaveLength(52 * 5);
		expect(visible('five-a-week', 'nearly')).toHaveLength(52);
		expect(layoutFor('five-a-week', figures).legend[0]?.text).toContain('nearly five times a week');
	});

	it('shows the 308 reports with the 96 in the Met picked out, and no week boxes', () => {
		const layout = layoutFor('reports-2020', figures);
		expect(layout.weeks).toHaveLength(0);
		expect(visible('reports-2020')).toHaveLength(figures['byline-reports-2020-21']?.value ?? -1);
		expect(visible('reports-2020', 'met')).toHaveLength(figures['byline-met-reports']?.value ?? -1);
	});

	it('draws conviction rates as bars proportional to the published percentages', () => {
		const { bars, marks } = layoutFor('convictions', figures);
		expect(marks.every((m) => m.style === 'hidden')).toBe(true);
		expect(bars.map((b) => b.display)).toEqual(['3.9%', '6.2%', '3.5%', '5.7%']);
		const [police, all] = bars;
		expect((police?.w ?? 0) / (all?.w ?? 1)).toBeCloseTo(3.9 / 6.2, 5);
	});

	it('keeps a fixed pool of marks so states morph into each other, all inside the box', () => {
		for (const state of STATES) {
			const { marks } = layoutFor(state, figures);
			expect(marks).toHaveLength(poolSize(figures));
			for (const m of marks) {
				expect(m.x).toBeGreaterThanOrEqual(0);
				expect(m.x + m.w).toBeLessThanOrEqual(100);
				expect(m.y).toBeGreaterThanOrEqual(0);
				expect(m.y + m.h).toBeLessThanOrEqual(100);
			}
		}
	});

	it('falls back to the first state for an unknown one', () => {
		expect(layoutFor('no-such-state', figures).state).toBe('claim');
	});
});
