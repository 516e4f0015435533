import { describe, it, expect } from 'vitest';
import { figures } from '../../src/lib/data/figures';
import chart, { GROUPS, type Group, type Layout, type Rect } from '../../src/lib/charts/misconduct-funnel/layout';
import { expectFallback, expectFreshTween, expectSpecStates, inBox } from './unit-chart-helpers';

const spec = chart;
const layoutFor = chart.draw;
const STATES = chart.states.map((s) => s.id);

/** A group's squares where they are drawn (with the group's offset). */
function placed(l: Layout, g: Group): Rect[] {
	const { dx, dy, rects } = l.groups[g];
	return rects.map((r) => ({ ...r, x: r.x + dx, y: r.y + dy }));
}
function counts(l: Layout): Record<Group, number> {
	return Object.fromEntries(
		GROUPS.map((g) => [
			g,
			l.groups[g].visible && l.groups[g].o > 0 ? l.groups[g].rects.filter((r) => r.w > 0).length : 0
		])
	) as Record<Group, number>;
}
function labelValues(l: Layout): Record<string, string | undefined> {
	return Object.fromEntries(l.labels.map((x) => [x.id, x.value]));
}
const v = (id: string) => figures[id]!.value;
const d = (id: string) => figures[id]!.display;

/** Do two rectangles overlap? */
function overlaps(a: Rect, b: Rect): boolean {
	return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
/** The rectangle around a group of squares. */
function bounds(rects: Rect[]): Rect {
	const x = Math.min(...rects.map((r) => r.x));
	const y = Math.min(...rects.map((r) => r.y));
	const x2 = Math.max(...rects.map((r) => r.x + r.w));
	const y2 = Math.max(...rects.map((r) => r.y + r.h));
	return { x, y, w: x2 - x, h: y2 - y };
}

describe('misconduct-funnel layout', () => {
	it('handles every state in the spec, in order, and falls back to the first', () => {
		expectSpecStates(STATES, layoutFor);
		expectFallback(STATES, layoutFor);
	});

	it('accused: one square per person accused', () => {
		const l = layoutFor('accused', figures);
		expect(counts(l)).toEqual({
			accused: v('met-sm-accused'),
			formal: 0,
			dismissed: 0,
			resigned: 0,
			iopc2016: 0,
			iopc2021: 0
		});
		expect(labelValues(l)).toEqual({ accused: d('met-sm-accused') });
	});

	it('formal-action: the formal-action cases get their own block; the accused block stays whole', () => {
		const l = layoutFor('formal-action', figures);
		expect(counts(l)).toMatchObject({
			accused: v('met-sm-accused'),
			formal: v('met-sm-formal-action'),
			dismissed: 0,
			resigned: 0
		});
		expect(labelValues(l)).toEqual({ accused: d('met-sm-accused'), formal: d('met-sm-formal-action') });
	});

	it('dismissed: dismissals, and the people who retired or resigned as a separate labelled group', () => {
		const l = layoutFor('dismissed', figures);
		expect(counts(l)).toMatchObject({
			accused: v('met-sm-accused'),
			formal: v('met-sm-formal-action'),
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
		const groups: Group[] = ['accused', 'formal', 'dismissed', 'resigned'];
		for (const [i, a] of groups.entries()) {
			for (const b of groups.slice(i + 1)) {
				expect(overlaps(bounds(placed(l, a)), bounds(placed(l, b))), `${a} overlaps ${b}`).toBe(false);
			}
		}
		expect(l.groups.resigned.tone).not.toBe(l.groups.dismissed.tone);
	});

	it('iopc: the two years as two sets of squares, and nothing of the funnel', () => {
		const l = layoutFor('iopc', figures);
		expect(counts(l)).toEqual({
			accused: 0,
			formal: 0,
			dismissed: 0,
			resigned: 0,
			iopc2016: v('iopc-apsp-2016'),
			iopc2021: v('iopc-apsp-2020-21')
		});
		const values = labelValues(l);
		expect(values['iopc-2016']).toBe(d('iopc-apsp-2016'));
		expect(values['iopc-2020-21']).toBe(d('iopc-apsp-2020-21'));
	});

	it('labels only published counts: no shares, remainders or totals', () => {
		const displays = new Set(spec.figureIds.map((id) => d(id)));
		for (const s of STATES) {
			for (const label of layoutFor(s, figures).labels) {
				if (label.value !== undefined) expect(displays.has(label.value)).toBe(true);
				expect(`${label.text} ${label.sub ?? ''}`).not.toMatch(/%|kept their jobs|still serving/i);
			}
		}
	});

	it('keeps every visible square and label inside the box', () => {
		for (const s of STATES) {
			const l = layoutFor(s, figures);
			for (const g of GROUPS) if (l.groups[g].visible) expect(placed(l, g).every(inBox)).toBe(true);
			for (const label of l.labels) {
				expect(label.x).toBeGreaterThanOrEqual(0);
				expect(label.x + label.maxWidth).toBeLessThanOrEqual(100 + 1e-9);
				expect(label.y).toBeLessThan(100);
			}
		}
	});

	it('never draws the cases inside the block of people: they wait below their own block and rise in', () => {
		const before = layoutFor('accused', figures);
		const after = layoutFor('formal-action', figures);
		const accusedBottom = Math.max(...placed(before, 'accused').map((r) => r.y + r.h));
		for (const s of STATES) {
			const l = layoutFor(s, figures);
			// Wherever the formal-action cases are (waiting, shown or fading), they are below every person.
			expect(Math.min(...placed(l, 'formal').map((r) => r.y))).toBeGreaterThan(accusedBottom);
			expect(Math.min(...placed(l, 'dismissed').map((r) => r.y))).toBeGreaterThan(accusedBottom);
		}
		// The labels say which count is people and which is cases.
		const text = (id: string) => after.labels.find((lab) => lab.id === id)?.text ?? '';
		expect(text('accused')).toContain('people');
		expect(text('formal')).toContain('not people');
		expect(after.groups.formal.dy).toBe(0);
		// Groups that never change shape keep their squares in every state.
		for (const g of ['accused', 'formal', 'iopc2016', 'iopc2021'] as const) {
			for (const s of STATES) expect(layoutFor(s, figures).groups[g].rects).toEqual(before.groups[g].rects);
		}
	});

	it('has the same marks in every state, so they move rather than appear from nowhere', () => {
		const shape = (l: Layout) => GROUPS.map((g) => l.groups[g].rects.length);
		const first = shape(layoutFor(STATES[0]!, figures));
		for (const s of STATES) expect(shape(layoutFor(s, figures))).toEqual(first);
	});

	it('tweens from one state to the next with a fresh value every frame', () => {
		expectFreshTween(STATES, layoutFor, (l: Layout) =>
			GROUPS.map((g) => ({ dx: l.groups[g].dx, dy: l.groups[g].dy, o: l.groups[g].o, rects: l.groups[g].rects }))
		);
	});
});
