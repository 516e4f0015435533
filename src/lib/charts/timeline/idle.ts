/**
 * Runs `tasks` one at a time when the browser is idle (after the page has settled), so that
 * a chart's later states are laid out before the reader scrolls to them. Returns a cancel
 * function. Browsers without requestIdleCallback get short timeouts instead.
 */
export function whenIdle(tasks: readonly (() => void)[]): () => void {
	let cancelled = false;
	let handle: number | undefined;
	const hasIdle = typeof window !== 'undefined' && 'requestIdleCallback' in window;
	const schedule = (fn: () => void) => {
		handle = hasIdle ? window.requestIdleCallback(fn, { timeout: 4000 }) : window.setTimeout(fn, 200);
	};
	let next = 0;
	const run = () => {
		if (cancelled) return;
		tasks[next++]?.();
		if (next < tasks.length) schedule(run);
	};
	schedule(run);
	return () => {
		cancelled = true;
		if (handle === undefined) return;
		if (hasIdle) window.cancelIdleCallback(handle);
		else window.clearTimeout(handle);
	};
}
