import { describe, it, expect } from 'vitest';
import { figures } from '../../src/lib/data/figures';
import chart, { BAR_MAX_X, SQUARES, type Layout } from '../../src/lib/charts/who-gets-stopped/layout';
import { interpolateFresh as interpolateGeom } from '../../src/lib/charts/interpolate';

const layout = chart.draw;
const STATES = chart.states.map((s) => s.id);

const visible = (l: Layout, kind: string) => l.meta.filter((m) => m.kind === kind && m.visible);
const labelTexts = (l: Layout) => l.labels.map((x) => x.parts.map((p) => p.text).join(' '));
const allText = (l: Layout) => [l.caption, l.footnote, ...labelTexts(l)].join(' | ');
const inBox = (v: number) => v >= -0.01 && v <= 100.01;

describe('who-gets-stopped layout', () => {
	it('handles every state in specs.ts, in order', () => {
		for (const s of STATES) expect(layout(s, figures).state).toBe(s);
	});

	it('falls back to the first state for an unknown state', () => {
		expect(layout('nonsense', figures)).toEqual(layout('officers', figures));
	});

	it('keeps one pool of marks, in the same order, in every state', () => {
		const pools = STATES.map((s) => layout(s, figures).meta.map((m) => `${m.kind}:${m.key}`));
		for (const p of pools) expect(p).toEqual(pools[0]);
		for (const s of STATES) {
			const l = layout(s, figures);
			expect(l.geom).toHaveLength(l.meta.length);
			expect(l.geom.filter((g) => !(inBox(g.x) && inBox(g.y) && inBox(g.x + g.w) && inBox(g.y + g.h)))).toEqual([]);
			// Hidden marks are transparent; shown ones opaque.
			expect(l.geom.map((g) => g.o)).toEqual(l.meta.map((m) => (m.visible ? 1 : 0)));
		}
	});

	it('officers: one mark per officer, grouped by the published counts', () => {
		const l = layout('officers', figures);
		const officers = visible(l, 'officer');
		expect(officers).toHaveLength(figures['met-extra-officers']!.value);
		expect(officers.filter((m) => m.tone === 'mark')).toHaveLength(figures['town-centre-officers']!.value);
		expect(officers.filter((m) => m.tone === 'muted')).toHaveLength(figures['ward-officers']!.value);
		expect(visible(l, 'bar')).toHaveLength(0);
		expect(visible(l, 'search')).toHaveLength(0);
		const text = allText(l);
		expect(text).toContain(`${figures['met-extra-officers']!.display} extra officers`);
		expect(text).toContain(
			`${figures['town-centre-officers']!.display}  in ${figures['town-centre-teams']!.display} Town Centre Teams`
		);
		expect(text).toContain(figures['ward-officers']!.display);
		// Squares do not overlap: every cell is distinct.
		const cells = new Set(l.geom.filter((_, i) => l.meta[i]?.kind === 'officer').map((g) => `${g.x},${g.y}`));
		expect(cells.size).toBe(officers.length);
	});

	it('rates: White and Black bars in proportion, labelled with the displays', () => {
		const l = layout('rates', figures);
		const bars = visible(l, 'bar');
		expect(bars.map((b) => b.key)).toEqual(['black', 'white']);
		expect(bars.map((b) => b.value)).toEqual([
			figures['ss-rate-black-2020']!.display,
			figures['ss-rate-white-2020']!.display
		]);
		const w = (key: string) => l.geom[l.meta.findIndex((m) => m.kind === 'bar' && m.key === key)]!.w;
		expect(w('black')).toBeCloseTo(BAR_MAX_X, 1);
		expect(w('white') / w('black')).toBeCloseTo(
			figures['ss-rate-white-2020']!.value / figures['ss-rate-black-2020']!.value,
			2
		);
		const values = l.labels.filter((x) => x.mark === 'value-label').map((x) => x.value);
		expect(values).toEqual([figures['ss-rate-black-2020']!.display, figures['ss-rate-white-2020']!.display]);
		expect(visible(l, 'officer')).toHaveLength(0);
	});

	it('ratios: four bars, no rates for Mixed, Asian or Other, and a reference line at 1', () => {
		const l = layout('ratios', figures);
		const bars = visible(l, 'bar');
		expect(bars.map((b) => b.key)).toEqual(['black', 'mixed', 'asian', 'other']);
		const ids = ['ss-ratio-black-2020', 'ss-ratio-mixed-2020', 'ss-ratio-asian-2020', 'ss-ratio-other-2020'];
		expect(bars.map((b) => b.value)).toEqual(ids.map((id) => figures[id]!.display));
		const blackW = l.geom[l.meta.findIndex((m) => m.kind === 'bar' && m.key === 'black')]!.w;
		const ref = l.geom[l.meta.findIndex((m) => m.kind === 'reference')]!;
		expect(visible(l, 'reference')).toHaveLength(1);
		expect(ref.x / blackW).toBeCloseTo(1 / figures['ss-ratio-black-2020']!.value, 2);
		expect(
			l.labels
				.find((x) => x.mark === 'reference-label')
				?.parts.map((p) => p.text)
				.join('')
		).toBe('White people = 1');
		expect(allText(l)).not.toMatch(/per 1,000/);
	});

	it('outcomes: exactly the published share of 100 squares is filled, labelled with both displays', () => {
		const l = layout('outcomes', figures);
		const squares = visible(l, 'search');
		expect(squares).toHaveLength(SQUARES);
		expect(squares.filter((m) => m.key === 'nfa')).toHaveLength(figures['ss-nfa-share-2020']!.value);
		const text = allText(l);
		expect(text).toContain(figures['ss-total-2020']!.display);
		expect(text).toContain(`${figures['ss-nfa-2020']!.display} (${figures['ss-nfa-share-2020']!.display})`);
		expect(visible(l, 'bar')).toHaveLength(0);
	});

	it('labels stay inside the box', () => {
		for (const s of STATES) {
			for (const label of layout(s, figures).labels) {
				expect(inBox(label.x)).toBe(true);
				expect(inBox(label.y)).toBe(true);
			}
		}
	});

	it('interpolates to a new array each frame and lands on the target', () => {
		const a = layout('officers', figures).geom;
		const b = layout('rates', figures).geom;
		const f = interpolateGeom(a, b);
		expect(f(0)).toEqual(a);
		expect(f(1)).toEqual(b);
		expect(f(0.5)).not.toBe(f(0.5));
	});
});
