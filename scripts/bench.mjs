#!/usr/bin/env node
// Measures the built site and compares it with bench/budgets.json.
//
//   npm run bench                 (builds, then runs this)
//   node scripts/bench.mjs        (measures the existing build)
//
//   BUILD_DIR   build to measure (default: build)
//   BASE_PATH   base path the build was made for (default: '')
//   BENCH_RUNS  page loads to take the median of (default: 3)
//   BENCH_OUT   where to write the results (default: bench/results/latest.json)
//
// Static: for every prerendered HTML page, its size and the size of the JS and
// CSS it references (<script src>, <link rel=modulepreload|stylesheet>, and
// import("...") in inline scripts), raw and gzipped.
// Runtime: loads / in Chromium as a phone (375x812) with the CPU throttled 4x,
// from scripts/serve.mjs (gzip on, like a CDN), and records first contentful
// paint, DOMContentLoaded, load, bytes transferred, requests, and requests to any
// other origin.
//
// Writes bench/results/latest.json. Exits 0 whether or not budgets are met (a
// benchmark is not a test); exits 1 only when something could not be measured.

import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { normaliseBase, startServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD_DIR = path.resolve(ROOT, process.env.BUILD_DIR ?? 'build');
const BASE = normaliseBase(process.env.BASE_PATH ?? '');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
const BUDGETS_FILE = path.join(ROOT, 'bench', 'budgets.json');
const RESULTS_DIR = path.join(ROOT, 'bench', 'results');
const RUNTIME_ROUTES = ['/'];
const CPU_THROTTLING = 4;
const VIEWPORT = { width: 375, height: 812 };

/** @typedef {{ raw: number, gzip: number }} Size */
/** @typedef {{ raw: number, gzip: number, files: string[] }} AssetSizes */
/**
 * @typedef {{
 *   route: string, file: string, html: Size, js: AssetSizes, css: AssetSizes,
 *   total: Size, external: string[], missing: string[]
 * }} PageResult
 */
/**
 * @typedef {{
 *   route: string, url: string, runs: number, cpuThrottling: number,
 *   viewport: { width: number, height: number },
 *   fcpMs: number | null, lcpMs: number | null, dclMs: number, loadMs: number,
 *   transferBytes: number, requests: number, thirdPartyRequests: number,
 *   thirdPartyUrls: string[], samples: RuntimeSample[]
 * }} RuntimeResult
 */
/**
 * @typedef {{
 *   fcpMs: number | null, lcpMs: number | null, dclMs: number, loadMs: number,
 *   transferBytes: number, requests: number, thirdPartyUrls: string[]
 * }} RuntimeSample
 */
/** @typedef {{ label: string, page: string, metric: string, max: number }} Budget */

/** @param {Buffer} buffer */
const gzipSize = (buffer) => gzipSync(buffer).length;

/** @param {Buffer} buffer @returns {Size} */
const sizes = (buffer) => ({ raw: buffer.length, gzip: gzipSize(buffer) });

/** All .html files in the build (not under _app), as paths relative to it. */
function htmlFiles(dir = BUILD_DIR, prefix = '') {
	/** @type {string[]} */
	const files = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) {
			if (relative !== '_app') files.push(...htmlFiles(path.join(dir, entry.name), relative));
		} else if (entry.name.endsWith('.html')) {
			files.push(relative);
		}
	}
	return files.sort();
}

/**
 * 'measures/x/index.html' -> '/measures/x/', 'about.html' -> '/about', '404.html' -> '/404.html'
 * @param {string} file
 */
function routeOf(file) {
	if (file === 'index.html') return '/';
	if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
	if (file === '404.html') return '/404.html';
	return `/${file.slice(0, -'.html'.length)}`;
}

