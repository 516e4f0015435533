// Shared helpers for the end-to-end tests, which run against the BUILT site
// served by scripts/serve.mjs (see playwright.config.ts).

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, type ElementHandle, type Frame, type Locator, type Page } from '@playwright/test';

export { EXIT_URL } from '../story';

/** The base path the site was built for ('' or e.g. '/interactive/evaw'). */
export const BASE_PATH = normaliseBase(process.env.BASE_PATH);

function normaliseBase(base: string | undefined): string {
	const trimmed = (base ?? '').trim().replace(/\/+$/, '');
	if (!trimmed) return '';
	return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** '/sources/' -> '/interactive/evaw/sources/' when the site lives under a base path. */
export function pageUrl(route: string): string {
	return `${BASE_PATH}${route.startsWith('/') ? route : `/${route}`}`;
}

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
export type AxeViolation = AxeResults['violations'][number];

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core against the page's current state and returns the violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return results.violations;
}

/** A readable account of axe violations for a failure message. */
export function formatViolations(violations: AxeViolation[]): string {
	if (violations.length === 0) return 'no accessibility violations';
	const lines = [`${violations.length} accessibility violation(s):`];
	for (const violation of violations) {
		lines.push('', `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}`, `  ${violation.helpUrl}`);
		for (const node of violation.nodes.slice(0, 10)) {
			lines.push(`  - ${node.target.join(' ')}`);
			lines.push(`    ${node.html.replace(/\s+/g, ' ').slice(0, 200)}`);
			if (node.failureSummary) {
				for (const line of node.failureSummary.split('\n')) lines.push(`    ${line.trim()}`);
			}
		}
		if (violation.nodes.length > 10) lines.push(`  ... and ${violation.nodes.length - 10} more`);
	}
	return lines.join('\n');
}

/**
 * Records every request (and WebSocket) the page makes to an origin other than
 * `allowedOrigin`. Attach before navigating; the returned array fills as the page runs.
 */
export function collectForeignRequests(page: Page, allowedOrigin: string): string[] {
	const foreign: string[] = [];
	const check = (url: string) => {
		let parsed: URL;
		try {
			parsed = new URL(url);
		} catch {
			return;
		}
		if (!/^(https?|wss?):$/.test(parsed.protocol)) return; // data:, blob:, about: stay local
		const origin = parsed.origin.replace(/^ws/, 'http');
		if (origin !== allowedOrigin) foreign.push(url);
	};
	page.on('request', (request) => check(request.url()));
	page.on('websocket', (socket) => check(socket.url()));
	return foreign;
}

/**
 * Scrolls to the bottom in steps, two frames apart, so that scroll-triggered and lazy work happens. As in
 * frames(), a frame Chromium does not draw ends its wait after 100 ms: a stall in drawing (seen once in CI, a
 * phone page that drew no frame for two minutes) slows the walk instead of hanging the test.
 */
export async function scrollThrough(page: Page, { maxSteps = 400 } = {}) {
	await page.evaluate(async (maxSteps) => {
		const frame = () =>
			new Promise<void>((resolve) => {
				const drawn = requestAnimationFrame(() => {
					clearTimeout(fallback);
					resolve();
				});
				const fallback = setTimeout(() => {
					cancelAnimationFrame(drawn);
					resolve();
				}, 100);
			});
		for (let step = 0; step < maxSteps; step++) {
			const before = window.scrollY;
			window.scrollBy({ top: Math.max(200, window.innerHeight * 0.75), behavior: 'instant' });
			await frame();
			await frame();
			const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
			if (atBottom && window.scrollY === before) break;
		}
	}, maxSteps);
}

/**
 * Waits for the page (or a frame in it) to draw `count` more frames. Not a sleep: a loaded machine draws frames
 * more slowly, and this waits correspondingly longer. Chromium draws no frames for an iframe it deems out of
 * sight (a cross-origin embed scrolled past, even for a moment), so each frame's wait ends after 100 ms at most.
 */
export async function frames(page: Page | Frame, count = 2): Promise<void> {
	await page.evaluate(
		(count) =>
			new Promise<void>((resolve) => {
				const next = (left: number) => {
					if (left <= 0) return resolve();
					let done = false;
					const drawn = () => {
						if (done) return;
						done = true;
						cancelAnimationFrame(frame);
						clearTimeout(fallback);
						next(left - 1);
					};
					const frame = requestAnimationFrame(drawn);
					const fallback = setTimeout(drawn, 100);
				};
				next(count);
			}),
		count
	);
}

/**
 * Waits until nothing in `element` changes: no DOM mutation for `quietFrames` frames in a row
 * (a tween changes attributes every frame) and no CSS or Web Animation still running in it.
 */
export async function untilStill(element: Locator, quietFrames = 5): Promise<void> {
	await element.evaluate(async (root, quietFrames) => {
		let quiet = 0;
		const observer = new MutationObserver(() => (quiet = 0));
		observer.observe(root, { attributes: true, childList: true, subtree: true, characterData: true });
		try {
			while (quiet < quietFrames) {
				await new Promise((resolve) => requestAnimationFrame(resolve));
				quiet += 1;
				const running = root.getAnimations({ subtree: true });
				if (running.length > 0) {
					await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
					quiet = 0;
				}
			}
		} finally {
			observer.disconnect();
		}
	}, quietFrames);
}

/**
 * Centres each of a chart's steps in turn, in the page, and waits (frame by frame, up to ten
 * seconds) for the chart and its drawing to take that step's state; returns what went wrong.
 */
