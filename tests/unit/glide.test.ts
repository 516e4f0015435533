import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	animateElement,
	cubicBezier,
	ease,
	EASE,
	fit,
	Glide,
	playBox,
	svgFrames,
	type Rest
} from '../../src/lib/charts/toolkit/glide';
import type { Geom, MarkMeta } from '../../src/lib/charts/toolkit/scene';
import { unitPaths } from '../../src/lib/charts/toolkit/unit-paths';
import { gathered } from '../../src/lib/charts/toolkit/units';

const box = (x: number, y: number, w: number, h: number, o = 1): Geom => ({ x, y, w, h, o });
const unit = (kind = 'u'): MarkMeta => ({ kind, key: kind, tone: 'mark', visible: true, shape: 'unit' });

/** A layer's rest with one thing per geometry (keys 0, 1, ...), those given drawn. */
const rest = (geoms: Geom[], drawn = geoms.map((_, i) => i)): Rest<number, Geom> => ({
	values: new Map(geoms.map((g, i) => [i, g])),
	drawn: new Set(drawn)
});

describe('marks moved by Web Animations', () => {
	it('maps the box drawn onto where a mark starts and ends, a flat axis only moved along', () => {
		expect(fit(box(10, 20, 30, 10), box(0, 20, 0, 10))).toEqual({ sx: 0, tx: 0, sy: 1, ty: 0 });
		expect(fit(box(10, 20, 30, 10), box(20, 10, 60, 5))).toEqual({ sx: 2, tx: 0, sy: 0.5, ty: 0 });
		// A vertical rule moved across: no width to scale, so only a shift.
		expect(fit(box(5, 0, 0, 50), box(8, 0, 0, 50))).toEqual({ sx: 1, tx: 3, sy: 1, ty: 0 });
		// A flat box cannot be stretched into a real one.
		expect(fit(box(5, 0, 0, 50), box(5, 0, 4, 50))).toBeUndefined();
	});

	it('keyframes a move of an SVG mark: a stroked mark that appears only fades, one no transform can carry jumps', () => {
		const at = box(10, 10, 20, 20);
		const fits = (drawn: Geom, from: Geom, to: Geom) => [fit(drawn, from), fit(drawn, to)] as const;
		const grow = svgFrames(fits(at, box(10, 10, 0, 20, 0), at), 0, 1, 'mark');
		expect(grow).toEqual({
			transform: ['translate(10px, 0px) scale(0, 1)', 'translate(0px, 0px) scale(1, 1)'],
			opacity: [0, 1]
		});
		// A stroked mark (repainted each frame of a transform) that appears only fades in.
		expect(svgFrames(fits(at, box(10, 10, 0, 20, 0), at), 0, 1, 'ink')).toEqual({ opacity: [0, 1] });
		// No fits (a path of squares drawn where it is): a fade where it is drawn.
		expect(svgFrames(undefined, 1, 0, 'mark')).toEqual({ opacity: [1, 0] });
		// Drawn flat, it cannot be carried from a real box: no keyframes, it jumps.
		const flat = box(5, 0, 0, 50);
		expect(svgFrames(fits(flat, box(5, 0, 4, 50), flat), 1, 1, 'mark')).toEqual({});
	});

	it('animates only the properties that change: a still element gets no animation', () => {
		const animate = vi.fn(() => ({}) as Animation);
		const el = { animate } as unknown as Element;
		expect(animateElement(el, { opacity: [1, 1], transform: ['scale(1)', 'scale(1)'] }, 600)).toBeUndefined();
		expect(animate).not.toHaveBeenCalled();
		animateElement(el, { opacity: [0, 1], left: ['5%', '5%'], transform: ['scale(0)', 'scale(.5)', 'scale(1)'] }, 600);
		expect(animate).toHaveBeenCalledWith(
			{ opacity: [0, 1], transform: ['scale(0)', 'scale(.5)', 'scale(1)'] },
			{
				duration: 600,
				easing: EASE
			}
		);
		expect(animateElement(null, { opacity: [0, 1] }, 600)).toBeUndefined();
	});

	it('moves a path of squares as one transform when one scale and shift carries them all', () => {
		const grid = [box(10, 10, 2, 2), box(14, 10, 2, 2), box(10, 14, 2, 2)];
		const hidden = gathered(grid).map((g) => ({ ...g, o: 0 }));
		const meta = grid.map(() => unit());
		const [fadeIn] = unitPaths(hidden, meta, grid);
		expect(fadeIn?.glide?.fits[1]).toEqual({ sx: 1, sy: 1, tx: 0, ty: 0 });
		expect(fadeIn?.glide?.fits[0].sx).toBeCloseTo(0.5);
		// Regrouped squares each move their own way: redrawn per frame instead.
		const regrouped = [box(10, 10, 2, 2), box(10, 14, 2, 2), box(14, 10, 2, 2)];
		const [moved] = unitPaths(grid, meta, regrouped);
		expect(moved?.glide).toBeUndefined();
		expect(moved?.still).toBeUndefined();
	});
});

