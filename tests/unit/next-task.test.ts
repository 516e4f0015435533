// nextTask (src/lib/islands/idle.ts): the islands loader splits a control's or a chart card's
// hydration into tasks with it, so it must resolve in a task of its own, never in the caller's.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from '../../src/lib/islands/idle';

describe('nextTask', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('resolves in a later task, after the microtasks already queued', async () => {
		const seen: string[] = [];
		const done = nextTask().then(() => seen.push('next task'));
		queueMicrotask(() => seen.push('microtask'));
		void Promise.resolve().then(() => seen.push('promise'));
		await done;
		expect(seen).toEqual(['microtask', 'promise', 'next task']);
	});

	it('uses scheduler.yield() where the browser has it', async () => {
		const yieldToMain = vi.fn(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
		vi.stubGlobal('scheduler', { yield: yieldToMain });
		await nextTask();
		expect(yieldToMain).toHaveBeenCalledTimes(1);
	});
});
