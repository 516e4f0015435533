import { describe, it, expect } from 'vitest';
import { figures } from '../../src/lib/data/figures';
import chart, { MARK_KIND, type Layout } from '../../src/lib/charts/misconduct-funnel/layout';
import type { Box } from '../../src/lib/charts/toolkit/units';
import {
	expectFallback,
	expectFreshTween,
	expectSamePool,
	expectSpecStates,
	inBox,
	labelText,
	labelValues,
	marksOf,
	shownCount
} from './unit-chart-helpers';

const layoutFor = chart.draw;
const STATES = chart.states.map((s) => s.id);
const KINDS = Object.values(MARK_KIND);

function counts(l: Layout): Record<string, number> {
	return Object.fromEntries(KINDS.map((k) => [k, shownCount(l, k)]));
}
const v = (id: string) => figures[id]!.value;
const d = (id: string) => figures[id]!.display;

/** Do two rectangles overlap? */
function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
/** The rectangle around a group of squares. */
function bounds(rects: Box[]): Box {
	const x = Math.min(...rects.map((r) => r.x));
	const y = Math.min(...rects.map((r) => r.y));
	const x2 = Math.max(...rects.map((r) => r.x + r.w));
	const y2 = Math.max(...rects.map((r) => r.y + r.h));
	return { x, y, w: x2 - x, h: y2 - y };
}
const toneOf = (l: Layout, kind: string) => l.meta.find((m) => m.kind === kind)?.tone;

describe('misconduct-funnel layout', () => {
	it('handles every state in the spec, in order, and falls back to the first', () => {
		expectSpecStates(STATES, layoutFor);
		expectFallback(STATES, layoutFor);
	});

	it('accused: one square per person accused', () => {
		const l = layoutFor('accused', figures);
		expect(counts(l)).toEqual({
			accused: v('met-sm-accused'),
			'formal-action': 0,
			dismissed: 0,
			resigned: 0,
			'iopc-2016': 0,
			'iopc-2020-21': 0
		});
		expect(labelValues(l)).toEqual({ accused: d('met-sm-accused') });
	});

	it('formal-action: the formal-action cases get their own block; the accused block stays whole', () => {
		const l = layoutFor('formal-action', figures);
		expect(counts(l)).toMatchObject({
			accused: v('met-sm-accused'),
			'formal-action': v('met-sm-formal-action'),
			dismissed: 0,
			resigned: 0
		});
		expect(labelValues(l)).toEqual({ accused: d('met-sm-accused'), formal: d('met-sm-formal-action') });
	});

	it('dismissed: dismissals, and the people who retired or resigned as a separate labelled group', () => {
		const l = layoutFor('dismissed', figures);
		expect(counts(l)).toMatchObject({
			accused: v('met-sm-accused'),
			'formal-action': v('met-sm-formal-action'),
			dismissed: v('met-sm-dismissed'),
			resigned: v('met-sm-resigned')
		});
		expect(labelValues(l)).toEqual({
			accused: d('met-sm-accused'),
			formal: d('met-sm-formal-action'),
			dismissed: d('met-sm-dismissed'),
			resigned: d('met-sm-resigned')
		});
		// No two visible groups sit on top of each other.
		const groups = ['accused', 'formal-action', 'dismissed', 'resigned'];
		for (const [i, a] of groups.entries()) {
			for (const b of groups.slice(i + 1)) {
				expect(overlaps(bounds(marksOf(l, a)), bounds(marksOf(l, b))), `${a} overlaps ${b}`).toBe(false);
			}
		}
		expect(toneOf(l, 'resigned')).not.toBe(toneOf(l, 'dismissed'));
	});

	it('iopc: the two years as two sets of squares, and nothing of the funnel', () => {
		const l = layoutFor('iopc', figures);
		expect(counts(l)).toEqual({
			accused: 0,
			'formal-action': 0,
			dismissed: 0,
			resigned: 0,
			'iopc-2016': v('iopc-apsp-2016'),
			'iopc-2020-21': v('iopc-apsp-2020-21')
		});
		const values = labelValues(l);
		expect(values['iopc-2016']).toBe(d('iopc-apsp-2016'));
		expect(values['iopc-2020-21']).toBe(d('iopc-apsp-2020-21'));
	});

	it('labels only published counts: no shares, remainders or totals', () => {
		const displays = new Set(chart.figureIds.map((id) => d(id)));
		for (const s of STATES) {
			for (const label of layoutFor(s, figures).labels) {
				if (label.value !== undefined) expect(displays.has(label.value)).toBe(true);
				expect(labelText(label)).not.toMatch(/%|kept their jobs|still serving/i);
			}
		}
	});

	it('keeps every visible square and label inside the box', () => {
		for (const s of STATES) {
			const l = layoutFor(s, figures);
			l.geom.forEach((g, i) => {
				if (l.meta[i]!.visible) expect(inBox(g), `${l.meta[i]!.kind} in ${s}`).toBe(true);
			});
			for (const label of l.labels) {
				expect(label.x).toBeGreaterThanOrEqual(0);
				expect(label.x + (label.maxWidth ?? 0)).toBeLessThanOrEqual(100 + 1e-9);
				expect(label.y).toBeLessThan(100);
			}
		}
	});

	it('never draws the cases inside the block of people: they wait below their own block and rise in', () => {
		const before = layoutFor('accused', figures);
		const after = layoutFor('formal-action', figures);
		const accusedBottom = Math.max(...marksOf(before, 'accused').map((r) => r.y + r.h));
		for (const s of STATES) {
			const l = layoutFor(s, figures);
			// Wherever the formal-action cases are (waiting, shown or fading), they are below every person.
			expect(Math.min(...marksOf(l, 'formal-action').map((r) => r.y))).toBeGreaterThan(accusedBottom);
			expect(Math.min(...marksOf(l, 'dismissed').map((r) => r.y))).toBeGreaterThan(accusedBottom);
		}
		// The labels say which count is people and which is cases.
		const text = (id: string) => labelText(after.labels.find((lab) => lab.id === id)!);
		expect(text('accused')).toContain('people');
		expect(text('formal')).toContain('not people');
	});

	it('has the same marks in every state, so they move rather than appear from nowhere', () => {
		expectSamePool(STATES, layoutFor);
	});

	it('tweens from one state to the next with a fresh value every frame', () => {
		expectFreshTween(STATES, layoutFor, (l: Layout) => l.geom);
	});
});
