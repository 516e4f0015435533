import { flushSync, untrack } from 'svelte';

/**
 * Calls `callback` once `frames` frames have been drawn, in a task after the last: work that
 * would make one frame too long, spread over several. A frame that does not come (a hidden page
 * draws none) is waited for `FRAME_TIMEOUT_MS` at most. The function returned cancels it.
 */
export function afterFrames(frames: number, callback: () => void): () => void {
	let raf = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let task: ReturnType<typeof setTimeout> | undefined;
	const wait = (left: number) => {
		const drawn = () => {
			cancelAnimationFrame(raf);
			clearTimeout(timer);
			task = setTimeout(() => (left > 1 ? wait(left - 1) : callback()), 0);
		};
		raf = requestAnimationFrame(drawn);
		timer = setTimeout(drawn, FRAME_TIMEOUT_MS);
	};
	wait(frames);
	return () => {
		cancelAnimationFrame(raf);
		clearTimeout(timer);
		clearTimeout(task);
	};
}

/** How long afterFrames waits for a frame before going on without one. */
export const FRAME_TIMEOUT_MS = 100;

/**
 * `source()`, `frames()` frames late (afterFrames; 0: at once): a layer given it updates after the
 * others have been drawn. A value overtaken before its turn is never shown. `applied` is called
 * with each value once it is current and the page shows it (the layer's effects have run). Call
 * it while a component initialises.
 */
export function lagging<T>(
	source: () => T,
	frames: () => number,
	applied?: (value: T) => void
): { readonly current: T } {
	let late = $state.raw(untrack(source));
	const current = $derived(frames() > 0 ? late : source());
	let cancel: (() => void) | undefined;
	$effect.pre(() => {
		const next = source();
		const wait = frames();
		untrack(() => {
			cancel?.();
			cancel = undefined;
			if (wait <= 0) {
				late = next;
				applied?.(next);
			} else
				cancel = afterFrames(wait, () => {
					cancel = undefined;
					flushSync(() => (late = next));
					applied?.(next);
				});
		});
	});
	$effect(() => () => cancel?.());
	return {
		get current() {
			return current;
		}
	};
}
