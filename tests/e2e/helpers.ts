// Shared helpers for the end-to-end tests, which run against the BUILT site
// served by scripts/serve.mjs (see playwright.config.ts).

import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where the built site is (same default and env var as scripts/serve.mjs). */
export const BUILD_DIR = path.resolve(ROOT, process.env.BUILD_DIR ?? 'build');

/** The base path the site was built for ('' or e.g. '/interactive/evaw'). */
export const BASE_PATH = normaliseBase(process.env.BASE_PATH);

/** Where the "Exit this page" control sends people. */
export const EXIT_URL = 'https://www.bbc.co.uk/weather';

/** Routes the site must have, as paths relative to the base path. */
export const EXPECTED_PAGES = [
	'/',
	'/measures/increased-police-presence/',
	'/measures/streetsafe/',
	'/measures/walk-and-talk/',
	'/measures/safe-connection/',
	'/measures/migrant-women/',
	'/sources/'
];

/** Folders of the build whose pages are not full site pages (they are checked elsewhere). */
const EXCLUDED_DIRS = new Set(['_app', 'embed']);

function normaliseBase(base: string | undefined): string {
	const trimmed = (base ?? '').trim().replace(/\/+$/, '');
	if (!trimmed) return '';
	return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** '/sources/' -> '/interactive/evaw/sources/' when the site lives under a base path. */
export function pageUrl(route: string): string {
	return `${BASE_PATH}${route.startsWith('/') ? route : `/${route}`}`;
}

/**
 * Every prerendered page in the build, as routes ('/', '/sources/', ...): one per
 * index.html, except those under /embed/ and /_app/. Empty when there is no build.
 */
export function builtPages(dir = BUILD_DIR): string[] {
	if (!existsSync(dir)) return [];
	const routes: string[] = [];
	const walk = (folder: string, route: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.isDirectory()) {
				if (route === '/' && EXCLUDED_DIRS.has(entry.name)) continue;
				walk(path.join(folder, entry.name), `${route}${entry.name}/`);
			} else if (entry.name === 'index.html') {
				routes.push(route);
			}
		}
	};
	walk(dir, '/');
	return routes.sort();
}

/** The expected routes plus anything else the build contains, so tests exist before the build does. */
export function pagesToTest(): string[] {
	return [...new Set([...EXPECTED_PAGES, ...builtPages()])];
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
		lines.push(
			'',
			`[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}`,
			`  ${violation.helpUrl}`
		);
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

/** Scrolls to the bottom in steps, so that scroll-triggered and lazy work happens. */
export async function scrollThrough(page: Page, { stepDelay = 60, maxSteps = 400 } = {}) {
	await page.evaluate(
		async ({ stepDelay, maxSteps }) => {
			const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
			for (let step = 0; step < maxSteps; step++) {
				const before = window.scrollY;
				window.scrollBy({ top: Math.max(200, window.innerHeight * 0.75), behavior: 'instant' });
				await sleep(stepDelay);
				const atBottom =
					window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
				if (atBottom && window.scrollY === before) break;
			}
		},
		{ stepDelay, maxSteps }
	);
}

/** Waits until the page has loaded, its scripts have run and the network is quiet. */
export async function settle(page: Page) {
	await page.waitForLoadState('load');
	await page.waitForLoadState('networkidle');
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
	);
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

export interface HeadingInfo {
	level: number;
	text: string;
}

/** Headings exposed to assistive technology (not display:none, not aria-hidden), in order. */
export async function headingOutline(page: Page): Promise<HeadingInfo[]> {
	return page.evaluate(() =>
		Array.from(document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6'))
			.filter((el) => !el.closest('[aria-hidden="true"], [hidden]'))
			.filter((el) => el.checkVisibility())
			.map((el) => ({
				level: Number(el.tagName.slice(1)),
				text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80)
			}))
	);
}

/** Places where the heading level jumps by more than one (h2 -> h4), described for humans. */
export function headingSkips(outline: HeadingInfo[]): string[] {
	const skips: string[] = [];
	outline.forEach((heading, i) => {
		const previous = outline[i - 1];
		if (previous && heading.level > previous.level + 1) {
			skips.push(
				`h${previous.level} "${previous.text}" is followed by h${heading.level} "${heading.text}"`
			);
		}
	});
	return skips;
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
