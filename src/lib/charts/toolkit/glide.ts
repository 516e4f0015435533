import type { Geom } from './scene';

/**
 * How every layer moves its things between states: by Web Animations the browser runs itself,
 * computed once per move. A thing (a mark, a path of squares, a label) is drawn where the new
 * state has it at rest, as the server draws a state; an animation per element that moves
 * carries it from where it was seen to there, and ends on exactly that place, so nothing changes
 * hands at the end. Transform and opacity are all most moves need the browser to redo each
 * frame, which it can do off the main thread: no script, style, layout or paint per frame.
 *
 * Every animation of a move starts at the same time (the move's start, on the document's
 * timeline, whichever task makes it) with the same easing, so at any instant
 * everything is the same share of the way (the move's `progress`): things that must meet (a
 * leader and its label) meet in every frame. What is linear in that share (a place) needs two
 * keyframes; what is not (a leader's slope) is sampled at `STEPS` shares.
 */

/** The charts' easing, cubicInOut as a CSS cubic Bézier: its control points. */
const EASE_POINTS = [0.65, 0, 0.35, 1] as const;

/** The charts' easing, as CSS: every animation of a move runs on it. */
export const EASE = `cubic-bezier(${EASE_POINTS.join(', ')})`;

/**
 * The same easing in script, solved as browsers solve a CSS cubic Bézier: the move's clock
 * (Glide) runs on it, so where a move cut short is taken to be is what is on screen.
 */
export const ease: (share: number) => number = cubicBezier(...EASE_POINTS);

/** A CSS `cubic-bezier(x1, y1, x2, y2)` as a function of the share of time elapsed (0 to 1). */
export function cubicBezier(x1: number, y1: number, x2: number, y2: number): (share: number) => number {
	// Each coordinate is a cubic in the curve's parameter u: ((a·u + b)·u + c)·u.
	const cx = 3 * x1;
	const bx = 3 * (x2 - x1) - cx;
	const ax = 1 - cx - bx;
	const cy = 3 * y1;
	const by = 3 * (y2 - y1) - cy;
	const ay = 1 - cy - by;
	const x = (u: number) => ((ax * u + bx) * u + cx) * u;
	const dx = (u: number) => (3 * ax * u + 2 * bx) * u + cx;
	const y = (u: number) => ((ay * u + by) * u + cy) * u;
	return (share) => {
		if (share <= 0) return 0;
		if (share >= 1) return 1;
		// The u at which x is the share: Newton's method, then bisection where it does not converge.
		let u = share;
		for (let i = 0; i < 8; i++) {
			const error = x(u) - share;
			if (Math.abs(error) < 1e-7) return y(u);
			const slope = dx(u);
			if (Math.abs(slope) < 1e-6) break;
			u -= error / slope;
		}
		let lo = 0;
		let hi = 1;
		u = share;
		while (hi - lo > 1e-7) {
			if (x(u) < share) lo = u;
			else hi = u;
			u = (lo + hi) / 2;
		}
		return y(u);
	};
}

/**
 * Now on the document's timeline, the clock every Web Animation runs on (outside a browser, or
 * before the timeline runs, the page's clock: the same origin).
 */
export function timelineNow(): number {
	const time = typeof document === 'undefined' ? null : document.timeline?.currentTime;
	return typeof time === 'number' ? time : performance.now();
}

/** A thing's place and look at rest, in its layer's own units (percent of the plot, em), opacity as `o`. */
export type Values = { readonly o: number };

/** The shares of the way at which what does not move in a straight line is sampled. */
export const STEPS: readonly number[] = Array.from({ length: 9 }, (_, i) => i / 8);

/** `a` to `b`, `p` of the way (every value of `b`; one missing from `a` stands still). */
export function lerpValues<V extends Values>(a: V, b: V, p: number): V {
	const out: Record<string, number> = {};
	const from = a as unknown as Record<string, number>;
	const to = b as unknown as Record<string, number>;
	for (const k in to) out[k] = (from[k] ?? to[k]!) + (to[k]! - (from[k] ?? to[k]!)) * p;
	return out as unknown as V;
}

