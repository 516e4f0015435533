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

/** A move's keyframes: cubicInOut (the charts' easing, as tweenTo's) sampled, linear between. */
const STEPS = 24;

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
	return Array.from({ length: STEPS + 1 }, (_, i) => {
		const e = cubicInOut(i / STEPS);
		const frame: Keyframe = {};
		if (fits) {
			const [a, b] = fits;
			frame.transform = `translate(${lerp(a.tx, b.tx, e)}px, ${lerp(a.ty, b.ty, e)}px) scale(${lerp(a.sx, b.sx, e)}, ${lerp(a.sy, b.sy, e)})`;
		}
		if (from !== to) frame.opacity = lerp(from, to, e);
		return frame;
	});
}

/**
 * The keyframes of a move of an element drawn at `drawn` (a box in the plot's units, as its
 * attributes) from `from` to `to`; undefined when nothing changes, or when the element cannot be
 * carried there by a transform (then it jumps).
 */
export function glideFrames(drawn: Box, from: Geom, to: Geom): Keyframe[] | undefined {
	const moves = !sameBox(from, to);
	if (!moves && from.o === to.o) return undefined;
	if (!moves) return keyframes(undefined, from.o, to.o);
	const a = fit(drawn, from);
	const b = fit(drawn, to);
	return a && b ? keyframes([a, b], from.o, to.o) : undefined;
}

/**
 * Stroked SVG marks keep their stroke's width on screen (LayerCake's ScaledSvg gives every
 * element `vector-effect: non-scaling-stroke`), which makes the browser redraw them each frame
 * of a transform. A mark with no stroke (these tones) loses nothing without it, and is moved by
 * the compositor.
 */
const FILLED: ReadonlySet<string> = new Set(['mark', 'highlight', 'muted']);

/** Plays a move's keyframes on an element; the animation ends by itself or when cancelled. */
export function play(el: Element, frames: Keyframe[], ms: number, tone: string): Animation {
	if (FILLED.has(tone) && el instanceof SVGElement) el.style.vectorEffect = 'none';
	return el.animate(frames, { duration: ms });
}

/**
 * An attachment that moves an element drawn at `drawn` from `from` to `to` over `ms` (nothing
 * with `ms` 0: the element jumps), and stops the move when the element goes or the next move
 * replaces it.
 */
export function glide(drawn: Box, from: Geom, to: Geom, ms: number, tone: string): Attachment {
	return (el) => {
		const frames = ms > 0 ? glideFrames(drawn, from, to) : undefined;
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
	return Array.from({ length: STEPS + 1 }, (_, i) => {
		const e = cubicInOut(i / STEPS);
		const frame: Keyframe = {};
		if (moves) {
			frame.left = `${lerp(from.x, to.x, e)}%`;
			frame.top = `${lerp(from.y, to.y, e)}%`;
		}
		if (from.o !== to.o) frame.opacity = lerp(from.o, to.o, e);
		return frame;
	});
}

/** glide for an HTML mark (Marks.html). */
export function glideHtml(from: Geom, to: Geom, ms: number): Attachment {
	return (el) => {
		const frames = ms > 0 ? htmlFrames(from, to) : undefined;
		if (!frames) return;
		const animation = el.animate(frames, { duration: ms });
		return () => animation.cancel();
	};
}

/** leave for an HTML mark (Marks.html). */
export function leaveHtml(_el: Element, { from, to, ms }: { from: Geom; to: Geom; ms: number }) {
	return {
		duration: ms,
		easing: cubicInOut,
		css: (t: number) => {
			const u = 1 - t;
			return `left: ${lerp(from.x, to.x, u)}%; top: ${lerp(from.y, to.y, u)}%; opacity: ${lerp(from.o, to.o, u)}`;
		}
	};
}

/**
 * Svelte `out:` transition for a mark that leaves (hidden in the next state): from where it is
 * seen to its hidden place, fading out, then gone. Svelte runs it as a Web Animation too.
 */
export function leave(
	el: Element,
	{ drawn, from, to, ms, tone }: { drawn: Box; from: Geom; to: Geom; ms: number; tone: string }
) {
	const a = fit(drawn, from);
	const b = fit(drawn, to) ?? a;
	if (FILLED.has(tone) && el instanceof SVGElement) el.style.vectorEffect = 'none';
	return {
		duration: ms,
		easing: cubicInOut,
		// Svelte runs an outro from t = 1 (here) to t = 0 (gone).
		css: (t: number) => {
			const u = 1 - t;
			const move =
				a && b && !sameBox(from, to)
					? `transform: translate(${lerp(a.tx, b.tx, u)}px, ${lerp(a.ty, b.ty, u)}px) scale(${lerp(a.sx, b.sx, u)}, ${lerp(a.sy, b.sy, u)});`
					: '';
			return `${move} opacity: ${lerp(from.o, to.o, u)}`;
		}
	};
}

/**
 * Each mark's move under way, by its place in the pool, so that a new state starts every mark
 * from where it is seen (mid-move too). Times from performance.now(), eased as the keyframes.
 */
export class Moves {
	#moves = new Map<number, { from: Geom; to: Geom; start: number; ms: number }>();

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

	/** Mark `i` starts to move. */
	start(i: number, from: Geom, to: Geom, ms: number): void {
		if (ms > 0) this.#moves.set(i, { from, to, start: performance.now(), ms });
		else this.#moves.delete(i);
	}
}

/** A mark as a layer draws it in a state (at its target), with where its move starts. */
export type GlidingMark = DrawnMark & { from: Geom };

/**
 * A layer's marks (those of `shapes`) as drawn in a state: each at its target, starting from
 * where it is seen (`before`: every mark's target in the last state, where one not drawn waits);
 * marks hidden in the state and not seen are left out. Records each move in `moves`.
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
		if (!isDrawn(mark)) return;
		const from = moves.at(i, before[i] ?? g);
		moves.start(i, from, g, ms);
		out.push({ ...mark, from });
	});
	return out;
}