/** @param {string} tag @param {string} name */
function attribute(tag, name) {
	const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
	return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/**
 * JS and CSS URLs an HTML page references.
 * @param {string} html
 */
function referencedAssets(html) {
	/** @type {Set<string>} */
	const js = new Set();
	/** @type {Set<string>} */
	const css = new Set();
	for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
		const src = attribute(tag, 'src');
		if (src) js.add(src);
	}
	for (const [, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
		for (const [, specifier] of (body ?? '').matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
			if (specifier) js.add(specifier);
		}
	}
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
		const href = attribute(tag, 'href');
		if (!href) continue;
		if (rel.includes('modulepreload')) js.add(href);
		else if (rel.includes('stylesheet')) css.add(href);
	}
	return { js: [...js], css: [...css] };
}

/**
 * @param {string} file HTML file relative to the build
 * @returns {PageResult}
 */
function measurePage(file) {
	const route = routeOf(file);
	const buffer = readFileSync(path.join(BUILD_DIR, file));
	const refs = referencedAssets(buffer.toString('utf8'));
	const pageUrl = new URL(`${BASE}${route}`, 'http://site.invalid');
	/** @type {string[]} */
	const external = [];
	/** @type {string[]} */
	const missing = [];

	/** @param {string[]} urls @returns {AssetSizes} */
	const total = (urls) => {
		const result = { raw: 0, gzip: 0, files: /** @type {string[]} */ ([]) };
		for (const ref of urls) {
			const url = new URL(ref, pageUrl);
			if (url.origin !== pageUrl.origin) {
				external.push(url.href);
				continue;
			}
			let pathname = decodeURIComponent(url.pathname);
			if (BASE && pathname.startsWith(`${BASE}/`)) pathname = pathname.slice(BASE.length);
			const assetFile = path.join(BUILD_DIR, pathname);
			if (!assetFile.startsWith(BUILD_DIR) || !existsSync(assetFile)) {
				missing.push(url.pathname);
				continue;
			}
			const size = sizes(readFileSync(assetFile));
			result.raw += size.raw;
			result.gzip += size.gzip;
			result.files.push(pathname);
		}
		return result;
	};

	const html = sizes(buffer);
	const js = total(refs.js);
	const css = total(refs.css);
	return {
		route,
		file,
		html,
		js,
		css,
		total: { raw: html.raw + js.raw + css.raw, gzip: html.gzip + js.gzip + css.gzip },
		external,
		missing
	};
}

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? /** @type {number} */ (sorted[middle]) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** @param {(number | null)[]} values */
function medianOrNull(values) {
	const numbers = values.filter((value) => typeof value === 'number');
	return numbers.length ? median(numbers) : null;
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {string} origin
 * @returns {Promise<RuntimeSample>}
 */
async function loadOnce(browser, url, origin) {
	const context = await browser.newContext({
		userAgent: devices['Pixel 7'].userAgent,
		viewport: VIEWPORT,
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true
	});
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });

		/** @type {string[]} */
		const requests = [];
		let transferBytes = 0;
		cdp.on('Network.requestWillBeSent', (event) => {
			if (/^(https?|wss?):/.test(event.request.url)) requests.push(event.request.url);
		});
		cdp.on('Network.loadingFinished', (event) => {
			transferBytes += event.encodedDataLength;
		});

		const response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
		if (!response || response.status() !== 200) {
			throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
		}
		await page.waitForLoadState('networkidle', { timeout: 60_000 });

		const timing = await page.evaluate(
			() =>
				new Promise((resolve) => {
					/** @type {number | null} */
					let lcp = null;
					try {
						new PerformanceObserver((list) => {
							const entries = list.getEntries();
							lcp = entries[entries.length - 1]?.startTime ?? lcp;
						}).observe({ type: 'largest-contentful-paint', buffered: true });
					} catch {
						// not supported
					}
					setTimeout(() => {
						const navigation = /** @type {PerformanceNavigationTiming | undefined} */ (
							performance.getEntriesByType('navigation')[0]
						);
						const fcp = performance
							.getEntriesByType('paint')
							.find((entry) => entry.name === 'first-contentful-paint');
						resolve({
							fcpMs: fcp ? fcp.startTime : null,
							lcpMs: lcp,
							dclMs: navigation?.domContentLoadedEventEnd ?? 0,
							loadMs: navigation?.loadEventEnd ?? 0
						});
					}, 250);
				})
		);
		const { fcpMs, lcpMs, dclMs, loadMs } =
			/** @type {{ fcpMs: number | null, lcpMs: number | null, dclMs: number, loadMs: number }} */ (timing);

		return {
			fcpMs,
			lcpMs,
			dclMs,
			loadMs,
			transferBytes,
			requests: requests.length,
			thirdPartyUrls: requests.filter((request) => new URL(request).origin.replace(/^ws/, 'http') !== origin)
		};
	} finally {
		await context.close();
	}
}

