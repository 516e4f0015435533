import { describe, expect, it } from 'vitest';
import { figures } from '../../src/lib/data/figures';
import chart, { poolSize } from '../../src/lib/charts/one-a-week/layout';

const layoutFor = chart.draw;
const STATES = chart.states.map((s) => s.id);
const value = (id: string) => figures[id]?.value ?? -1;

/** The marks of a kind a state shows, optionally only those of one group (data-group). */
const shown = (state: string, kind: string, group?: string) =>
	layoutFor(state, figures).meta.filter((m) => m.visible && m.kind === kind && (!group || m.key === group));
const keyText = (state: string) =>
	layoutFor(state, figures)
		.key!.lines.map((l) => l.text)
		.join(' ');

describe('one-a-week layout', () => {
	it('draws EVAW’s claim as one mark in each of 52 week boxes, styled as a claim', () => {
		expect(shown('claim', 'week')).toHaveLength(52);
		expect(shown('claim', 'unit')).toHaveLength(52);
		expect(shown('claim', 'unit', 'claim')).toHaveLength(52);
		expect(keyText('claim')).toContain('EVAW says one woman a week');
	});

	it('shows "nearly five" a week as five marks a week, the fifth marked as “nearly”', () => {
		expect(shown('five-a-week', 'unit')).toHaveLength(52 * 5);
		expect(shown('five-a-week', 'unit', 'nearly')).toHaveLength(52);
		expect(keyText('five-a-week')).toContain(figures['tbij-accused-per-week']!.display);
	});

	it('shows the reports with those in the Met picked out, and no week boxes', () => {
		expect(shown('reports-2020', 'week')).toHaveLength(0);
		const reports = [...shown('reports-2020', 'unit'), ...shown('reports-2020', 'report')];
		expect(reports).toHaveLength(value('byline-reports-2020-21'));
		expect(shown('reports-2020', 'report')).toHaveLength(value('byline-met-reports'));
	});

	it('draws conviction rates as bars proportional to the published percentages, labelled with them', () => {
		const scene = layoutFor('convictions', figures);
		expect(shown('convictions', 'unit')).toHaveLength(0);
		const ids = [
			'conviction-police-2015-18',
			'conviction-all-2015-18',
			'conviction-police-2015-20',
			'conviction-all-2015-20'
		];
		const bars = scene.meta.flatMap((m, i) => (m.kind === 'bar' ? [{ m, g: scene.geom[i]! }] : []));
		expect(bars.map((b) => b.m.value)).toEqual(ids.map((id) => figures[id]!.display));
		for (const [i, b] of bars.entries()) {
			expect(b.g.w / bars[0]!.g.w).toBeCloseTo(value(ids[i]!) / value(ids[0]!), 5);
		}
		expect(scene.labels.filter((l) => l.mark === 'value-label').map((l) => l.value)).toEqual(
			ids.map((id) => figures[id]!.display)
		);
	});

	it('keeps a fixed pool of marks so states morph into each other, all inside the box', () => {
		const size = layoutFor('claim', figures).meta.length;
		expect(size).toBe(52 + poolSize(figures) + 4);
		for (const state of STATES) {
			const { meta, geom } = layoutFor(state, figures);
			expect(meta.map((m) => m.shape)).toEqual(layoutFor('claim', figures).meta.map((m) => m.shape));
			for (const g of geom) {
				expect(g.x).toBeGreaterThanOrEqual(0);
				expect(g.x + g.w).toBeLessThanOrEqual(100);
				expect(g.y).toBeGreaterThanOrEqual(0);
				expect(g.y + g.h).toBeLessThanOrEqual(100);
			}
		}
	});

	it('reserves the same space for its key in every state (every state’s lines)', () => {
		for (const state of STATES) {
			const key = layoutFor(state, figures).key!;
			expect(key.every).toEqual(STATES.map((s) => layoutFor(s, figures).key!.lines));
		}
	});

	it('falls back to the first state for an unknown one', () => {
		expect(layoutFor('no-such-state', figures).state).toBe('claim');
	});
});
