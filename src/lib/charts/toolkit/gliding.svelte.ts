import { getContext, untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { fadesOnly, Glide, restOf, type Move, type Rest, type Values } from './glide';
import { isDrawn } from './marks';
import { MoveClock } from './move-clock';
import type { DrawnMark, Geom, Scene } from './scene';

/**
 * The context under which a chart gives its layers its current move (MoveClock): each layer's
 * part of the move is timed from the move's start, whenever the layer makes it.
 */
export const MOVE_CLOCK = Symbol('move clock');
export type CurrentMove = () => MoveClock;

/** One thing's part of a move: its element's animations, from `from` (none: it stays) to `to`. */
export type Animate<V> = (el: Element, from: V | undefined, to: V, ms: number) => (Animation | undefined)[];

export interface Gliding<K, V extends Values> {
	/** The move under way, or the last one. */
	readonly move: Move<K, V>;
	/** Whether a move is under way. */
	readonly running: boolean;
	/** The move's progress, eased (1 when none runs); not reactive. */
	progress(): number;
	/** Whether thing `key` is leaving: the layer draws it, faded out where it goes, till the move ends. */
	leaves(key: K): boolean;
	/** An attachment that plays thing `key`'s part of each move on its element, and stops it when the element goes or the next move starts. */
	attach(key: K, animate: Animate<V>): Attachment;
	/** Times an animation the layer makes itself as part of the current move: it starts with the move's others. */
	time(animation: Animation): void;
}

/**
 * Moves a layer's things between states (call it while the layer initialises; Glide in
 * ./glide.ts says how). When `rest` changes, every thing drawn before or after runs from where
 * it is seen to its new rest over `duration()` (0: it jumps); anything else that reruns this
 * (the duration, or what the getters read, such as the plot's size) stops a move where it is
 * going. Its things' elements are animated once the page has them (`attach`).
 */
export function gliding<K, V extends Values>(
	rest: () => Rest<K, V>,
	duration: () => number,
	fadesInPlace?: (key: K, from: number, to: number) => boolean
): Gliding<K, V> {
	const glide = new Glide<K, V>(fadesInPlace);
	const currentMove = getContext<CurrentMove | undefined>(MOVE_CLOCK);
	let shown = untrack(rest);
	let clock = new MoveClock();
	let forget = () => {};
	let move = $state.raw(glide.move(shown, 0, () => {}));
	/** The last move that ran to its end. */
	let ended: Move<K, V> | undefined = $state.raw();

	// Before the page is updated: what each thing moves from, and what stays drawn while it leaves.
	$effect.pre(() => {
		const next = rest();
		const ms = duration();
		untrack(() => {
			if (next === shown && (move.ms === 0 || ended === move)) return;
			forget();
			clock = currentMove?.() ?? new MoveClock();
			const started: Move<K, V> = glide.move(next, next === shown ? 0 : ms, () => (ended = started), clock.start);
			forget = clock.whenStarted((start) => glide.begin(start));
			shown = next;
			move = started;
		});
	});
	$effect(() => () => {
		forget();
		glide.stop();
	});

	return {
		get move() {
			return move;
		},
		get running() {
			return move.ms > 0 && ended !== move;
		},
		progress: () => glide.progress(),
		leaves: (key) => ended !== move && move.leaving.has(key),
		attach: (key, animate) => (el) => {
			const { from, ms } = move;
			const to = shown.values.get(key);
			return untrack(() => {
				if (ended === move || !to) return;
				const animations = animate(el, from.get(key), to, ms);
				for (const a of animations) if (a) clock.time(a);
				return () => animations.forEach((a) => a?.cancel());
			});
		},
		time: (animation) => clock.time(animation)
	};
}

/**
 * gliding for a layer that draws a scene's marks of `shapes`, keyed by their place in the pool:
 * `marks` are those drawn in the state and those leaving it. Each mark's values are its
 * geometry, or what `values` makes of it. In an SVG layer (`svg`) a stroked mark that appears or
 * goes only fades, where it is drawn (fadesOnly).
 */
export function glidingMarks<V extends Values = Geom>(
	scene: () => Pick<Scene, 'meta' | 'geom'>,
	shapes: readonly string[],
	duration: () => number,
	{
		values = (_, geom) => geom as unknown as V,
		svg = false
	}: { values?: (m: DrawnMark, geom: Geom) => V; svg?: boolean } = {}
): Gliding<number, V> & { readonly marks: DrawnMark[] } {
	const all: DrawnMark[] = $derived.by(() => {
		const { meta, geom } = scene();
		return meta.flatMap((m, i) => {
			const g = geom[i];
			return g && shapes.includes(m.shape) ? [{ ...m, ...g, index: i }] : [];
		});
	});
	const rest = $derived(
		restOf(
			all,
			(m) => m.index,
			(m) => values(m, scene().geom[m.index]!),
			isDrawn
		)
	);
	const layer = gliding(
		() => rest,
		duration,
		svg ? (i, from, to) => fadesOnly(scene().meta[i]!.tone, from, to) : undefined
	);
	const marks = $derived(all.filter((m) => isDrawn(m) || layer.leaves(m.index)));
	return Object.defineProperty(layer, 'marks', { get: () => marks }) as Gliding<number, V> & {
		readonly marks: DrawnMark[];
	};
}
