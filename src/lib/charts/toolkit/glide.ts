import type { Attachment } from 'svelte/attachments';
import { cubicInOut } from 'svelte/easing';
import { isDrawn } from './marks';
import type { DrawnMark, Geom, Scene, Shape } from './scene';

/**
 * Marks that move between states by Web Animations the browser runs itself, computed once per
 * move: an element is drawn where it ends (its attributes), and a transform (scale and shift)
 * carries it from where it was seen to there, with its opacity. Transform and opacity are all
 * the browser needs to redo each frame, which it can do off the main thread: no script, style,
 * layout or paint per frame, where writing the marks' attributes per frame needs all four.
 */

/**
 * The charts' easing (cubicInOut, as progressTween's) as CSS: a move is two keyframes and this, which
 * the browser interpolates itself. (The curves differ by under 2% of a move at most: where a
 * move that is cut short is taken to be, by cubicInOut, is that near what is on screen.)
 */
export const EASE = 'cubic-bezier(0.65, 0, 0.35, 1)';

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

const sameBox = (a: Box, b: Box) => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/**
 * The keyframes that carry an element drawn at `drawn` from `from` to `to` (their boxes by
 * `fits[0]` and `fits[1]`, maps of `drawn`), fading from `from.o` to `to.o`; only the
 * properties that change. In an SVG the transform's px are the plot's user units, from its origin.
 */