describe('the easing in script', () => {
	it('solves a CSS cubic Bézier as browsers do', () => {
		const linear = cubicBezier(0, 0, 1, 1);
		for (const t of [0, 0.1, 0.37, 0.5, 0.9, 1]) expect(linear(t)).toBeCloseTo(t, 6);
		// CSS's own `ease` at half time (as browsers compute it).
		expect(cubicBezier(0.25, 0.1, 0.25, 1)(0.5)).toBeCloseTo(0.8024, 3);
		// Clamped outside the move.
		expect(ease(-1)).toBe(0);
		expect(ease(2)).toBe(1);
	});

	it('is the charts’ easing: cubicInOut, symmetric about half time', () => {
		expect(EASE).toBe('cubic-bezier(0.65, 0, 0.35, 1)');
		const cubicInOut = (t: number) => (t < 0.5 ? 4 * t ** 3 : 1 - (-2 * t + 2) ** 3 / 2);
		for (let t = 0; t <= 1; t += 0.05) {
			expect(ease(t)).toBeCloseTo(cubicInOut(t), 1);
			expect(ease(t) + ease(1 - t)).toBeCloseTo(1, 6);
		}
	});
});

describe('a layer’s moves (Glide)', () => {
	// The move's clock reads the page's clock (outside a browser, timelineNow is performance.now)
	// and ends on a timer: both faked, so a test says how far into a move it is.
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
	});
	afterEach(() => vi.useRealTimers());

	it('starts a thing cut short mid-move from where it is seen, on the one clock of the move', () => {
		const glide = new Glide<number, Geom>();
		const first = [box(0, 0, 10, 10)];
		glide.move(rest(first), 0, () => {});
		expect(glide.progress()).toBe(1);
		const onEnd = vi.fn();
		const started = performance.now();
		const grow = glide.move(rest([box(0, 0, 50, 10)]), 600, onEnd);
		expect(grow).toMatchObject({ ms: 600, leaving: new Set(), start: started });
		expect(grow.from.get(0)).toEqual(first[0]);
		expect(glide.progress()).toBe(0);
		// Halfway through in time is halfway in the symmetric easing: where it is seen.
		vi.advanceTimersByTime(300);
		expect(glide.progress()).toBeCloseTo(0.5, 6);
		expect(glide.now(0)?.w).toBeCloseTo(30, 4);
		// The next state starts it from there, and the first move stops without ending.
		const back = glide.move(rest([box(0, 0, 20, 10)]), 600, () => {});
		expect(back.from.get(0)?.w).toBeCloseTo(30, 4);
		vi.advanceTimersByTime(1000);
		expect(onEnd).not.toHaveBeenCalled();
		expect(glide.progress()).toBe(1);
	});

	it('times a move from the start it is given: a layer that starts its part late is as far along as the rest', () => {
		const glide = new Glide<number, Geom>();
		glide.move(rest([box(0, 0, 10, 10)]), 0, () => {});
		const onEnd = vi.fn();
		const chartStart = performance.now();
		vi.advanceTimersByTime(150);
		const late = glide.move(rest([box(0, 0, 50, 10)]), 600, onEnd, chartStart);
		expect(late.start).toBe(chartStart);
		expect(glide.progress()).toBeCloseTo(ease(0.25), 6);
		// It ends when the chart's move ends, not 600 ms after it started.
		vi.advanceTimersByTime(449);
		expect(onEnd).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(onEnd).toHaveBeenCalledTimes(1);
		expect(glide.now(0)?.w).toBe(50);
	});

	it('holds a move that waits to start at its beginning, then times it from the start it is given', () => {
		const glide = new Glide<number, Geom>();
		glide.move(rest([box(0, 0, 10, 10)]), 0, () => {});
		const onEnd = vi.fn();
		const held = glide.move(rest([box(0, 0, 50, 10)]), 600, onEnd, null);
		expect(held.start).toBeNull();
		vi.advanceTimersByTime(1000);
		expect(glide.progress()).toBe(0);
		expect(glide.now(0)?.w).toBe(10);
		expect(onEnd).not.toHaveBeenCalled();
		const start = performance.now();
		glide.begin(start);
		// Begun once: a second begin changes nothing.
		glide.begin(start + 500);
		vi.advanceTimersByTime(300);
		expect(glide.progress()).toBeCloseTo(0.5, 6);
		vi.advanceTimersByTime(300);
		expect(onEnd).toHaveBeenCalledTimes(1);
	});

	it('keeps a thing seen and no longer drawn as leaving, until the move ends; with no motion it goes at once', () => {
		const glide = new Glide<number, Geom>();
		const shown = [box(0, 0, 10, 10), box(20, 0, 10, 10, 0)];
		glide.move(rest(shown, [0]), 0, () => {});
		// The first leaves; the second, unseen throughout, does not move.
		const hidden = [box(0, 0, 0, 10, 0), box(40, 0, 10, 10, 0)];
		const onEnd = vi.fn();
		const going = glide.move(rest(hidden, []), 600, onEnd);
		expect([...going.leaving]).toEqual([0]);
		expect([...going.from.keys()]).toEqual([0]);
		expect(going.from.get(0)).toEqual(shown[0]);
		vi.advanceTimersByTime(600);
		expect(onEnd).toHaveBeenCalledTimes(1);
		expect(glide.now(0)).toEqual(hidden[0]);
		expect(glide.progress()).toBe(1);
		// Drawn but unseen at both ends (a label of another size class): it does not move.
		const unseen = glide.move(rest([box(0, 0, 0, 10, 0), box(60, 0, 10, 10, 0)]), 600, () => {});
		expect(unseen.from.size).toBe(0);
		// Shown again, then hidden with no motion: nothing moves, nothing stays to leave.
		glide.move(rest(shown, [0]), 0, () => {});
		const jump = glide.move(rest(hidden, []), 0, () => {});
		expect(jump).toMatchObject({ from: new Map(), leaving: new Set(), ms: 0 });
		expect(glide.progress()).toBe(1);
	});

	it('keeps a thing that only fades (a stroked mark appearing or going) where it is drawn', () => {
		const glide = new Glide<number, Geom>((_, from, to) => from <= 0.001 || to <= 0.001);
		const hiddenAt = box(0, 0, 0, 100, 0);
		const shownAt = box(50, 0, 0, 100);
		glide.move(rest([hiddenAt], []), 0, () => {});
		// Appearing: it fades in where it goes, so that is where it is seen.
		const appear = glide.move(rest([shownAt]), 600, () => {});
		expect(appear.from.get(0)).toEqual({ ...shownAt, o: 0 });
		vi.advanceTimersByTime(300);
		expect(glide.now(0)).toEqual({ ...shownAt, o: expect.closeTo(0.5, 6) });
		// Leaving mid-fade: it fades out where it is seen, not on the way to where hidden marks wait.
		const leave = glide.move(rest([hiddenAt], []), 600, () => {});
		expect(leave.from.get(0)).toEqual({ ...shownAt, o: expect.closeTo(0.5, 6) });
		vi.advanceTimersByTime(300);
		expect(glide.now(0)).toEqual({ ...shownAt, o: expect.closeTo(0.25, 6) });
	});

	it('brings in a thing never placed from unseen, at its rest, and leaves still things out of the move', () => {
		const glide = new Glide<string, { x: number; o: number }>();
		glide.move({ values: new Map([['a', { x: 1, o: 1 }]]), drawn: new Set(['a']) }, 0, () => {});
		const next = glide.move(
			{
				values: new Map([
					['a', { x: 1, o: 1 }],
					['b', { x: 5, o: 1 }]
				]),
				drawn: new Set(['a', 'b'])
			},
			600,
			() => {}
		);
		expect([...next.from]).toEqual([['b', { x: 5, o: 0 }]]);
		// Nothing moving: no clock, no move.
		const still = glide.move({ values: new Map([['a', { x: 1, o: 1 }]]), drawn: new Set(['a']) }, 600, () => {});
		expect(still.ms).toBe(0);
	});
});

