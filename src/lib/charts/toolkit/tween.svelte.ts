import { untrack } from 'svelte';
import { Tween } from 'svelte/motion';
import { cubicInOut } from 'svelte/easing';
import { interpolateFresh } from '../interpolate';

/**
 * The one tween set-up every chart uses: a single Svelte `Tween` (one requestAnimationFrame
 * loop per chart, never per mark) that moves the chart's numbers from one state's values to
 * the next's over `duration()` ms. The duration comes from the `motion` module: 0 under
 * reduced motion or with the motion toggle off, so the chart jumps. Charts draw in percent,
 * so a resize changes nothing here and never animates.
 *
 * Call it while a component initialises. It starts at the first target, so the server
 * render is already the right picture.
 */
export function tweenTo<T>(target: () => T, duration: () => number): { readonly current: T; readonly target: T } {
	const tween = new Tween<T>(untrack(target), { interpolate: interpolateFresh, easing: cubicInOut });
	// Runs when the target (the state) or the duration changes, never per animation frame:
	// the set must not depend on the tween's own current value. A target with the same numbers
	// as the last one is no move (a chart whose marks all move themselves tweens nothing here).
	$effect(() => {
		const next = target();
		const ms = duration();
		untrack(() => {
			if (sameValues(next, tween.target)) {
				// Motion turned off mid-move: finish it at once.
				if (ms === 0 && tween.current !== tween.target) void tween.set(tween.target, { duration: 0 });
				return;
			}
			void tween.set(next, { duration: ms });
		});
	});
	return tween;
}

/** Whether two values (numbers, arrays and plain objects of them) hold the same numbers. */
function sameValues(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a);
	if (ka.length !== Object.keys(b).length) return false;
	return ka.every((k) => sameValues((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * A move's progress from 0 to 1, eased as tweenTo's, for a layer that redraws its marks itself
 * from the progress (Units: a few paths rewritten per frame rather than a tween per square).
 */
export function progressTween(): Tween<number> {
	return new Tween(1, { easing: cubicInOut });
}
