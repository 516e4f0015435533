import { describe, it, expect } from 'vitest';
import { figures } from '../../src/lib/data/figures';
import chart, { parseRatio, type Layout } from '../../src/lib/charts/migrant-data-sharing/layout';
import { expectFallback, expectFreshTween, expectSpecStates } from './unit-chart-helpers';

const spec = chart;
const layoutFor = chart.draw;
const STATES = chart.states.map((s) => s.id);
const d = (id: string) => figures[id]!.display;
const shown = (l: Layout) => l.forces.filter((f) => f.o > 0);
const label = (l: Layout, id: string) => l.labels.find((x) => x.id === id);

describe('migrant-data-sharing layout', () => {
	it('handles every state in the spec, in order, and falls back to the first', () => {
		expectSpecStates(STATES, layoutFor);
		expectFallback(STATES, layoutFor);
	});

	it('forces: one square per force asked, those that said they referred highlighted', () => {
		const l = layoutFor('forces', figures);
		expect(shown(l)).toHaveLength(figures['forces-asked-2018']!.value);
		expect(shown(l).filter((f) => f.referred)).toHaveLength(figures['forces-referring-2018']!.value);
		expect(label(l, 'asked')?.value).toBe(d('forces-asked-2018'));
		expect(label(l, 'referred')?.value).toBe(d('forces-referring-2018'));
		// The others get words, not a worked-out count.
		expect(label(l, 'not-said')?.value).toBeUndefined();
		expect(label(l, 'not-said')?.text).toMatch(/did not say they did/i);
		expect(l.events).toHaveLength(0);
		expect(l.people).toHaveLength(0);
	});

	it('super-complaint, then safe-to-share: a timeline that adds the report, on a time scale', () => {
		const a = layoutFor('super-complaint', figures);
		expect(shown(a)).toHaveLength(0);
		expect(a.events.map((e) => e.date)).toEqual([d('event-super-complaint-migrant')]);
		const b = layoutFor('safe-to-share', figures);
		expect(b.events.map((e) => e.date)).toEqual([d('event-super-complaint-migrant'), d('event-safe-to-share')]);
		// The first event stays put when the second arrives; later dates sit lower.
		expect(b.events[0]!.y).toBe(a.events[0]!.y);
		expect(b.events[1]!.y).toBeGreaterThan(b.events[0]!.y);
		// Year labels fall between the two dates, in order, and only for years with room.
		const years = b.ticks.filter((t) => t.text).map((t) => t.text);
		expect(years).toEqual([...years].sort());
		for (const t of b.ticks) {
			expect(t.labelY).toBeGreaterThanOrEqual(b.events[0]!.y);
			expect(t.labelY).toBeLessThanOrEqual(b.events[1]!.y);
		}
	});

	it('believed: "2 in 3" as three figures with two highlighted, and the sample in words', () => {
		const l = layoutFor('believed', figures);
		const ratio = parseRatio(d('lawrs-not-believed'));
		expect(ratio).not.toBeNull();
		expect(l.people).toHaveLength(ratio!.whole);
		expect(l.people.filter((p) => p.highlight)).toHaveLength(ratio!.part);
		expect(label(l, 'not-believed')?.value).toBe(d('lawrs-not-believed'));
		const sample = label(l, 'sample')?.text ?? '';
		expect(sample).toContain(d('lawrs-sample'));
		expect(sample).toMatch(/not representative/);
		expect(shown(l)).toHaveLength(0);
		expect(l.events).toHaveLength(0);
	});

	it('parses only "N in M" ratios', () => {
		expect(parseRatio('2 in 3')).toEqual({ part: 2, whole: 3 });
		expect(parseRatio('two in three')).toBeNull();
		expect(parseRatio('4 in 3')).toBeNull();
		expect(parseRatio('66%')).toBeNull();
	});

	it('never works out a count of women or forces', () => {
		for (const s of STATES) {
			for (const l of layoutFor(s, figures).labels) {
				const words = `${l.value ?? ''} ${l.text} ${l.sub ?? ''}`;
				const numbers = words.match(/\d+/g) ?? [];
				const allowed =
					spec.figureIds.map((id) => d(id)).join(' ') + ' ' + spec.figureIds.map((id) => figures[id]!.period).join(' ');
				for (const n of numbers) expect(allowed).toContain(n);
			}
		}
	});

	it('keeps labels and marks inside the box', () => {
		for (const s of STATES) {
			const l = layoutFor(s, figures);
			for (const f of shown(l)) {
				expect(f.x).toBeGreaterThanOrEqual(0);
				expect(f.x + f.w).toBeLessThanOrEqual(100);
				expect(f.y + f.h).toBeLessThanOrEqual(100);
			}
			for (const x of l.labels) {
				const left = x.align === 'center' ? x.x - x.maxWidth / 2 : x.x;
				expect(left).toBeGreaterThanOrEqual(0);
				expect(left + x.maxWidth).toBeLessThanOrEqual(100);
				expect(x.y).toBeLessThan(100);
			}
		}
	});

	it('tweens from one state to the next with a fresh value every frame', () => {
		expectFreshTween(STATES, layoutFor, (l: Layout) => ({ forces: l.forces, axis: l.axis }));
	});
});
