import { describe, it, expect } from 'vitest';
import chart, { BILL_FROM, BILL_TO, stackingOrder, timelineLayout } from '../../src/lib/charts/missteps/layout';
import opening from '../../src/lib/charts/timeline-2021/layout';
import { figures } from '../../src/lib/data/figures';
import { COMBOS, comboFor } from '../../src/lib/charts/timeline/timeline';
import { strings } from '../../content/strings';
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
const police = spec.states[0]!.figureIds;
const vigil = spec.states.find((s) => s.id === 'vigil')!.figureIds;

describe('missteps layout', () => {
	it('handles every state in specs.ts and falls back to the first for an unknown one', () => {
		for (const s of spec.states) expect(layoutFor(s.id).state).toBe(s.id);
		expect(layoutFor('nope').state).toBe('police-perpetrated');
		expect(layoutFor('nope').layout).toEqual(layoutFor('police-perpetrated').layout);
	});

	it('police-perpetrated: every 2021 event of the opening timeline, the spec’s police events highlighted, the rest muted', () => {
		const { layout } = layoutFor('police-perpetrated');
		expect(idsOfKind(layout, 'focus').sort()).toEqual([...police].sort());
		expect(idsOfKind(layout, 'hollow').sort()).toEqual(
			opening.figureIds.filter((id) => !police.includes(id) && !vigil.includes(id)).sort()
		);
		expect(idsOfKind(layout, 'hidden').sort()).toEqual(
			['event-pcsc-lords', 'event-pcsc-royal-assent', 'event-spoke-supportively', ...vigil].sort()
		);
		expect(idsOfKind(layout, 'filled')).toEqual([]);
	});

	it('in-court: the sentencing remark highlighted, police events kept filled, the rest muted', () => {
		const { layout } = layoutFor('in-court');
		expect(idsOfKind(layout, 'focus')).toEqual(['event-spoke-supportively']);
		expect(idsOfKind(layout, 'filled').sort()).toEqual([...police, ...vigil].sort());
		expect(idsOfKind(layout, 'hidden').sort()).toEqual(['event-pcsc-lords', 'event-pcsc-royal-assent']);
		const remark = layout.events.find((e) => e.id === 'event-spoke-supportively')!;
		expect(remark.date).toBe('2021-09-30');
		expect(remark.label.dateText).toBe(figures['event-spoke-supportively']!.display);
		expect(remark.label.text).toBe(figures['event-spoke-supportively']!.label);
	});

	it('stacks the sentencing remark right after the sentence, on the same day', () => {
		const order = stackingOrder(spec.figureIds);
		expect(order.indexOf('event-spoke-supportively')).toBe(order.indexOf('event-whole-life-order') + 1);
		const sep30 = layoutFor('in-court')
			.layout.events.filter((e) => e.date === '2021-09-30')
			.map((e) => e.id);
		expect(sep30).toEqual([
			'event-whole-life-order',
			'event-spoke-supportively',
			'event-rapist-nickname',
			'event-kate-wilson-judgment'
		]);
	});

	it('bill: the Bill highlighted, the statement marked as the reference, the axis into 2022 in this state only', () => {
		const { layout } = layoutFor('bill');
		expect(idsOfKind(layout, 'focus').sort()).toEqual([BILL_FROM, BILL_TO].sort());
		expect(idsOfKind(layout, 'reference')).toEqual(['event-statement']);
		expect(idsOfKind(layout, 'hidden')).toEqual([]);
		const months = monthsInDomain(layout);
		expect(months[0]).toBe('2021-03');
		expect(months.at(-1)).toBe('2022-04');
		expect(layout.ticks.filter((t) => t.inDomain && t.year).map((t) => [t.key, t.year])).toEqual([
			['2021-03-01', '2021'],
			['2022-01-01', '2022']
		]);
		for (const s of ['police-perpetrated', 'vigil', 'in-court']) {
			const l = layoutFor(s).layout;
			expect(monthsInDomain(l).at(-1)).toBe('2021-11');
			expect(l.after).toBeNull();
			expect(l.span).toBeNull();
		}
		// The statement's date splits the axis; the span runs from the Lords to Royal Assent.
		const at = (id: string) => layout.events.find((e) => e.id === id)!.y;
		expect(layout.after).toBeCloseTo(at('event-statement'), 6);
		expect(layout.span).toEqual({ from: at(BILL_FROM), to: at(BILL_TO) });
		expect(at(BILL_FROM)).toBeLessThan(layout.after!);
		expect(at(BILL_TO)).toBeGreaterThan(layout.after!);
	});

	it('labels the Bill with its figures, Royal Assent marked after the statement', () => {
		const { layout } = layoutFor('bill');
		const assent = layout.events.find((e) => e.id === BILL_TO)!;
		expect(assent.label.dateText).toBe(figures[BILL_TO]!.display);
		expect(assent.label.dateText).toBe('28 April 2022');
		expect(assent.label.tag).toBe(strings.charts.missteps.tags.after);
		const lords = layout.events.find((e) => e.id === BILL_FROM)!;
		expect(lords.label.text).toBe(figures[BILL_FROM]!.label);
		// Its date is before the statement, but its source page was published after it.
		expect(figures[BILL_FROM]!.publishedAfterStatement).toBe(true);
		expect(lords.label.tag).toBe(strings.charts.missteps.tags.sourceAfter);
		for (const c of COMBOS) {
			expect(assent.label.show[c.index]).toBe(1);
			expect(lords.label.show[c.index]).toBe(1);
		}
	});

	it('has a short label for every event, shorter than its label', () => {
		expectShortLabels(spec.figureIds);
	});

	it('never clamps a label: others in their short words, whole or left out; highlighted ones whole, dated, in boxes 22em tall and up', () => {
		// Shorter boxes (landscape phones) may drop dates from the five police events.
		const layouts = spec.states.map((s) => ({ id: s.id, layout: layoutFor(s.id).layout }));
		expectNoClampedLabels(layouts, { wholeFromEm: 22, shortKinds: ['filled', 'hollow'] });
	});

	it('keeps highlighted labels in full on a desktop and a 375px phone, shortened on a 320px one when they must be', () => {
		// Chart boxes (em) measured at 1280×800 and 375×812.
		for (const [w, h] of [
			[56, 45.5],
			[26.4, 31.3]
		] as const) {
			const k = comboFor(w, h);
			for (const s of spec.states) {
				for (const e of layoutFor(s.id).layout.events.filter((e) => e.kind === 'focus' || e.kind === 'reference')) {
					expect(e.label.short[k], `${s.id} ${e.id} at ${w}×${h}em`).toBe(0);
				}
			}
		}
		// 320×640: every highlighted event still shown with its date, in full or in its short words.
		const k = comboFor(22.2, 23.6);
		for (const s of spec.states) {
			for (const e of layoutFor(s.id).layout.events.filter((e) => e.kind === 'focus')) {
				expect(e.label.show[k], `${s.id} ${e.id}`).toBe(1);
				expect(e.label.dated[k], `${s.id} ${e.id}`).toBe(e.label.dateText ? 1 : 0);
			}
		}
	});

	it('never overlaps labels, in any state and size class', () => {
		for (const s of spec.states) expectNoOverlap(layoutFor(s.id).layout, s.id);
	});
});