export async function showSteps(figure: Locator, states: string[]): Promise<string[]> {
	return figure.evaluate(async (root, states) => {
		const problems: string[] = [];
		const drawing = () => root.querySelector('[data-chart-state]');
		for (const state of states) {
			root.querySelector(`li[data-state="${state}"]`)?.scrollIntoView({ block: 'center', behavior: 'instant' });
			const until = performance.now() + 10_000;
			const taken = () =>
				root.getAttribute('data-active-state') === state && drawing()?.getAttribute('data-chart-state') === state;
			while (!taken() && performance.now() < until) await new Promise((resolve) => requestAnimationFrame(resolve));
			if (!taken())
				problems.push(
					`${state}: the chart is in ${root.getAttribute('data-active-state')}, its drawing in ${drawing()?.getAttribute('data-chart-state')}`
				);
		}
		return problems;
	}, states);
}

/** Scrolls a chart's step to the middle of the viewport and waits for the chart to take its state. */
export async function showStep(figure: Locator, state: string): Promise<void> {
	expect(await showSteps(figure, [state]), `${state} shown`).toEqual([]);
}

/**
 * Starts recording every value an element's attribute takes (its current value first);
 * the returned function reads the values recorded so far, repeats left out.
 */
export async function recordAttribute(
	page: Page,
	element: Locator | ElementHandle<Element>,
	name: string
): Promise<() => Promise<string[]>> {
	const key = `${name}-${Math.random().toString(36).slice(2)}`;
	// A locator is resolved once: the recording follows that element, whatever happens to the selector.
	const handle = (
		'elementHandle' in element ? await element.elementHandle() : element
	) as ElementHandle<Element> | null;
	if (!handle) throw new Error(`recordAttribute: no element for ${String(element)}`);
	await handle.evaluate(
		(el: Element, [name, key]: readonly [string, string]) => {
			const values = [el.getAttribute(name) ?? ''];
			new MutationObserver(() => {
				const value = el.getAttribute(name) ?? '';
				if (values.at(-1) !== value) values.push(value);
			}).observe(el, { attributes: true, attributeFilter: [name] });
			const records = ((window as unknown as { attributeRecords?: Record<string, string[]> }).attributeRecords ??= {});
			records[key] = values;
		},
		[name, key] as const
	);
	return async () =>
		page.evaluate(
			(key) => [...((window as unknown as { attributeRecords: Record<string, string[]> }).attributeRecords[key] ?? [])],
			key
		);
}

/**
 * How many marks the matched elements draw: a path of unit squares (the toolkit's Units layer)
 * its `data-count` squares, any other mark one.
 */
export async function markCount(marks: Locator): Promise<number> {
	return marks.evaluateAll((els) =>
		els.reduce((n, el) => n + (el.hasAttribute('data-count') ? Number(el.getAttribute('data-count')) : 1), 0)
	);
}

/**
 * Gives the page `window.unitSquares(el)`: the client rectangles of the squares a path of unit
 * squares draws (each a closed subpath `Mx yh…v…h-…z`, or `m` relative to the one before, mapped through the SVG's transform), or
 * null for any other element. For tests that look at each square, as they would at a `<rect>`.
 */
export async function installUnitSquares(page: Page): Promise<void> {
	await page.evaluate(() => {
		const unitSquares = (el: Element): DOMRect[] | null => {
			if (!(el instanceof SVGPathElement) || !el.hasAttribute('data-count')) return null;
			const matrix = el.getScreenCTM();
			if (!matrix) return [];
			const n = '(-?[\\d.]+(?:e-?\\d+)?)';
			const subpath = new RegExp(`([Mm])${n} ${n}h${n}v${n}h-${n}z`, 'g');
			// Each corner is absolute (M) or relative to the one before (m), as the browser reads it.
			let [cx, cy] = [0, 0];
			return [...(el.getAttribute('d') ?? '').matchAll(subpath)].map((m) => {
				const [mx, my, w, h] = [m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number];
				[cx, cy] = m[1] === 'M' ? [mx, my] : [cx + mx, cy + my];
				const [x, y] = [cx, cy];
				const a = new DOMPoint(x, y).matrixTransform(matrix);
				const b = new DOMPoint(x + w, y + h).matrixTransform(matrix);
				return new DOMRect(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x), Math.abs(b.y - a.y));
			});
		};
		(window as unknown as { unitSquares: typeof unitSquares }).unitSquares = unitSquares;
	});
}

/** The same count in server-rendered HTML: the marks of one kind (data-mark) in `html`. */
export function htmlMarkCount(html: string, kind: string): number {
	const tags = html.match(new RegExp(`<[a-z]+\\b[^>]*\\bdata-mark="${kind}"[^>]*>`, 'g')) ?? [];
	return tags.reduce((n, tag) => n + Number(/\bdata-count="(\d+)"/.exec(tag)?.[1] ?? 1), 0);
}

/** Waits until the page has loaded, its scripts have run and the network is quiet. */
export async function settle(page: Page) {
	await page.waitForLoadState('load');
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The exit destination does not exist offline: answer it with a stub page. */
export async function stubExitSite(page: Page) {
	await page.route('https://www.bbc.co.uk/**', (route) =>
		route.fulfill({
			status: 200,
			contentType: 'text/html; charset=utf-8',
			body: '<!doctype html><html lang="en-GB"><title>BBC Weather (stub)</title><h1>Weather</h1></html>'
		})
	);
}

/**
 * Serves one HTML page from a second, throwaway server, addressed as
 * http://localhost:<port>/ so that it is a different origin (and site) from the
 * test server at http://127.0.0.1. It has to be a real loopback server: Chromium's
 * Local Network Access checks block a page fulfilled by page.route() on a made-up
 * origin from framing a 127.0.0.1 URL.
 */
export async function serveHostPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
	const server = createServer((_request, response) => {
		response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
		response.end(html);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://localhost:${port}/`,
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			})
	};
}