export function keyframes(fits: readonly [Fit, Fit] | undefined, from: number, to: number): Keyframe[] {
	return ([0, 1] as const).map((end) => {
		const frame: Keyframe = {};
		const f = fits?.[end];
		if (f) frame.transform = `translate(${f.tx}px, ${f.ty}px) scale(${f.sx}, ${f.sy})`;
		if (from !== to) frame.opacity = end ? to : from;
		return frame;
	});
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
 * The keyframes of a move of an element drawn at `drawn` (a box in the plot's units, as its
 * attributes) from `from` to `to`; undefined when nothing changes, or when the element cannot be
 * carried there by a transform (then it jumps). A stroked mark that appears or goes only fades,
 * where it is drawn.
 */
export function glideFrames(drawn: Box, from: Geom, to: Geom, tone: string): Keyframe[] | undefined {
	const moves = !sameBox(from, to) && !fadesOnly(tone, from.o, to.o);
	if (!moves && from.o === to.o) return undefined;
	if (!moves) return keyframes(undefined, from.o, to.o);
	const a = fit(drawn, from);
	const b = fit(drawn, to);
	return a && b ? keyframes([a, b], from.o, to.o) : undefined;
}

/** Plays a move's keyframes on an element; the animation ends by itself or when cancelled. */
export function play(el: Element, frames: Keyframe[], ms: number, tone: string): Animation {
	if (FILLED.has(tone) && el instanceof SVGElement) el.style.vectorEffect = 'none';
	return el.animate(frames, { duration: ms, easing: EASE });
}

/**
 * An element play() took the stroke setting from keeps it only while its tone has no stroke:
 * the same element may draw a stroked mark in a later state (a path of squares that changes look).
 */
export function keepStroke(el: Element, tone: string): void {
	if (!FILLED.has(tone) && el instanceof SVGElement && el.style.vectorEffect) el.style.vectorEffect = '';
}

/**
 * An attachment that moves an element drawn at `drawn` from `from` to `to` over `ms` (nothing
 * with `ms` 0: the element jumps), and stops the move when the element goes or the next move
 * replaces it.
 */
export function glide(drawn: Box, from: Geom, to: Geom, ms: number, tone: string): Attachment {
	return (el) => {
		keepStroke(el, tone);
		const frames = ms > 0 ? glideFrames(drawn, from, to, tone) : undefined;
		if (!frames) return;
		const animation = play(el, frames, ms, tone);
		return () => animation.cancel();
	};
}

/**
 * The keyframes of a move of an HTML mark, placed by its left and top in percent of the plot
 * (its transform centres it): those and its opacity, as they change. Left and top are laid out
 * on the main thread each frame, but by the browser alone; only opacity fades stay off it.
 */
function htmlFrames(from: Geom, to: Geom): Keyframe[] | undefined {
	const moves = from.x !== to.x || from.y !== to.y;
	if (!moves && from.o === to.o) return undefined;
	return [from, to].map((g) => {
		const frame: Keyframe = {};
		if (moves) {
			frame.left = `${g.x}%`;
			frame.top = `${g.y}%`;
		}
		if (from.o !== to.o) frame.opacity = g.o;
		return frame;
	});
}

/** glide for an HTML mark (Marks.html). */
export function glideHtml(from: Geom, to: Geom, ms: number): Attachment {
	return (el) => {
		const frames = ms > 0 ? htmlFrames(from, to) : undefined;
		if (!frames) return;
		const animation = el.animate(frames, { duration: ms, easing: EASE });
		return () => animation.cancel();
	};
}

/**
 * Each mark's move under way, by its place in the pool, so that a new state starts every mark
 * from where it is seen (mid-move too), and a mark that leaves is drawn where its element is.
 * Times from performance.now(), eased by cubicInOut (near EASE).
 */
export class Moves {
	#moves = new Map<number, { from: Geom; to: Geom; drawn: Box; start: number; ms: number }>();

	/** Where mark `i` is seen now: on its way, or else `rest`. */
	at(i: number, rest: Geom): Geom {
		const m = this.#moves.get(i);
		if (!m) return rest;
		const p = m.ms > 0 ? (performance.now() - m.start) / m.ms : 1;
		if (p >= 1) {
			this.#moves.delete(i);
			return rest;
		}
		const e = cubicInOut(Math.max(0, p));
		const { from, to } = m;
		return {
			x: lerp(from.x, to.x, e),
			y: lerp(from.y, to.y, e),
			w: lerp(from.w, to.w, e),
			h: lerp(from.h, to.h, e),
			o: lerp(from.o, to.o, e)
		};
	}

	/** The box mark `i`'s element draws while it moves, if it moves. */
	drawn(i: number): Box | undefined {
		return this.#moves.get(i)?.drawn;
	}

	/** Mark `i`, drawn at `drawn`, starts to move. */
	start(i: number, from: Geom, to: Geom, drawn: Box, ms: number): void {
		if (ms > 0) this.#moves.set(i, { from, to, drawn, start: performance.now(), ms });
		else this.#moves.delete(i);
	}
}

/**
 * A mark as a layer draws it in a state: its look and target (as DrawnMark), the box its
 * element draws (the target, or for a mark that leaves, where it was), where its move starts,
 * and whether it leaves (hidden in the state, it fades out and then goes).
 */
export type GlidingMark = DrawnMark & { drawn: Box; from: Geom; leaving: boolean };

/**
 * A layer's marks (those of `shapes`) as drawn in a state, each starting from where it is seen
 * (`before`: every mark's target in the last state, where one not drawn waits). A mark hidden
 * in the state stays while it is seen and the move has a duration, to fade out where it goes;
 * otherwise it is left out. Records each move in `moves`.
 */
export function glidingMarks(
	scene: Pick<Scene, 'meta' | 'geom'>,
	before: readonly Geom[],
	shapes: readonly Shape[],
	moves: Moves,
	ms: number
): GlidingMark[] {
	const out: GlidingMark[] = [];
	scene.meta.forEach((m, i) => {
		const g = scene.geom[i];
		if (!g || !shapes.includes(m.shape)) return;
		const mark = { ...m, ...g, index: i };
		const was = before[i] ?? g;
		const drawnBefore = moves.drawn(i) ?? was;
		const from = moves.at(i, was);
		if (isDrawn(mark)) {
			moves.start(i, from, g, g, ms);
			out.push({ ...mark, drawn: g, from, leaving: false });
		} else if (ms > 0 && from.o > 0.001) {
			moves.start(i, from, g, drawnBefore, ms);
			out.push({ ...mark, drawn: drawnBefore, from, leaving: true });
		}
	});
	return out;
}
