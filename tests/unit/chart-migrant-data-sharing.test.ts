import { describe, it, expect } from 'vitest';
import { figures } from '../../src/lib/data/figures';
import chart, { type Layout } from '../../src/lib/charts/migrant-data-sharing/layout';
import type { Geom, MarkMeta } from '../../src/lib/charts/toolkit/scene';
import {
	expectFallback,
	expectFreshTween,
	expectSamePool,
	expectSpecStates,
	labelText,
	labelValues,
	shownCount
} from './unit-chart-helpers';

const layoutFor = chart.draw;
const STATES = chart.states.map((s) => s.id);
const d = (id: string) => figures[id]!.display;
/** The marks of one kind a state shows, with their look. */
const shown = (l: Layout, kind: string): (MarkMeta & Geom)[] =>
	l.meta.flatMap((m, i) => (m.kind === kind && m.visible && l.geom[i]!.o > 0 ? [{ ...m, ...l.geom[i]! }] : []));
const label = (l: Layout, id: string) => l.labels.find((x) => x.id === id);

describe('migrant-data-sharing layout', () => {
	it('handles every state in the spec, in order, and falls back to the first', () => {
		expectSpecStates(STATES, layoutFor);
		expectFallback(STATES, layoutFor);
	});

	it('forces: one square per force asked, those that said they referred highlighted', () => {
		const l = layoutFor('forces', figures);
		expect(shownCount(l, 'force')).toBe(figures['forces-asked-2018']!.value);
		expect(shown(l, 'force').filter((f) => f.tone === 'highlight')).toHaveLength(
			figures['forces-referring-2018']!.value
		);
		expect(labelValues(l)).toEqual({
			asked: d('forces-asked-2018'),
			referred: d('forces-referring-2018'),
			// The others get words, not a worked-out count.
			'not-said': undefined
		});
		expect(labelText(label(l, 'not-said')!)).toMatch(/did not say they did/i);
		expect(shownCount(l, 'event')).toBe(0);
		expect(shownCount(l, 'woman')).toBe(0);
		expect(shownCount(l, 'axis')).toBe(0);
	});

	it('super-complaint, then safe-to-share: a timeline that adds the report, on a time scale', () => {
		const a = layoutFor('super-complaint', figures);
		expect(shownCount(a, 'force')).toBe(0);
		expect(shown(a, 'axis')).toHaveLength(1);
		const events = (l: Layout) => shown(l, 'event');
		expect(events(a).map((e) => e.key)).toEqual(['super-complaint']);
		expect(label(a, 'super-complaint')?.value).toBe(d('event-super-complaint-migrant'));
		const b = layoutFor('safe-to-share', figures);
		expect(events(b).map((e) => e.key)).toEqual(['super-complaint', 'safe-to-share']);
		expect(label(b, 'safe-to-share')?.value).toBe(d('event-safe-to-share'));
		// The first event stays put when the second arrives; later dates sit lower.
		expect(events(b)[0]!.y).toBe(events(a)[0]!.y);
		expect(events(b)[1]!.y).toBeGreaterThan(events(b)[0]!.y);
		// Year labels fall between the two dates, in order.
		const years = b.labels.filter((x) => x.size === 'axis');
		expect(years.map(labelText)).toEqual(years.map(labelText).sort());
		for (const y of years) {
			expect(y.y).toBeGreaterThanOrEqual(events(b)[0]!.y);
			expect(y.y).toBeLessThanOrEqual(events(b)[1]!.y);
		}
	});

	it('believed: "2 in 3" as three figures with two highlighted, from the figure\'s value and outOf', () => {
		const l = layoutFor('believed', figures);
		const f = figures['lawrs-not-believed']!;
		expect(f.outOf).toBe(3);
		expect(shown(l, 'woman')).toHaveLength(f.outOf!);
		expect(shown(l, 'woman').filter((p) => p.tone === 'highlight')).toHaveLength(f.value);
		expect(label(l, 'not-believed')?.value).toBe(d('lawrs-not-believed'));
		const sample = labelText(label(l, 'sample')!);
		expect(sample).toContain(d('lawrs-sample'));
		expect(sample).toMatch(/not representative/);
		expect(shownCount(l, 'force')).toBe(0);
		expect(shownCount(l, 'event')).toBe(0);
	});

	it('draws no figures of women when the figure gives no whole, rather than make one up', () => {
		const { outOf: _, ...noWhole } = figures['lawrs-not-believed']!;
		const l = chart.layout('believed', { ...figures, 'lawrs-not-believed': noWhole }, chart);
		expect(shownCount(l, 'woman')).toBe(0);
		expect(label(l, 'not-believed')?.value).toBe(d('lawrs-not-believed'));
	});

	it('never works out a count of women or forces', () => {
		const allowed =
			chart.figureIds.map((id) => d(id)).join(' ') + ' ' + chart.figureIds.map((id) => figures[id]!.period).join(' ');
		for (const s of STATES) {
			for (const l of layoutFor(s, figures).labels) {
				if (l.size === 'axis') continue;
				for (const n of labelText(l).match(/\d+/g) ?? []) expect(allowed).toContain(n);
			}
		}
	});

	it('keeps labels and marks inside the box', () => {
		for (const s of STATES) {
			const l = layoutFor(s, figures);
			for (const f of shown(l, 'force')) {
				expect(f.x).toBeGreaterThanOrEqual(0);
				expect(f.x + f.w).toBeLessThanOrEqual(100);
				expect(f.y + f.h).toBeLessThanOrEqual(100);
			}
			for (const x of l.labels) {
				if (x.size === 'axis') continue;
				const width = x.maxWidth ?? 0;
				const left = x.anchor === 'middle' ? x.x - width / 2 : x.x;
				expect(left).toBeGreaterThanOrEqual(0);
				expect(left + width).toBeLessThanOrEqual(100);
				expect(x.y).toBeLessThan(100);
			}
		}
	});

	it('has the same marks in every state, so they move rather than appear from nowhere', () => {
		expectSamePool(STATES, layoutFor);
	});

	it('tweens from one state to the next with a fresh value every frame', () => {
		expectFreshTween(STATES, layoutFor, (l: Layout) => l.geom);
	});
});