/**
 * @param {string[]} routes
 * @returns {Promise<{ runtime: RuntimeResult[], chromium: string }>}
 */
async function measureRuntime(routes) {
	const server = await startServer({ port: 0, root: BUILD_DIR, base: BASE });
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		/** @type {RuntimeResult[]} */
		const runtime = [];
		for (const route of routes) {
			const url = new URL(`${BASE}${route}`, server.origin).href;
			/** @type {RuntimeSample[]} */
			const samples = [];
			for (let run = 0; run < RUNS; run++) samples.push(await loadOnce(browser, url, server.origin));
			const thirdPartyUrls = [...new Set(samples.flatMap((sample) => sample.thirdPartyUrls))];
			runtime.push({
				route,
				url,
				runs: RUNS,
				cpuThrottling: CPU_THROTTLING,
				viewport: VIEWPORT,
				fcpMs: medianOrNull(samples.map((sample) => sample.fcpMs)),
				lcpMs: medianOrNull(samples.map((sample) => sample.lcpMs)),
				dclMs: median(samples.map((sample) => sample.dclMs)),
				loadMs: median(samples.map((sample) => sample.loadMs)),
				transferBytes: median(samples.map((sample) => sample.transferBytes)),
				requests: median(samples.map((sample) => sample.requests)),
				thirdPartyRequests: Math.max(...samples.map((sample) => sample.thirdPartyUrls.length)),
				thirdPartyUrls,
				samples
			});
		}
		return { runtime, chromium: browser.version() };
	} finally {
		await browser.close();
		await server.close();
	}
}

/**
 * @param {unknown} object
 * @param {string} dotted
 * @returns {number | undefined}
 */
function lookup(object, dotted) {
	/** @type {any} */
	let value = object;
	for (const key of dotted.split('.')) value = value?.[key];
	return typeof value === 'number' ? value : undefined;
}

/**
 * @param {Budget[]} budgets
 * @param {PageResult[]} pages
 * @param {RuntimeResult[]} runtime
 */
