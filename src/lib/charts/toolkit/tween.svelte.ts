import { Tween } from 'svelte/motion';
import { cubicInOut } from 'svelte/easing';

/**
 * A move's progress from 0 to 1, eased by cubicInOut (glide.ts's EASE is its CSS form), for a
 * layer that redraws some marks itself from the progress (Units: the paths whose squares each
 * move their own way, rewritten per frame rather than a tween per square). The duration comes
 * from the `motion` module: 0 under reduced motion or with the motion toggle off, so it jumps.
 */
export function progressTween(): Tween<number> {
	return new Tween(1, { easing: cubicInOut });
}
