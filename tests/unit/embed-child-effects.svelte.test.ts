// EmbedChild started from an effect, as EmbedHost starts it, beside a chart island that follows
// the host's scroll: a .svelte.test.ts file, so the test can run effects as the islands do.

import { flushSync } from 'svelte';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { EmbedChild } from '../../src/lib/embed/child.svelte';

let messageListeners: ((event: MessageEvent) => void)[];
const parent = { postMessage: () => {} };
const position = (top: number) =>
	({
		source: parent,
		data: { sentinel: 'evaw-embed', type: 'position', viewportHeight: 800, top, bottom: top + 3000 }
	}) as unknown as MessageEvent;

beforeEach(() => {
	messageListeners = [];
	let held: MessageEvent[] | null = [position(120)];
	Object.assign(globalThis, {
		window: {
			parent,
			location: { search: '', hash: '' },
			addEventListener: (type: string, listener: (event: MessageEvent) => void) => {
				if (type === 'message') messageListeners.push(listener);
			},
			removeEventListener: (type: string, listener: (event: MessageEvent) => void) => {
				if (type === 'message') messageListeners = messageListeners.filter((l) => l !== listener);
			},
			// What the host said before the islands script loaded (islands-loader.ts holds it).
			__evawTakeHeldMessages: () => {
				const taken = held ?? [];
				held = null;
				return taken;
			}
		},
		document: { documentElement: { getBoundingClientRect: () => ({ height: 900 }) } },
		ResizeObserver: class {
			observe(): void {}
			disconnect(): void {}
		},
		requestAnimationFrame: () => 1,
		cancelAnimationFrame: () => {}
	});
});

afterEach(() => {
	for (const key of ['window', 'document', 'ResizeObserver', 'requestAnimationFrame', 'cancelAnimationFrame'])
		Reflect.deleteProperty(globalThis, key);
});

it('keeps a chart’s subscription when the host spoke before the islands loaded and both start in one flush', () => {
	const child = new EmbedChild();
	const tops: number[] = [];
	const cleanup = $effect.root(() => {
		// EmbedHost's effect, then a chart island's, hydrated in the same task.
		$effect(() => child.start());
		$effect(() => {
			if (!child.hostScrolls) return;
			return child.onPosition((p) => tops.push(p.top));
		});
	});
	flushSync();
	expect(tops).toEqual([120]);
	expect(messageListeners).toHaveLength(1);
	for (const listener of messageListeners) listener(position(-400));
	expect(tops).toEqual([120, -400]);
	cleanup();
	expect(messageListeners).toHaveLength(0);
});