function checkBudgets(budgets, pages, runtime) {
	return budgets.map((budget) => {
		const isRuntime = budget.metric.startsWith('runtime.');
		const metric = isRuntime ? budget.metric.slice('runtime.'.length) : budget.metric;
		/** @type {unknown[]} */
		const subjects = isRuntime
			? runtime.filter((result) => budget.page === '*' || result.route === budget.page)
			: pages.filter((result) => (budget.page === '*' ? result.route !== '/404.html' : result.route === budget.page));
		const values = subjects.map((subject) => ({
			route: /** @type {{ route: string }} */ (subject).route,
			value: lookup(subject, metric)
		}));
		const measured = values.filter((entry) => entry.value !== undefined);
		if (measured.length === 0) {
			return { ...budget, actual: null, worst: null, pass: false, note: 'not measured' };
		}
		const worst = measured.reduce((a, b) => (/** @type {number} */ (b.value) > /** @type {number} */ (a.value) ? b : a));
		const actual = /** @type {number} */ (worst.value);
		return { ...budget, actual, worst: worst.route, pass: actual <= budget.max, note: undefined };
	});
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** @param {string} metric @param {number | null} value */
function formatValue(metric, value) {
	if (value === null) return 'n/a';
	if (/Ms$/.test(metric)) return `${Math.round(value)} ms`;
	if (/(gzip|raw|Bytes)$/.test(metric)) return kb(value);
	return String(value);
}

/** @param {string[][]} rows */
function printTable(rows) {
	const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
	rows.forEach((row, index) => {
		console.log(
			row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')
		);
		if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
	});
}

async function main() {
	if (!existsSync(BUILD_DIR)) {
		throw new Error(`No build at ${BUILD_DIR}: run \`npm run build\` first (or \`npm run bench\`, which does).`);
	}
	const files = htmlFiles();
	if (files.length === 0) throw new Error(`No HTML pages in ${BUILD_DIR}`);

	/** @param {PageResult} page */
	const order = (page) => (page.route === '/' ? 0 : page.route === '/404.html' ? 2 : 1);
	const pages = files.map(measurePage).sort((a, b) => order(a) - order(b) || a.route.localeCompare(b.route));
	console.log(`\nPages in ${path.relative(ROOT, BUILD_DIR) || BUILD_DIR} (sizes as referenced by each page's HTML; gzip level 6)\n`);
	printTable([
		['page', 'HTML', 'HTML gz', 'JS', 'JS gz', 'CSS', 'CSS gz', 'total gz'],
		...pages.map((page) => [
			page.route,
			kb(page.html.raw),
			kb(page.html.gzip),
			kb(page.js.raw),
			kb(page.js.gzip),
			kb(page.css.raw),
			kb(page.css.gzip),
			kb(page.total.gzip)
		])
	]);
	for (const page of pages) {
		if (page.external.length) console.log(`! ${page.route} references other origins: ${page.external.join(', ')}`);
		if (page.missing.length) console.log(`! ${page.route} references missing files: ${page.missing.join(', ')}`);
	}

	const routes = RUNTIME_ROUTES.filter((route) => pages.some((page) => page.route === route));
	const { runtime, chromium: version } = await measureRuntime(routes);
	console.log(
		`\nRuntime: phone ${VIEWPORT.width}x${VIEWPORT.height}, CPU ${CPU_THROTTLING}x slower, gzip, cold cache, median of ${RUNS} (Chromium ${version})\n`
	);
	printTable([
		['page', 'FCP', 'LCP', 'DOMContentLoaded', 'load', 'transferred', 'requests', 'third-party'],
		...runtime.map((result) => [
			result.route,
			formatValue('fcpMs', result.fcpMs),
			formatValue('lcpMs', result.lcpMs),
			formatValue('dclMs', result.dclMs),
			formatValue('loadMs', result.loadMs),
			kb(result.transferBytes),
			String(result.requests),
			String(result.thirdPartyRequests)
		])
	]);
	for (const result of runtime) {
		if (result.thirdPartyUrls.length) console.log(`! ${result.route} requested: ${result.thirdPartyUrls.join(', ')}`);
	}

	/** @type {Budget[]} */
	const budgets = existsSync(BUDGETS_FILE) ? JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')).budgets ?? [] : [];
	const checked = checkBudgets(budgets, pages, runtime);
	if (checked.length) {
		console.log(`\nBudgets (${path.relative(ROOT, BUDGETS_FILE)})\n`);
		printTable([
			['budget', 'actual', 'max', 'result'],
			...checked.map((budget) => [
				budget.label + (budget.page === '*' && budget.worst ? ` (worst: ${budget.worst})` : ''),
				formatValue(budget.metric, budget.actual),
				formatValue(budget.metric, budget.max),
				budget.note ?? (budget.pass ? 'pass' : 'FAIL')
			])
		]);
		const failed = checked.filter((budget) => !budget.pass).length;
		console.log(`\n${checked.length - failed} of ${checked.length} budgets met.`);
	}

	const out = process.env.BENCH_OUT ? path.resolve(process.env.BENCH_OUT) : path.join(RESULTS_DIR, 'latest.json');
	mkdirSync(path.dirname(out), { recursive: true });
	const results = {
		generatedAt: new Date().toISOString(),
		buildDir: path.relative(ROOT, BUILD_DIR) || '.',
		basePath: BASE,
		chromium: version,
		pages,
		runtime,
		budgets: checked
	};
	writeFileSync(out, `${JSON.stringify(results, null, '\t')}\n`);
	console.log(`\nWrote ${path.relative(ROOT, out)}`);
}

main().catch((error) => {
	console.error(`\nBenchmark failed: ${error instanceof Error ? error.stack ?? error.message : error}`);
	process.exit(1);
});
