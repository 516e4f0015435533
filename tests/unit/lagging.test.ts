// afterFrames (src/lib/charts/toolkit/lagging.svelte.ts): how a layer of a chart takes a new
// scene a few frames after the others, so that no one frame restyles the whole chart.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFrames, FRAME_TIMEOUT_MS } from '../../src/lib/charts/toolkit/lagging.svelte';

/** Frames drawn by hand: requestAnimationFrame callbacks wait until `drawFrame`. */
let frameCallbacks: Map<number, FrameRequestCallback>;
let nextId: number;
function drawFrame() {
	const due = [...frameCallbacks.values()];
	frameCallbacks.clear();
	for (const callback of due) callback(performance.now());
}

describe('afterFrames', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
		frameCallbacks = new Map();
		nextId = 1;
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
			frameCallbacks.set(nextId, callback);
			return nextId++;
		});
		vi.stubGlobal('cancelAnimationFrame', (id: number) => frameCallbacks.delete(id));
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('runs in a task after the last of its frames, not inside one', () => {
		const callback = vi.fn();
		afterFrames(2, callback);
		drawFrame();
		vi.advanceTimersByTime(0);
		expect(callback).not.toHaveBeenCalled();
		drawFrame();
		// Drawn, but the callback waits for a task of its own.
		expect(callback).not.toHaveBeenCalled();
		vi.advanceTimersByTime(0);
		expect(callback).toHaveBeenCalledTimes(1);
		// Nothing left behind.
		drawFrame();
		vi.advanceTimersByTime(FRAME_TIMEOUT_MS * 3);
		expect(callback).toHaveBeenCalledTimes(1);
	});

	it('goes on without a frame that does not come (a hidden page)', () => {
		const callback = vi.fn();
		afterFrames(2, callback);
		// Two frames' waits, each given up on after FRAME_TIMEOUT_MS.
		vi.advanceTimersByTime(FRAME_TIMEOUT_MS * 2 - 10);
		expect(callback).not.toHaveBeenCalled();
		vi.advanceTimersByTime(FRAME_TIMEOUT_MS);
		expect(callback).toHaveBeenCalledTimes(1);
		expect(frameCallbacks.size).toBe(0);
	});

	it('does nothing once cancelled, at any point of its wait', () => {
		const early = vi.fn();
		afterFrames(1, early)();
		const late = vi.fn();
		const cancelLate = afterFrames(1, late);
		drawFrame();
		cancelLate();
		drawFrame();
		vi.advanceTimersByTime(FRAME_TIMEOUT_MS * 3);
		expect(early).not.toHaveBeenCalled();
		expect(late).not.toHaveBeenCalled();
	});
});