function sameValues(a: Values, b: Values): boolean {
	for (const k in b) if ((a as Record<string, number>)[k] !== (b as Record<string, number>)[k]) return false;
	return true;
}

/** A layer's things at rest in a state: each one's values by key, and which are drawn. */
export interface Rest<K, V extends Values> {
	values: ReadonlyMap<K, V>;
	drawn: ReadonlySet<K>;
}

/** A layer's `things` at rest: by `key`, their `values`, and those `drawn`. */
export function restOf<T, K, V extends Values>(
	things: readonly T[],
	key: (thing: T) => K,
	values: (thing: T) => V,
	drawn: (thing: T) => boolean
): Rest<K, V> {
	return { values: new Map(things.map((t) => [key(t), values(t)])), drawn: new Set(things.filter(drawn).map(key)) };
}

/** A move between two states: where each thing that moves starts, and which leave. */
export interface Move<K, V extends Values> {
	from: ReadonlyMap<K, V>;
	/** Seen when the move starts and not drawn in the new state: they fade out, then go. */
	leaving: ReadonlySet<K>;
	/** Its duration in ms (0: everything jumps to its rest). */
	ms: number;
	/**
	 * When it started, on the document's timeline; null while it waits to start (Glide.begin):
	 * every part of a chart's move is timed from one start (MoveClock), whichever task made it.
	 */
	start: number | null;
}

const seen = (v: Values) => v.o > 0.001;

/**
 * A layer's moves: where each thing is going, where it started and the move's clock (its start
 * and duration, read on the timeline through the same easing as the elements' animations), so
 * that a new state mid-move starts every thing from where it is seen then.
 *
 * The clock is not itself an animation: the browser ticks an animation it cannot run on the
 * compositor (one with no element) on the main thread each frame, and then restyles every
 * element with a running animation each frame too, the compositor's included.
 */
export class Glide<K, V extends Values> {
	/** Each thing's values at rest in the state last moved to. */
	#to: ReadonlyMap<K, V> = new Map();
	/** Where each thing that moves started, for the move under way. */
	#from: ReadonlyMap<K, V> = new Map();
	#clock: { start: number | null; ms: number; end?: ReturnType<typeof setTimeout>; onEnd: () => void } | undefined;

	/**
	 * @param fadesInPlace whether a thing whose opacity goes from `from` to `to` only fades,
	 * where it is drawn, rather than moving (a stroked SVG mark that appears or goes: fadesOnly).
	 */
	constructor(private readonly fadesInPlace?: (key: K, from: number, to: number) => boolean) {}

	/** The move's progress, eased: 1 once it has ended or when none runs. */
	progress(): number {
		const clock = this.#clock;
		if (!clock) return 1;
		return clock.start === null ? 0 : ease((timelineNow() - clock.start) / clock.ms);
	}

	/** Where a thing is seen now (`progress` of the way through the move, or at rest); undefined if never placed. */
	now(key: K, progress = this.progress()): V | undefined {
		const to = this.#to.get(key);
		const from = this.#from.get(key);
		return from && to ? lerpValues(from, to, progress) : to;
	}

