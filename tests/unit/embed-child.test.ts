// The embed's side of the conversation with its host (src/lib/embed/child.svelte.ts), with a
// stand-in window and document: what it says, and when.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbedChild } from '../../src/lib/embed/child.svelte';

let posted: unknown[];

beforeEach(() => {
	posted = [];
	const parent = { postMessage: (message: unknown) => posted.push(message) };
	Object.assign(globalThis, {
		window: {
			parent,
			location: { search: '?initialWidth=960&childId=pym-holder', hash: '' },
			addEventListener: () => {},
			removeEventListener: () => {}
		},
		document: { documentElement: { getBoundingClientRect: () => ({ height: 1150.5 }) } },
		ResizeObserver: class {
			observe(): void {}
			disconnect(): void {}
		},
		requestAnimationFrame: (callback: FrameRequestCallback) => {
			callback(0);
			return 1;
		},
		cancelAnimationFrame: () => {}
	});
});

// Node has none of these: they go again.
afterEach(() => {
	for (const key of ['window', 'document', 'ResizeObserver', 'requestAnimationFrame', 'cancelAnimationFrame'])
		Reflect.deleteProperty(globalThis, key);
});

describe('EmbedChild', () => {
	it('says nothing before it starts, so a chart hydrated first does not spend the first height', () => {
		const child = new EmbedChild();
		child.heightMayHaveChanged();
		expect(posted).toEqual([]);
		const stop = child.start();
		expect(posted[0]).toBe('pymxPYMxpym-holderxPYMxheightxPYMx1151');
		expect(posted).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: 1151 });
		stop();
	});

	it('tells a height once, and again when it changes', () => {
		const child = new EmbedChild();
		const stop = child.start();
		const heights = () => posted.filter((m) => typeof m === 'string');
		expect(heights()).toHaveLength(1);
		child.heightMayHaveChanged();
		expect(heights()).toHaveLength(1);
		Object.assign(globalThis.document.documentElement, { getBoundingClientRect: () => ({ height: 900 }) });
		child.heightMayHaveChanged();
		expect(heights()).toEqual(['pymxPYMxpym-holderxPYMxheightxPYMx1151', 'pymxPYMxpym-holderxPYMxheightxPYMx900']);
		stop();
		child.heightMayHaveChanged();
		expect(heights()).toHaveLength(2);
	});
});
