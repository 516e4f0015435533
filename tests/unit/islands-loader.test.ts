// The inline loader that starts the islands after the first paint (islands-loader.ts) and the
// messages a framed embed holds until EmbedChild listens (the same module), run in a sandbox
// with a stand-in window, document, PerformanceObserver and timers.

import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { islandsLoaderScript, UNDRAWN_START_MS } from '../../src/lib/islands/islands-loader';

interface Options {
	framed?: boolean;
	embedHost?: boolean;
	hidden?: boolean;
	paintEntries?: boolean;
	motionToggle?: boolean;
}

/** Runs the loader script; returns what it did and handles to move time and paint on. */
function runLoader({
	framed = false,
	embedHost = false,
	hidden = false,
	paintEntries = true,
	motionToggle = false
}: Options = {}) {
	const imported: string[] = [];
	const listeners = new Map<string, Set<(event: unknown) => void>>();
	const timers = new Map<number, { callback: () => void; ms: number }>();
	const frames: (() => void)[] = [];
	const observers: { callback: (list: unknown) => void; disconnected: boolean }[] = [];
	let nextTimer = 1;
	const window: Record<string, unknown> = {
		addEventListener: (type: string, listener: (event: unknown) => void) => {
			if (!listeners.has(type)) listeners.set(type, new Set());
			listeners.get(type)!.add(listener);
		},
		removeEventListener: (type: string, listener: (event: unknown) => void) => listeners.get(type)?.delete(listener),
		setTimeout: (callback: () => void, ms = 0) => {
			timers.set(nextTimer, { callback, ms });
			return nextTimer++;
		}
	};
	window.parent = framed ? {} : window;
	class PerformanceObserver {
		static supportedEntryTypes = paintEntries ? ['paint', 'largest-contentful-paint'] : ['resource'];
		record: { callback: (list: unknown) => void; disconnected: boolean };
		constructor(callback: (list: unknown) => void) {
			this.record = { callback, disconnected: false };
			observers.push(this.record);
		}
		observe() {}
		disconnect() {
			this.record.disconnected = true;
		}
	}
	const context = {
		window,
		document: {
			visibilityState: hidden ? 'hidden' : 'visible',
			querySelector: (selector: string) =>
				(embedHost && selector === '[data-island="embed-host"]') ||
				(motionToggle && selector === '[data-island="motion"]')
					? {}
					: null
		},
		PerformanceObserver,
		setTimeout: window.setTimeout,
		clearTimeout: (id: number) => timers.delete(id),
		requestAnimationFrame: (callback: () => void) => frames.push(callback),
		import: (src: string) => {
			imported.push(src);
			return Promise.resolve();
		}
	};
	// The page's `import("…")` is the sandbox's stand-in.
	const script = islandsLoaderScript('/base/_islands/main.js').replace(/\bimport\(/g, 'globalThis.import(');
	runInNewContext(script, context);
	return {
		imported,
		window,
		timers,
		dispatch: (type: string, event: unknown) => listeners.get(type)?.forEach((listener) => listener(event)),
		paint: (name: string) => {
			for (const observer of observers.filter((o) => !o.disconnected)) {
				observer.callback({ getEntriesByName: (wanted: string) => (wanted === name ? [{ name }] : []) });
			}
		},
		/** Runs the timers due within `ms`. */
		runTimers: (ms = Infinity) => [...timers.values()].filter((t) => t.ms <= ms).forEach((t) => t.callback()),
		nextFrame: () => frames.splice(0).forEach((callback) => callback()),
		observers: () => observers
	};
}

describe('the islands loader', () => {
	it('is a script of our own that nothing in it can close, naming the entry literally', () => {
		const script = islandsLoaderScript('/base/_islands/main.js');
		expect(script).not.toContain('<');
		expect(script).toContain('import("/base/_islands/main.js")');
		expect(islandsLoaderScript('/a</script>b')).not.toContain('</script>');
	});

	it('imports the entry once, after the first contentful paint, and stops watching', () => {
		const page = runLoader();
		expect(page.imported).toEqual([]);
		page.paint('first-paint');
		expect(page.imported).toEqual([]);
		page.paint('first-contentful-paint');
		expect(page.imported).toEqual(['/base/_islands/main.js']);
		expect(page.observers().every((o) => o.disconnected)).toBe(true);
		expect(page.timers.size).toBe(0);
		page.runTimers();
		page.paint('first-contentful-paint');
		expect(page.imported).toHaveLength(1);
	});

	it(`in a frame, starts anyway after ${UNDRAWN_START_MS} ms (a frame off screen is not drawn); a page of its own waits for its paint`, () => {
		const framed = runLoader({ framed: true });
		framed.runTimers(UNDRAWN_START_MS - 1);
		expect(framed.imported).toEqual([]);
		framed.runTimers(UNDRAWN_START_MS);
		expect(framed.imported).toEqual(['/base/_islands/main.js']);
		expect(framed.observers().every((o) => o.disconnected)).toBe(true);

		const own = runLoader();
		own.runTimers();
		expect(own.imported).toEqual([]);
		own.paint('first-contentful-paint');
		expect(own.imported).toHaveLength(1);
	});

	it('starts at once in a hidden page, and after the next frame where the browser reports no paints', () => {
		expect(runLoader({ hidden: true }).imported).toHaveLength(1);
		const page = runLoader({ paintEntries: false });
		page.runTimers();
		expect(page.imported).toEqual([]);
		page.nextFrame();
		expect(page.imported).toEqual([]);
		page.runTimers();
		expect(page.imported).toHaveLength(1);
	});
});

describe('an embed’s host messages before it listens', () => {
	it('are held, in order, in a framed embed, until taken; then holding stops', () => {
		const page = runLoader({ framed: true, embedHost: true });
		page.dispatch('message', { data: 'first' });
		page.dispatch('message', { data: 'second' });
		const take = page.window.__evawTakeHeldMessages as () => { data: string }[];
		expect(take().map((event) => event.data)).toEqual(['first', 'second']);
		expect(page.window.__evawTakeHeldMessages).toBeUndefined();
		page.dispatch('message', { data: 'third' });
		expect(take()).toEqual(['first', 'second'].map((data) => ({ data })));
	});

	it('are not held on a page that is not framed, or has no embed host', () => {
		expect(runLoader({ embedHost: true }).window.__evawTakeHeldMessages).toBeUndefined();
		expect(runLoader({ framed: true }).window.__evawTakeHeldMessages).toBeUndefined();
	});
});

describe('taps on the motion toggle before the islands have started', () => {
	/** A click on an element that is (or is inside) `button` while its island is not hydrated, or elsewhere. */
	const click = (button: object | null) => ({
		target: { closest: (selector: string) => (selector.includes(':not([data-hydrated]) button') ? button : null) }
	});

	it('are held, in order, until taken; then holding stops', () => {
		const page = runLoader({ motionToggle: true });
		const toggle = { name: 'toggle' };
		page.dispatch('click', click(toggle));
		page.dispatch('click', click(null));
		page.dispatch('click', click(toggle));
		const take = page.window.__evawTakeEarlyTaps as () => object[];
		expect(take()).toEqual([toggle, toggle]);
		expect(page.window.__evawTakeEarlyTaps).toBeUndefined();
		page.dispatch('click', click(toggle));
		expect(take()).toHaveLength(2);
	});

	it('are not held on a page without the toggle (an embed, a card)', () => {
		expect(runLoader().window.__evawTakeEarlyTaps).toBeUndefined();
	});
});