	/** Stops the move under way: everything shows its place at rest. */
	stop(): void {
		clearTimeout(this.#clock?.end);
		this.#clock = undefined;
		this.#from = new Map();
	}

	/**
	 * Starts a move to `rest` over `ms` (0: a jump), every thing from where it is seen now (one
	 * never placed comes in unseen, at its rest). A thing not drawn in `rest` that is seen leaves;
	 * one unseen throughout (drawn or not) does not move. `onEnd` runs once the move has run to its end, not when
	 * it is stopped or replaced, nor when nothing moves. `start`: when the move started on the
	 * document's timeline (by default, now); null: it is held at its beginning until `begin`.
	 */
	move(rest: Rest<K, V>, ms: number, onEnd: () => void, start: number | null = timelineNow()): Move<K, V> {
		const from = new Map<K, V>();
		const leaving = new Set<K>();
		const targets = new Map(rest.values);
		if (ms > 0) {
			const progress = this.progress();
			for (const [key, end] of rest.values) {
				let now = this.now(key, progress) ?? { ...end, o: 0 };
				let to = end;
				// Unseen throughout: it need not move.
				if (!seen(now) && !seen(end)) continue;
				if (!rest.drawn.has(key)) leaving.add(key);
				if (this.fadesInPlace?.(key, now.o, end.o)) {
					// Seen where it is drawn throughout: where it is (leaving) or where it goes.
					if (leaving.has(key)) targets.set(key, (to = { ...now, o: end.o }));
					else now = { ...end, o: now.o };
				}
				if (!sameValues(now, to)) from.set(key, now);
			}
		}
		this.stop();
		this.#to = targets;
		this.#from = from;
		if (from.size) {
			this.#clock = { start: null, ms, onEnd };
			if (start !== null) this.begin(start);
		}
		return { from, leaving, ms: from.size ? ms : 0, start };
	}

	/** Starts the move under way, if it is held at its beginning, from `start` (on the document's timeline). */
	begin(start: number): void {
		const clock = this.#clock;
		if (!clock || clock.start !== null) return;
		clock.start = start;
		clock.end = setTimeout(
			() => {
				if (this.#clock !== clock) return;
				this.stop();
				clock.onEnd();
			},
			Math.max(0, start + clock.ms - timelineNow())
		);
	}
}

/** Keyframes by property, spread evenly over a move. */
export type Frames = Record<string, string[] | number[]>;

/**
 * One element's animation of the properties whose keyframes differ (nothing when none do, or
 * there is no element). Keyframes are spread evenly over the move.
 */
export function animateElement(el: Element | null | undefined, frames: Frames, ms: number): Animation | undefined {
	if (!el) return undefined;
	const changing: Frames = {};
	let any = false;
	for (const p in frames) {
		const v = frames[p]!;
		if (v.every((x) => x === v[0])) continue;
		changing[p] = v;
		any = true;
	}
	return any ? el.animate(changing, { duration: ms, easing: EASE }) : undefined;
}

/** A box's map onto another, per axis: a point p goes to s·p + t. */
export interface Fit {
	sx: number;
	sy: number;
	tx: number;
	ty: number;
}

type Box = Pick<Geom, 'x' | 'y' | 'w' | 'h'>;

function axisFit(from: number, size: number, to: number, toSize: number): [number, number] | undefined {
	if (size !== 0) {
		const s = toSize / size;
		return [s, to - s * from];
	}
	// A flat axis (a vertical rule's width) can be moved along, not stretched.
	return toSize === 0 ? [1, to - from] : undefined;
}

/** The map that carries the box `drawn` onto `g`; undefined if there is none (a flat box cannot grow). */
export function fit(drawn: Box, g: Box): Fit | undefined {
	const x = axisFit(drawn.x, drawn.w, g.x, g.w);
	const y = axisFit(drawn.y, drawn.h, g.y, g.h);
	return x && y ? { sx: x[0], tx: x[1], sy: y[0], ty: y[1] } : undefined;
}

/**
 * Stroked SVG marks keep their stroke's width on screen (LayerCake's ScaledSvg gives every
 * element `vector-effect: non-scaling-stroke`), which makes the browser repaint them each frame
 * of a transform, though not of a fade. A mark with no stroke (these tones) loses nothing
 * without it, and is moved by the compositor; a stroked one that appears or goes only fades.
 */
const FILLED: ReadonlySet<string> = new Set(['mark', 'highlight', 'muted']);

/** Whether a move from opacity `from` to `to` is a stroked mark appearing or going: a fade alone. */
export function fadesOnly(tone: string, from: number, to: number): boolean {
	return !FILLED.has(tone) && (from <= 0.001 || to <= 0.001);
}

/**
 * The keyframes (by property) of a move of an SVG element drawn at `drawn` (a box in the plot's
 * units, as its attributes): `fits` carry it from where it starts to where it ends (none: it
 * fades where it is drawn), and it fades from `from` to `to`. A stroked mark that appears or
 * goes only fades; a mark that no transform can carry there jumps (no keyframes). In an SVG the
 * transform's px are the plot's user units, from its origin.
 */
export function svgFrames(
	fits: readonly [Fit | undefined, Fit | undefined] | undefined,
	from: number,
	to: number,
	tone: string
): Frames {
	if (!fits || fadesOnly(tone, from, to)) return { opacity: [from, to] };
	const [a, b] = fits.map((f) => f && `translate(${f.tx}px, ${f.ty}px) scale(${f.sx}, ${f.sy})`);
	return a && b ? { transform: [a, b], opacity: [from, to] } : {};
}

/** The plot's size in px: what a unit of the scaled SVG (a hundredth of it, each way) is on screen. */
export type PlotSize = { readonly width: number; readonly height: number };

/** A moving rule's stroke as set for its move, and how to put it back (see strokeForMove). */
const movingStrokes = new WeakMap<Element, () => void>();

/**
 * A rule (a horizontal or vertical line, drawn at `drawn`) moved by a transform is drawn for the
 * move without the non-scaling stroke, which keeps the compositor from running it (and a move
 * the browser runs on the main thread makes it restyle every animated element of the page each
 * frame): its stroke's width and dashes are set in the plot's units instead, so that it looks the
 * same. Returns what puts them back, or undefined when they stay (a slanted line, no plot yet).
 */
function strokeForMove(el: SVGElement, drawn: Box, plot: PlotSize): (() => void) | undefined {
	const horizontal = drawn.h === 0;
	if (horizontal === (drawn.w === 0)) return undefined;
	const across = horizontal ? plot.height : plot.width;
	const along = horizontal ? plot.width : plot.height;
	const css = getComputedStyle(el);
	const width = parseFloat(css.strokeWidth);
	if (!(width > 0 && across > 0 && along > 0)) return undefined;
	const style = el.style;
	style.vectorEffect = 'none';
	style.strokeWidth = String((width * 100) / across);
	if (css.strokeDasharray !== 'none') {
		style.strokeDasharray = css.strokeDasharray
			.split(/[\s,]+/)
			.map((dash) => (parseFloat(dash) * 100) / along)
			.join(' ');
	}
	return () => {
		style.vectorEffect = '';
		style.strokeWidth = '';
		style.strokeDasharray = '';
	};
}

/**
 * Plays a move on an SVG element of tone `tone`. A moving element of a filled tone drops the
 * non-scaling stroke; one of a stroked tone gets it back (the same element may draw a stroked
 * mark in a later state), unless it is a rule (`rule`: where it is drawn, and the plot's size)
 * moved by a transform, whose stroke is set in the plot's units until the move ends.
 */
export function playSvg(
	el: Element,
	frames: Frames,
	ms: number,
	tone: string,
	rule?: { drawn: Box; plot: PlotSize }
): Animation | undefined {
	const style = (el as SVGElement).style;
	const filled = FILLED.has(tone);
	movingStrokes.get(el)?.();
	movingStrokes.delete(el);
	if (!filled && style.vectorEffect) style.vectorEffect = '';
	const animation = ms > 0 ? animateElement(el, frames, ms) : undefined;
	if (animation && filled) style.vectorEffect = 'none';
	else if (animation && rule && frames.transform && frames.transform[0] !== frames.transform[1]) {
		const restore = strokeForMove(el as SVGElement, rule.drawn, rule.plot);
		if (restore) {
			movingStrokes.set(el, restore);
			const ended = () => {
				if (movingStrokes.get(el) !== restore) return;
				movingStrokes.delete(el);
				restore();
			};
			animation.finished.then(ended, ended);
		}
	}
	return animation;
}

/**
 * A move of an SVG mark drawn at `drawn` from `from` (none: it stays) to `to`: carried by a
 * transform from the one box to the other, fading between their opacities. `plot`: for a rule,
 * the plot's size, so its stroke can be kept as it is while the compositor moves it.
 */
export function playBox(
	el: Element,
	drawn: Box,
	from: Geom | undefined,
	to: Geom,
	ms: number,
	tone: string,
	plot?: PlotSize
) {
	const frames = svgFrames(from && [fit(drawn, from), fit(drawn, to)], from?.o ?? to.o, to.o, tone);
	return [playSvg(el, frames, ms, tone, plot && { drawn, plot })];
}
