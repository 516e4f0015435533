import { describe, it, expect } from 'vitest';
import chart, { timelineLayout } from '../../src/lib/charts/timeline-2021/layout';
import { figures } from '../../src/lib/data/figures';
import { COMBOS, comboFor } from '../../src/lib/charts/timeline/timeline';
import {
	expectNoClampedLabels,
	expectNoOverlap,
	expectShortLabels,
	idsOfKind,
	monthsInDomain
} from './timeline-helpers';

const spec = chart;
/** The timeline's layout for a state (the chart draws it as a toolkit scene, timeline/scene.ts). */
const layoutFor = (state: string, f = figures) => timelineLayout(chart.resolve(state), f);

describe('timeline-2021 layout', () => {
	it('handles every state in specs.ts and falls back to the first for an unknown one', () => {
		for (const s of spec.states) expect(layoutFor(s.id).state).toBe(s.id);
		const fallback = layoutFor('no-such-state');
		expect(fallback.state).toBe(spec.states[0]!.id);
		expect(fallback.layout).toEqual(layoutFor(spec.states[0]!.id).layout);
	});

	it('shows the events cumulatively: the state’s new events highlighted, earlier ones filled, later ones hidden', () => {
		spec.states.forEach((s, i) => {
			const { layout } = layoutFor(s.id);
			const before = new Set(i > 0 ? spec.states[i - 1]!.figureIds : []);
			const fresh = s.figureIds.filter((id) => !before.has(id));
			expect(idsOfKind(layout, 'focus').sort()).toEqual([...fresh].sort());
			expect(idsOfKind(layout, 'filled').sort()).toEqual(s.figureIds.filter((id) => before.has(id)).sort());
			expect(idsOfKind(layout, 'hidden').sort()).toEqual(
				spec.figureIds.filter((id) => !s.figureIds.includes(id)).sort()
			);
			expect(idsOfKind(layout, 'hollow')).toEqual([]);
		});
	});

	it('draws events in date order on a March–November 2021 axis, the same in every state', () => {
		const months = ['2021-03', '2021-04', '2021-05', '2021-06', '2021-07', '2021-08', '2021-09', '2021-10', '2021-11'];
		for (const s of spec.states) {
			const { layout } = layoutFor(s.id);
			expect(monthsInDomain(layout)).toEqual(months);
			const ys = layout.events.map((e) => e.y);
			expect([...ys].sort((a, b) => a - b)).toEqual(ys);
			for (const e of layout.events) {
				expect(e.y).toBeGreaterThanOrEqual(0);
				expect(e.y).toBeLessThanOrEqual(100);
				expect(e.date).toBe(figures[e.id]!.date);
			}
			expect(layout.after).toBeNull();
			expect(layout.span).toBeNull();
		}
		const first = layoutFor('everard').layout.ticks.find((t) => t.inDomain)!;
		expect(first.month).toBe('Mar');
		expect(first.year).toBe('2021');
	});

	it('labels every event with its figure’s words, highlighted ones with the figure’s display date', () => {
		for (const s of spec.states) {
			const { layout } = layoutFor(s.id);
			for (const e of layout.events) {
				expect(e.label.text).toBe(figures[e.id]!.label);
				expect(e.label.shortText).toBe(figures[e.id]!.shortLabel);
				if (e.label.dateText !== null) expect(e.label.dateText).toBe(figures[e.id]!.display);
				if (e.kind !== 'focus') expect(e.label.dateText).toBeNull();
			}
		}
		const plan = layoutFor('plan').layout;
		const dated = plan.events.filter((e) => e.kind === 'focus').map((e) => [e.id, e.label.dateText]);
		expect(dated).toEqual([
			['event-met-plan', figures['event-met-plan']!.display],
			['event-statement', figures['event-statement']!.display]
		]);
		expect(figures['event-met-plan']!.display).toBe('3 November 2021');
		expect(figures['event-statement']!.display).toBe('10 November 2021');
	});

	it('always labels the highlighted events, in every size class', () => {
		for (const s of spec.states) {
			const { layout } = layoutFor(s.id);
			for (const e of layout.events.filter((e) => e.kind === 'focus')) {
				for (const c of COMBOS) expect(e.label.show[c.index], `${s.id} ${e.id} combo ${c.index}`).toBe(1);
			}
			for (const e of layout.events.filter((e) => e.kind === 'hidden'))
				expect(e.label.show.every((v) => v === 0)).toBe(true);
		}
	});

	it('stacks the three 30 September events under one date line without overlap', () => {
		const { layout } = layoutFor('sentencing');
		const sep30 = layout.events.filter((e) => e.date === '2021-09-30');
		expect(sep30.map((e) => e.id)).toEqual([
			'event-whole-life-order',
			'event-rapist-nickname',
			'event-kate-wilson-judgment'
		]);
		expect(sep30.map((e) => e.label.dateText)).toEqual(['30 September 2021', null, null]);
		for (const c of COMBOS) {
			const dys = sep30.map((e) => e.label.dy[c.index]!);
			expect(dys[0]!).toBeLessThan(dys[1]!);
			expect(dys[1]!).toBeLessThan(dys[2]!);
		}
	});

	it('has a short label for every event, shorter than its label', () => {
		expectShortLabels(spec.figureIds);
	});

	it('never clamps a label: earlier events in their short words, whole or left out; highlighted ones whole, dated', () => {
		// The smallest class (a landscape phone) may still have to shrink the three 30 September labels.
		const layouts = spec.states.map((s) => ({ id: s.id, layout: layoutFor(s.id).layout }));
		expectNoClampedLabels(layouts, { wholeFromEm: 12, shortKinds: ['filled'] });
	});

	it('keeps highlighted labels in full where they fit: always on a desktop, and on 320px and 375px phones', () => {
		// Chart boxes (em) measured at 1280×800, 375×812 and 320×640.
		for (const [w, h] of [
			[56, 43.6],
			[26.4, 29.8],
			[22.2, 20.6]
		] as const) {
			const k = comboFor(w, h);
			for (const s of spec.states) {
				for (const e of layoutFor(s.id).layout.events.filter((e) => e.kind === 'focus')) {
					expect(e.label.short[k], `${s.id} ${e.id} at ${w}×${h}em`).toBe(0);
				}
			}
		}
	});

	it('never overlaps labels, in any state and size class', () => {
		for (const s of spec.states) expectNoOverlap(layoutFor(s.id).layout, s.id);
	});

	it('labels earlier events when there is room: all of them in a desktop-sized box', () => {
		const big = COMBOS.find((c) => c.widthEm === 48 && c.heightEm === 42)!;
		const { layout } = layoutFor('plan');
		for (const e of layout.events) expect(e.label.show[big.index], e.id).toBe(1);
		// …and fewer in the smallest box, where the two highlighted labels come first.
		const small = COMBOS[0]!;
		const shown = layout.events.filter((e) => e.label.show[small.index] === 1).length;
		expect(shown).toBeLessThan(layout.events.length);
	});
});
