/**
 * Work the reader does not wait for, run when the main thread is idle: each callback is a task
 * of its own, so that several of them never add up to one long task in the middle of a frame the
 * reader is scrolling. A browser without requestIdleCallback runs it in the next task.
 */

/** The longest a callback waits for an idle moment: it still runs, as a short task, on a busy page. */
const IDLE_TIMEOUT_MS = 500;

/** Runs `callback` in an idle moment; the function returned cancels it if it has not run. */
export function onIdle(callback: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(() => callback(), { timeout: IDLE_TIMEOUT_MS });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(callback, 0);
	return () => clearTimeout(id);
}

/** Resolves in an idle moment (see onIdle). */
export function idle(): Promise<void> {
	return new Promise((resolve) => void onIdle(resolve));
}

/**
 * Resolves in a task of its own, soon (not waiting for an idle moment): work the reader is about to
 * use, split so that no piece of it is a long task. `scheduler.yield()` where there is one, which
 * puts the rest ahead of other tasks.
 */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => void setTimeout(resolve, 0));
}
