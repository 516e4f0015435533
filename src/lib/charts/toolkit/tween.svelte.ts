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
export function tweenTo<T>(target: () => T, duration: () => number): { readonly current: T } {
	const tween = new Tween<T>(untrack(target), { interpolate: interpolateFresh, easing: cubicInOut });
	// Runs when the target (the state) or the duration changes, never per animation frame:
	// the set must not depend on the tween's own current value.
	$effect(() => {
		const next = target();
		const ms = duration();
		// Nothing of it moves (a new state may change only what other layers move): no frames run.
		untrack(() => void tween.set(next, { duration: JSON.stringify(tween.current) === JSON.stringify(next) ? 0 : ms }));
	});
	return tween;
}

/**
 * A move's progress from 0 to 1, eased as tweenTo's, for a layer that redraws its marks itself
 * from the progress (Units: a few paths rewritten per frame rather than a tween per square).
 */
export function progressTween(): Tween<number> {
	return new Tween(1, { easing: cubicInOut });
}
