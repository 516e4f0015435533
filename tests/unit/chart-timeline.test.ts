import { describe, it, expect } from 'vitest';
import {
	COMBOS,
	GAP,
	WIDTH_CLASSES,
	comboFor,
	countLines,
	layoutTimeline,
	monthDomain,
	stack,
	textWidthEm,
	Y_RANGE
} from '../../src/lib/charts/timeline/timeline';
import { sizeClassCss } from '../../src/lib/charts/toolkit/sizeClasses';
import { timelineScene } from '../../src/lib/charts/timeline/scene';
import { timelineLayout as opening } from '../../src/lib/charts/timeline-2021/layout';
import { timelineLayout as missteps } from '../../src/lib/charts/missteps/layout';
import misstepsChart from '../../src/lib/charts/missteps/layout';
import openingChart from '../../src/lib/charts/timeline-2021/layout';
import { figures } from '../../src/lib/data/figures';

describe('timeline helpers', () => {
	it('stacks boxes in order, GAP apart, inside the bounds, close to where they want to be', () => {
		const tops = stack(
			[
				{ ideal: 5, height: 2, weight: 1 },
				{ ideal: 5, height: 2, weight: 1 },
				{ ideal: 5, height: 2, weight: 1 }
			],
			0,
			20
		);
		expect(tops[1]! - tops[0]!).toBeCloseTo(2 + GAP);
		expect(tops[2]! - tops[1]!).toBeCloseTo(2 + GAP);
		expect(tops[1]!).toBeCloseTo(5); // centred on the shared ideal
		// Pushed back inside the bounds at the bottom.
		const bottom = stack(
			[
				{ ideal: 18, height: 2, weight: 1 },
				{ ideal: 19, height: 2, weight: 1 }
			],
			0,
			20
		);
		expect(bottom[1]! + 2).toBeLessThanOrEqual(20);
		// A box on its own stays where it wants to be.
		expect(stack([{ ideal: 7, height: 1, weight: 1 }], 0, 20)).toEqual([7]);
	});

	it('estimates wrapped lines conservatively and monotonically', () => {
		expect(countLines('', 10)).toBe(0);
		expect(countLines('short', 10)).toBe(1);
		const text =
			'Tribunal rules an undercover Met officer’s sexual relationship with activist Kate Wilson breached her human rights';
		expect(countLines(text, 1000)).toBe(1);
		let previous = Infinity;
		for (const width of [8, 12, 16, 24, 36, 60]) {
			const n = countLines(text, width);
			expect(n).toBeLessThanOrEqual(previous);
			previous = n;
		}
		expect(textWidthEm('abc', true)).toBeGreaterThan(textWidthEm('abc'));
	});

	it('covers whole months around the dates, in UTC', () => {
		const [a, b] = monthDomain(['2021-03-03', '2021-11-10']);
		expect(a.toISOString()).toBe('2021-03-01T00:00:00.000Z');
		expect(b.toISOString()).toBe('2021-12-01T00:00:00.000Z');
		const [, c] = monthDomain(['2021-03-03', '2022-04-28']);
		expect(c.toISOString()).toBe('2022-05-01T00:00:00.000Z');
	});

	it('animates between states with lists of the same length (ticks and events fixed per chart)', () => {
		const events = [
			{ id: 'a', date: '2021-03-03', dateText: '3 March 2021', text: 'A' },
			{ id: 'b', date: '2022-04-28', dateText: '28 April 2022', text: 'B' }
		];
		const tickDomain = monthDomain(events.map((e) => e.date));
		const short = layoutTimeline({
			events,
			kinds: { a: 'focus' },
			domain: monthDomain(['2021-03-03', '2021-11-10']),
			tickDomain
		});
		const long = layoutTimeline({ events, kinds: { a: 'filled', b: 'focus' }, domain: tickDomain, tickDomain });
		expect(short.ticks.map((t) => t.key)).toEqual(long.ticks.map((t) => t.key));
		expect(short.ticks.filter((t) => !t.inDomain).every((t) => t.y >= Y_RANGE[1])).toBe(true);
		expect(short.events.find((e) => e.id === 'b')!.kind).toBe('hidden');
	});

	it('uses a highlighted label’s full words where they fit and its short words where they do not', () => {
		const long = 'An event described at great length, in many words, so that its full label takes several lines';
		const events = ['a', 'b', 'c', 'd'].map((id, i) => ({
			id,
			date: `2021-09-1${i}`,
			dateText: `1${i} September 2021`,
			text: `${long} (${id})`,
			shortText: `Event ${id}, in short`
		}));
		const domain = monthDomain(['2021-03-01', '2021-11-30']);
		const layout = layoutTimeline({
			events,
			kinds: { a: 'focus', b: 'focus', c: 'focus', d: 'focus' },
			domain,
			tickDomain: domain
		});
		const big = COMBOS.find((c) => c.widthEm === 48 && c.heightEm === 42)!;
		const small = COMBOS.find((c) => c.widthEm === 22 && c.heightEm === 15)!;
		for (const e of layout.events) {
			expect(e.label.shortText).toBe(`Event ${e.id}, in short`);
			expect(e.label.short[big.index], e.id).toBe(0);
			expect(e.label.lines[big.index]).toBe(e.label.fullLines[big.index]);
		}
		// Too many lines for the small box in full: labels switch to their short words, whole.
		expect(layout.events.some((e) => e.label.short[small.index] === 1)).toBe(true);
		expect(layout.fitted[small.index]).toBe(true);
		for (const e of layout.events) {
			expect(e.label.show[small.index]).toBe(1);
			expect(e.label.lines[small.index]).toBe(e.label.fullLines[small.index]);
			expect(e.label.dated[small.index]).toBe(e.label.dateText ? 1 : 0);
		}
		// Without short words, the full ones are kept (and shrunk only as a last resort).
		const plain = layoutTimeline({
			events: events.map(({ shortText: _s, ...e }) => e),
			kinds: { a: 'focus', b: 'focus', c: 'focus', d: 'focus' },
			domain,
			tickDomain: domain
		});
		for (const e of plain.events) {
			expect(e.label.shortText).toBe(e.label.text);
			expect(e.label.short.every((v) => v === 0)).toBe(true);
		}
	});

	it('labels earlier and background events in their short words, whole or not at all', () => {
		const events = Array.from({ length: 12 }, (_, i) => ({
			id: `e${i}`,
			date: `2021-${String(3 + (i % 8)).padStart(2, '0')}-${String(10 + i).padStart(2, '0')}`,
			dateText: 'a date',
			text: `Event number ${i}, told at some length so that its full label wraps onto more than one line`,
			shortText: `Event ${i}, told briefly`
		}));
		const domain = monthDomain(events.map((e) => e.date));
		const kinds = Object.fromEntries(
			events.map((e, i) => [e.id, i === 5 ? 'focus' : i % 2 ? 'filled' : 'hollow'] as const)
		);
		const layout = layoutTimeline({ events, kinds, domain, tickDomain: domain });
		for (const c of COMBOS) {
			for (const e of layout.events.filter((e) => e.kind !== 'focus' && e.label.show[c.index] === 1)) {
				expect(e.label.short[c.index], `${e.id} combo ${c.index}`).toBe(1);
				expect(e.label.lines[c.index], `${e.id} combo ${c.index}`).toBe(e.label.fullLines[c.index]);
			}
		}
	});

	it('generates container queries that pick, for any box, the size class the layout was made for', () => {
		// Each rule: an optional condition and the combo whose properties it selects; as in the
		// cascade, the last rule that matches wins.
		const rules = sizeClassCss()
			.split('\n')
			.map((line) => {
				const combo = Number(/--dy:var\(--dy(\d+)\)/.exec(line)?.[1]);
				const condition = /^@container chart ([^{]+)\{/.exec(line)?.[1] ?? '';
				const ranges = [...condition.matchAll(/\((?:([\d.]+)em <= )?(width|height)(?: < ([\d.]+)em)?\)/g)].map(
					([, lo, dim, hi]) => ({ dim, lo: lo ? Number(lo) : -Infinity, hi: hi ? Number(hi) : Infinity })
				);
				return { combo, ranges };
			});
		expect(rules).toHaveLength(COMBOS.length);
		const picked = (width: number, height: number) =>
			rules.findLast((r) =>
				r.ranges.every((q) => {
					const v = q.dim === 'width' ? width : height;
					return v >= q.lo && v < q.hi;
				})
			)?.combo;
		for (const width of [10, 22, 25.9, 26, 30, 34, 47.9, 48, 80]) {
			for (const height of [5, 11.9, 12, 14, 15, 16.9, 17, 20, 22, 24, 25, 29, 33.9, 34, 41.9, 42, 60]) {
				expect(picked(width, height), `${width}em × ${height}em`).toBe(comboFor(width, height));
			}
		}
		// Labels wrap at their width class's measure.
		expect(sizeClassCss()).toContain(`--mw:var(--mw${WIDTH_CLASSES.length - 1})`);
	});
});

describe('a timeline as a toolkit scene', () => {
	const cases = [
		...openingChart.states.map((s) => ({ id: s.id, t: opening(s.id, figures) })),
		...misstepsChart.states.map((s) => ({ id: s.id, t: missteps(s.id, figures) }))
	];

	it('draws a dot per event and a tick per month, shown as the layout shows them', () => {
		for (const { id, t } of cases) {
			const scene = timelineScene(t.state, t.layout);
			const dots = scene.meta.filter((m) => m.kind === 'event');
			expect(
				dots.map((m) => m.key),
				id
			).toEqual(t.layout.events.map((e) => e.id));
			expect(
				dots.map((m) => m.visible),
				id
			).toEqual(t.layout.events.map((e) => e.kind !== 'hidden'));
			expect(
				dots.filter((m) => m.shape === 'diamond').map((m) => m.key),
				id
			).toEqual(t.layout.events.filter((e) => e.kind === 'reference').map((e) => e.id));
			const ticks = scene.meta.filter((m) => m.kind === 'month');
			expect(
				ticks.map((m) => m.visible),
				id
			).toEqual(t.layout.ticks.map((k) => k.inDomain));
			expect(
				scene.meta.filter((m) => m.kind === 'span' && m.visible),
				id
			).toHaveLength(t.layout.span ? 1 : 0);
		}
	});

	it('labels each event and month beside its own mark, in the size classes the layout shows it in', () => {
		for (const { id, t } of cases) {
			const scene = timelineScene(t.state, t.layout);
			for (const label of scene.classed!.labels) {
				const mark = scene.meta[label.at]!;
				const event = t.layout.events.find((e) => `event-${e.id}` === label.id);
				const tick = t.layout.ticks.find((k) => `month-${k.key}` === label.id);
				expect(mark.key, `${id} ${label.id}`).toBe(event?.id ?? tick?.key);
				const shows = event
					? event.kind === 'hidden'
						? COMBOS.map(() => 0)
						: event.label.show
					: COMBOS.map((c) => (tick!.inDomain ? tick!.show[c.index] : 0));
				expect(label.o, `${id} ${label.id}`).toEqual(shows);
				if (event) expect(label.dy, `${id} ${label.id}`).toEqual(event.label.dy);
			}
		}
	});
});
