import { untrack } from 'svelte';
import { glidingMarks, Moves, type GlidingMark } from './glide';
import type { Scene, Shape } from './scene';

/**
 * A layer's marks of `shapes` as drawn in the scene's state (glidingMarks), recomputed when the
 * state or the duration changes, never per frame; marks that leave go once their move ends.
 * Call it while a component initialises.
 */
export function gliding(
	scene: () => Pick<Scene, 'meta' | 'geom'>,
	shapes: readonly Shape[],
	duration: () => number
): { readonly marks: GlidingMark[] } {
	const moves = new Moves();
	let before = untrack(scene).geom;
	let ended = $state(0);
	const marks = $derived.by(() => {
		void ended;
		const s = scene();
		const out = glidingMarks(s, before, shapes, moves, duration());
		before = s.geom;
		return out;
	});
	$effect(() => {
		if (!marks.some((m) => m.leaving)) return;
		const timer = setTimeout(() => ended++, untrack(duration));
		return () => clearTimeout(timer);
	});
	return {
		get marks() {
			return marks;
		}
	};
}
