import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { childHeight, frameAttributes, loaderSource, positionMessage } from '../../src/lib/embed/loader';

const LOADER_URL = 'https://graphics.example.org/evaw/embed/loader.js';
const placeholder = (src: string | null, extra: { title?: string; height?: string; linkText?: string } = {}) => ({
	src,
	title: extra.title ?? null,
	height: extra.height ?? null,
	linkText: extra.linkText ?? null
});

describe('loader: child heights', () => {
	it('takes a finite AMP embed-size height, rounded up and clamped', () => {
		expect(childHeight({ sentinel: 'amp', type: 'embed-size', height: 640.2 })).toBe(641);
		expect(childHeight({ sentinel: 'amp', type: 'embed-size', height: 3 })).toBe(100);
		expect(childHeight({ sentinel: 'amp', type: 'embed-size', height: 1e12 })).toBe(40000);
	});

	it('ignores anything else', () => {
		for (const data of [
			null,
			'pymxPYMxidxPYMxheightxPYMx500',
			{ sentinel: 'amp', type: 'embed-size', height: '500' },
			{ sentinel: 'amp', type: 'embed-size', height: Number.NaN },
			{ sentinel: 'amp', type: 'embed-size', height: Infinity },
			{ sentinel: 'amp', type: 'embed-ready' },
			{ message: 'height', value: 500 }
		]) {
			expect(childHeight(data)).toBeNull();
		}
	});
});

describe('loader: frames', () => {
	it('frames our own pages, lazily, titled, sandboxed and without the host’s full address', () => {
		const attributes = frameAttributes(
			placeholder('/evaw/embed/chart/one-a-week/?theme=dark', { title: ' One  woman a week ', height: '720' }),
			LOADER_URL
		);
		expect(attributes).toMatchObject({
			src: 'https://graphics.example.org/evaw/embed/chart/one-a-week/?theme=dark',
			title: 'One woman a week',
			height: '720',
			loading: 'lazy',
			referrerpolicy: 'strict-origin-when-cross-origin'
		});
		expect(attributes?.sandbox?.split(' ').sort()).toEqual(
			[
				'allow-popups',
				'allow-popups-to-escape-sandbox',
				'allow-same-origin',
				'allow-scripts',
				'allow-top-navigation-by-user-activation'
			].sort()
		);
	});

	it('falls back to the link text for a title and a default height for a bad one', () => {
		const attributes = frameAttributes(
			placeholder('https://graphics.example.org/evaw/embed/', { height: 'tall', linkText: 'Read the story' }),
			LOADER_URL
		);
		expect(attributes).toMatchObject({ title: 'Read the story', height: '600' });
	});

	it('refuses to frame anything from another origin or scheme', () => {
		for (const src of [
			null,
			'',
			'https://evil.example/embed/',
			'https://graphics.example.org.evil.example/',
			'http://graphics.example.org/evaw/embed/',
			'javascript:alert(1)',
			'//evil.example/x'
		]) {
			expect(frameAttributes(placeholder(src), LOADER_URL)).toBeNull();
		}
	});

	it('tells a frame where it sits in the viewport', () => {
		expect(positionMessage({ top: -300, bottom: 2000 }, 800)).toEqual({
			sentinel: 'evaw-embed',
			type: 'position',
			viewportHeight: 800,
			top: -300,
			bottom: 2000
		});
	});
});

/** Just enough DOM to run the served script: one placeholder, its frame, the window's listeners. */
function fakeHost() {
	const listeners: Record<string, ((event: unknown) => void)[]> = {};
	const posted: { message: unknown; origin: string }[] = [];
	const childWindow = { postMessage: (message: unknown, origin: string) => posted.push({ message, origin }) };
	const frameAttributesSet: Record<string, string> = {};
	const frameListeners: Record<string, () => void> = {};
	const frameStyle: Record<string, string> = {};
	const frame = {
		isConnected: true,
		style: frameStyle,
		contentWindow: childWindow,
		setAttribute: (name: string, value: string) => (frameAttributesSet[name] = value),
		addEventListener: (type: string, fn: () => void) => (frameListeners[type] = fn),
		getBoundingClientRect: () => ({ top: 120, bottom: 920 })
	};
	const link = { textContent: 'Read the chart' };
	const children: unknown[] = [link];
	const holder = {
		getAttribute: (name: string) =>
			({ 'data-evaw-src': 'https://graphics.example.org/evaw/embed/chart/one-a-week/' })[name] ?? null,
		setAttribute: () => {},
		querySelector: () => link,
		get firstChild() {
			return children[0] ?? null;
		},
		appendChild: (child: unknown) => {
			const at = children.indexOf(child);
			if (at >= 0) children.splice(at, 1);
			children.push(child);
		}
	};
	const fallback = { hidden: false, appendChild: () => children.shift() };
	const context = {
		document: {
			currentScript: { src: LOADER_URL },
			documentElement: {},
			querySelectorAll: () => [holder],
			createElement: (tag: string) => (tag === 'iframe' ? frame : fallback)
		},
		window: {
			innerHeight: 800,
			addEventListener: (type: string, fn: (event: unknown) => void) => (listeners[type] ??= []).push(fn),
			removeEventListener: () => {}
		},
		MutationObserver: class {
			observe() {}
			disconnect() {}
		},
		requestAnimationFrame: (fn: () => void) => (fn(), 1),
		cancelAnimationFrame: () => {},
		URL
	};
	runInNewContext(loaderSource(), context);
	const dispatch = (event: unknown) => listeners.message?.forEach((fn) => fn(event));
	return { frameAttributesSet, frameStyle, frameListeners, fallback, posted, childWindow, dispatch, listeners };
}

describe('loader: the served script', () => {
	it('is self-contained, frames the placeholder and takes heights only from that frame at our origin', () => {
		const host = fakeHost();
		expect(host.frameAttributesSet.src).toBe('https://graphics.example.org/evaw/embed/chart/one-a-week/');
		expect(host.frameAttributesSet.title).toBe('Read the chart');
		// Laid out through the CSSOM, never a style attribute that a host's CSP could block.
		expect(host.frameAttributesSet.style).toBeUndefined();
		expect(host.frameStyle).toEqual({ border: '0', width: '100%', display: 'block' });
		expect(host.fallback.hidden).toBe(false);

		host.frameListeners.load?.();
		expect(host.fallback.hidden).toBe(true);
		expect(host.posted).toContainEqual({
			message: { sentinel: 'amp', type: 'frames-init' },
			origin: 'https://graphics.example.org'
		});
		expect(host.posted.every((p) => p.origin === 'https://graphics.example.org')).toBe(true);

		const height = { sentinel: 'amp', type: 'embed-size', height: 1234 };
		host.dispatch({ origin: 'https://evil.example', source: host.childWindow, data: height });
		host.dispatch({ origin: 'https://graphics.example.org', source: {}, data: height });
		host.dispatch({
			origin: 'https://graphics.example.org',
			source: host.childWindow,
			data: { ...height, height: 'x' }
		});
		expect(host.frameAttributesSet.height).toBe('600');
		host.dispatch({ origin: 'https://graphics.example.org', source: host.childWindow, data: height });
		expect(host.frameAttributesSet.height).toBe('1234');
	});
});