describe('a rule moved by the compositor (playBox with the plot’s size)', () => {
	/** A stand-in SVG line: its inline style, and each animation's end, settled by hand. */
	function line() {
		const ends: (() => void)[] = [];
		const el = {
			style: { vectorEffect: '', strokeWidth: '', strokeDasharray: '' },
			animate: () => ({ finished: new Promise<void>((resolve) => ends.push(resolve)) })
		};
		return { el, end: (i: number) => ends[i]!() };
	}
	const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

	beforeEach(() => {
		// The stroke as CSS computes it: 2 px, dashed 4 px on, 3 px off.
		vi.stubGlobal('getComputedStyle', (el: { style: { strokeWidth: string } }) => ({
			strokeWidth: el.style.strokeWidth || '2px',
			strokeDasharray: '4px, 3px'
		}));
	});
	afterEach(() => vi.unstubAllGlobals());

	it('draws a horizontal rule’s stroke in the plot’s units while it moves, and hands it back at the end', async () => {
		const { el, end } = line();
		const plot = { width: 400, height: 300 };
		const drawn = box(0, 50, 100, 0);
		playBox(el as unknown as Element, drawn, drawn, box(0, 60, 50, 0), 600, 'muted-ink', plot);
		// 2 px across a 300 px tall plot of 100 units; dashes along its 400 px width.
		expect(el.style.vectorEffect).toBe('none');
		expect(Number(el.style.strokeWidth)).toBeCloseTo(200 / 300);
		expect(el.style.strokeDasharray).toBe('1 0.75');
		end(0);
		await settle();
		expect(el.style).toEqual({ vectorEffect: '', strokeWidth: '', strokeDasharray: '' });
	});

	it('a vertical rule’s across the width; a new move is not undone by the end of the one it replaced', async () => {
		const { el, end } = line();
		const plot = { width: 400, height: 300 };
		const drawn = box(50, 0, 0, 100);
		playBox(el as unknown as Element, drawn, drawn, box(60, 0, 0, 50), 600, 'muted-ink', plot);
		expect(Number(el.style.strokeWidth)).toBeCloseTo(200 / 400);
		playBox(el as unknown as Element, drawn, box(60, 0, 0, 50), box(40, 0, 0, 80), 600, 'muted-ink', plot);
		end(0);
		await settle();
		expect(el.style.vectorEffect).toBe('none');
		expect(Number(el.style.strokeWidth)).toBeCloseTo(200 / 400);
		end(1);
		await settle();
		expect(el.style.vectorEffect).toBe('');
	});

	it('leaves a rule that only fades, a slanted line and a rule before the plot is measured as CSS draws them', () => {
		const plot = { width: 400, height: 300 };
		const fading = line();
		const drawn = box(0, 50, 100, 0);
		playBox(fading.el as unknown as Element, drawn, drawn, box(0, 50, 100, 0, 0), 600, 'muted-ink', plot);
		const slanted = line();
		playBox(
			slanted.el as unknown as Element,
			box(0, 0, 10, 10),
			box(0, 0, 10, 10),
			box(5, 5, 20, 20),
			600,
			'muted-ink',
			plot
		);
		const unmeasured = line();
		playBox(unmeasured.el as unknown as Element, drawn, drawn, box(0, 60, 50, 0), 600, 'muted-ink');
		for (const { el } of [fading, slanted, unmeasured]) expect(el.style.vectorEffect).toBe('');
	});
});
