import { describe, it, expect } from 'vitest';
import { figures } from '../../src/lib/data/figures';
import chart, { BAR_MAX_X, type Layout } from '../../src/lib/charts/streetsafe-london/layout';
import { interpolateFresh as interpolateGeom } from '../../src/lib/charts/interpolate';

const layout = chart.draw;
const STATES = chart.states.map((s) => s.id);

const visible = (l: Layout, kind: string) => l.meta.filter((m) => m.kind === kind && m.visible);
const allText = (l: Layout) =>
	[l.caption, l.footnote, ...l.labels.map((x) => x.parts.map((p) => p.text).join(' '))].join(' | ');
const barWidth = (l: Layout, key: string) => l.geom[l.meta.findIndex((m) => m.kind === 'bar' && m.key === key)]!.w;

describe('streetsafe-london layout', () => {
	it('lays out every state as itself and falls back to the first', () => {
		for (const s of STATES) expect(layout(s, figures).state).toBe(s);
		expect(layout('unknown', figures)).toEqual(layout('pilot', figures));
	});

	it('keeps one pool of marks in every state, inside the box', () => {
		const pools = STATES.map((s) => layout(s, figures).meta.map((m) => m.kind));
		for (const p of pools) expect(p).toEqual(pools[0]);
		for (const s of STATES) {
			const l = layout(s, figures);
			l.meta.forEach((m, i) => expect(l.geom[i]?.o).toBe(m.visible ? 1 : 0));
			for (const g of l.geom) {
				expect(g.x).toBeGreaterThanOrEqual(0);
				expect(g.x + g.w).toBeLessThanOrEqual(100);
				expect(g.y + g.h).toBeLessThanOrEqual(100);
			}
		}
	});

	it('pilot: the launch date as a card, and the Met’s later count marked as published after the statement', () => {
		const l = layout('pilot', figures);
		expect(visible(l, 'bar')).toHaveLength(0);
		expect(visible(l, 'missing')).toHaveLength(1);
		const card = l.labels.find((x) => x.mark === 'event');
		expect(card?.value).toBe(figures['event-streetsafe-pilot']!.display);
		expect(allText(l)).toContain(figures['streetsafe-met-reports-2022']!.display);
		expect(allText(l)).toContain('Published after the statement');
		expect(allText(l)).toMatch(/was a national Home Office pilot/);
		expect(allText(l)).toMatch(/Home Office/);
		expect(allText(l)).toMatch(/national/);
	});

	it('london-share: London and England and Wales rates as bars, "almost half" in words only', () => {
		const l = layout('london-share', figures);
		const bars = visible(l, 'bar');
		expect(bars.map((b) => b.value)).toEqual([
			figures['ss-rate-london-2020']!.display,
			figures['ss-rate-all-2020']!.display
		]);
		expect(barWidth(l, 'ss-rate-london-2020')).toBeCloseTo(BAR_MAX_X, 1);
		expect(barWidth(l, 'ss-rate-all-2020') / barWidth(l, 'ss-rate-london-2020')).toBeCloseTo(
			figures['ss-rate-all-2020']!.value / figures['ss-rate-london-2020']!.value,
			2
		);
		expect(bars.some((b) => b.key === 'ss-met-share-2020')).toBe(false);
		const share = l.labels.find((x) => x.mark === 'share-label');
		expect(share?.value).toBe(figures['ss-met-share-2020']!.display);
		expect(allText(l)).toContain(figures['ss-met-share-2020']!.display);
		expect(allText(l)).not.toMatch(/50|%/);
	});

	it('lockdown: May 2019 and May 2020 bars, each labelled "reported"', () => {
		const l = layout('lockdown', figures);
		const bars = visible(l, 'bar');
		expect(bars.map((b) => b.value)).toEqual([
			figures['met-ss-may-2019']!.display,
			figures['met-ss-may-2020']!.display
		]);
		expect(barWidth(l, 'met-ss-may-2019') / barWidth(l, 'met-ss-may-2020')).toBeCloseTo(
			figures['met-ss-may-2019']!.value / figures['met-ss-may-2020']!.value,
			2
		);
		const values = l.labels.filter((x) => x.mark === 'value-label');
		expect(values).toHaveLength(2);
		for (const v of values) expect(v.parts.map((p) => p.text)).toContain('reported');
		expect(allText(l)).toMatch(/It is reported that/);
	});

	it('interpolates to a new array each frame and lands on the target', () => {
		const a = layout('london-share', figures).geom;
		const b = layout('lockdown', figures).geom;
		const f = interpolateGeom(a, b);
		expect(f(1)).toEqual(b);
		expect(f(0.5)).not.toBe(f(0.5));
	});
});
