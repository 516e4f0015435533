#!/usr/bin/env node
// Measures the built site against a plain-HTML reference page and the budgets in
// bench/budgets.json. A report, not a test: it exits 0 whether or not budgets are met, and 1
// only when something could not be measured.
//
//   npm run bench                 (builds, then runs this)
//   node scripts/bench.mjs        (measures the existing build)
//   npm run bench:readme          (pastes bench/results/latest.md into the README)
//
//   BUILD_DIR   build to measure (default: build)
//   BASE_PATH   base path the build was made for (default: '')
//   BENCH_RUNS  Lighthouse runs per page, the median is reported (default: 3)
//   SCROLL_RUNS scroll runs per page, the median is reported with every run's count (default: 3)
//   BENCH_PORT  port for the static server (default: a free one)
//
// Pages: `/`, the first measure page (/measures/<slug>/) and, when the build has one, the
// first chart embed (/embed/chart/<id>/), plus bench/reference/index.html (plain HTML of the
// story's text, five inline SVG charts, no script; scripts/bench-reference.mjs writes it),
// served by scripts/serve.mjs (brotli, else gzip, like a CDN) from the same origin.
//   - Lighthouse 12 (mobile profile: simulated slow 4G, 4x CPU), median of BENCH_RUNS:
//     performance score, FCP, LCP, TBT, CLS (scripts/bench-lighthouse.mjs).
//   - Weight: every script and stylesheet the page loaded (Lighthouse's network log; for `/`
//     also every script loaded while scrolling to the end), gzip level 6 of the built files;
//     CSS also counts the page's inline <style> (gzipped on its own; it is part of the HTML too);
//     the HTML's gzip, raw size and element count; the HTML as sent (Lighthouse's transfer size:
//     brotli and the response headers, what its simulated network downloads); requests to other origins.
//   - Scroll runs of `/` and the reference, SCROLL_RUNS of each, alternated: 390x844, CPU 4x,
//     motion on (scripts/bench-scroll.mjs): long tasks and frame interval p95 (medians, every
//     run's long tasks listed: one run's count moves from 0 to 5 with the machine's load), layout
//     shift while scrolling (the largest of the runs: a shift is a fault, not noise).
// Writes bench/results/latest.json and bench/results/latest.md.

import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runLighthouse } from './bench-lighthouse.mjs';
import { REFERENCE_FILE } from './bench-reference.mjs';
import { scrollRun } from './bench-scroll.mjs';
import { normaliseBase, startServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD_DIR = path.resolve(ROOT, process.env.BUILD_DIR ?? 'build');
const BASE = normaliseBase(process.env.BASE_PATH ?? '');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
const SCROLL_RUNS = Math.max(1, Number(process.env.SCROLL_RUNS ?? 3) || 3);
const PORT = Number(process.env.BENCH_PORT ?? 0) || 0;
const BUDGETS_FILE = path.join(ROOT, 'bench', 'budgets.json');
const RESULTS_DIR = path.join(ROOT, 'bench', 'results');
// Served from inside the build for the length of the run, so it shares the server and origin.
const REFERENCE_ROUTE = '/__bench-reference/';

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').trim().split(' ').slice(0, 3).join(' ');
/** @param {Buffer | string} data */
const gzipSize = (data) => gzipSync(data, { level: 6 }).length;

/** @param {number[]} values */
function median(values) {
	const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
	if (!sorted.length) return null;
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? /** @type {number} */ (sorted[middle])
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Several scroll runs of a page as one result: the run whose long-task count is the median (its
 * task list and frames), with the medians of the long tasks and frame interval, the longest task
 * and the largest layout shift of any run, each run's summary, and every request any run made.
 * @param {any[]} runs
 */
function scrollSummary(runs) {
	const byTasks = [...runs].sort((a, b) => a.longTasks - b.longTasks || a.longestTaskMs - b.longestTaskMs);
	const middle = byTasks[Math.floor((byTasks.length - 1) / 2)];
	return {
		...middle,
		longTasks: median(runs.map((run) => run.longTasks)),
		longestTaskMs: Math.max(...runs.map((run) => run.longestTaskMs)),
		frameIntervalP95Ms: median(runs.map((run) => run.frameIntervalP95Ms)),
		layoutShift: Math.max(...runs.map((run) => run.layoutShift)),
		stepsTriggered: Math.min(...runs.map((run) => run.stepsTriggered)),
		runs: runs.map((run) => ({
			longTasks: run.longTasks,
			longTaskMs: run.longTaskList.map((/** @type {any} */ task) => Math.round(task.duration)),
			frameIntervalP95Ms: run.frameIntervalP95Ms,
			layoutShift: run.layoutShift,
			stepsTriggered: run.stepsTriggered,
			durationS: run.durationS
		})),
		requests: runs.flatMap((run) => run.requests)
	};
}

/** The first directory under build/<dir>/ holding an index.html, as a route. */
function firstRoute(/** @type {string} */ dir) {
	const parent = path.join(BUILD_DIR, dir);
	if (!existsSync(parent)) return undefined;
	const child = readdirSync(parent, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(path.join(parent, entry.name, 'index.html')))
		.map((entry) => entry.name)
		.sort()[0];
	return child ? `/${dir}/${child}/` : undefined;
}

/** @param {string} route */
const htmlFileOf = (route) =>
	route === REFERENCE_ROUTE ? REFERENCE_FILE : path.join(BUILD_DIR, route.replace(/^\//, ''), 'index.html');

/** @param {string} html */
const elementCount = (html) => [...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<[a-zA-Z][^>]*>/g)].length;

/**
 * Built file behind a same-origin URL, or undefined.
 * @param {string} url @param {string} origin
 */
function buildFileOf(url, origin) {
	const parsed = new URL(url);
	if (parsed.origin !== origin) return undefined;
	let pathname = decodeURIComponent(parsed.pathname);
	if (BASE && pathname.startsWith(`${BASE}/`)) pathname = pathname.slice(BASE.length);
	const file = path.join(BUILD_DIR, pathname);
	return file.startsWith(BUILD_DIR) && existsSync(file) ? file : undefined;
}

/**
 * @param {string} route
 * @param {{ url: string, resourceType?: string, transferSize?: number }[]} requests what the page loaded
 * @param {string} origin
 */
function weigh(route, requests, origin) {
	const html = readFileSync(htmlFileOf(route));
	const external = [
		...new Set(requests.map((r) => r.url).filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin))
	];
	/** @param {string} type */
	const files = (type) => [
		...new Set(
			requests
				.filter((r) => r.resourceType === type)
				.map((r) => buildFileOf(r.url, origin))
				.filter((file) => file !== undefined)
		)
	];
	const js = files('Script');
	const css = files('Stylesheet');
	/** @param {string[]} list */
	const gz = (list) => list.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
	/** @param {string[]} list */
	const raw = (list) => list.reduce((sum, file) => sum + readFileSync(file).length, 0);
	// Inline style elements (every page's CSS is inlined: svelte.config.js), compressed on their own.
	const inlineCss = [...html.toString('utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)]
		.map((m) => m[1])
		.join('\n');
	const documentRequest = requests.find((r) => r.resourceType === 'Document');
	return {
		htmlGzip: gzipSize(html),
		htmlSent: documentRequest?.transferSize ?? null,
		htmlRaw: html.length,
		htmlElements: elementCount(html.toString('utf8')),
		jsGzip: gz(js),
		jsRaw: raw(js),
		jsFiles: js.map((file) => path.relative(BUILD_DIR, file)),
		cssGzip: gz(css) + (inlineCss ? gzipSize(inlineCss) : 0),
		cssInlineGzip: inlineCss ? gzipSize(inlineCss) : 0,
		cssFiles: css.map((file) => path.relative(BUILD_DIR, file)),
		requests: requests.length,
		thirdPartyRequests: external.length,
		thirdPartyUrls: external
	};
}

/** @param {any} object @param {string} dotted */
function lookup(object, dotted) {
	let value = object;
	for (const key of dotted.split('.')) value = value?.[key];
	return typeof value === 'number' ? value : null;
}

const METRICS = {
	'lighthouse.score': { label: 'Lighthouse performance', unit: '' },
	'lighthouse.fcpMs': { label: 'FCP', unit: 'ms' },
	'lighthouse.lcpMs': { label: 'LCP', unit: 'ms' },
	'lighthouse.tbtMs': { label: 'TBT', unit: 'ms' },
	'lighthouse.cls': { label: 'CLS (load)', unit: 'cls' },
	'weight.jsGzip': { label: 'JavaScript, gzip', unit: 'bytes' },
	'weight.htmlGzip': { label: 'HTML, gzip', unit: 'bytes' },
	'weight.htmlSent': { label: 'HTML as sent (brotli, with headers)', unit: 'bytes' },
	'weight.cssGzip': { label: 'CSS, gzip (inline in the HTML or fetched)', unit: 'bytes' },
	'weight.thirdPartyRequests': { label: 'third-party requests', unit: '' },
	'scroll.longTasks': { label: 'long tasks while scrolling', unit: '' },
	'scroll.frameIntervalP95Ms': { label: 'frame interval while scrolling, p95', unit: 'ms' },
	'scroll.layoutShift': { label: 'layout shift while scrolling', unit: 'cls' }
};

/** @param {string} metric @param {number | null} value */
function format(metric, value) {
	if (value === null) return 'n/a';
	const unit = METRICS[/** @type {keyof typeof METRICS} */ (metric)]?.unit ?? '';
	if (unit === 'ms') return `${Math.round(value).toLocaleString('en-GB')} ms`;
	if (unit === 'bytes') return `${(value / 1024).toFixed(1)} KB`;
	if (unit === 'cls') return value.toFixed(3);
	return String(Math.round(value * 10) / 10);
}

/**
 * @param {any[]} budgets
 * @param {Record<string, any>} pages results by page name
 * @param {any} reference
 */
function checkBudgets(budgets, pages, reference) {
	return budgets
		.filter((budget) => pages[budget.page])
		.map((budget) => {
			const page = pages[budget.page];
			const value = lookup(page, budget.metric);
			const referenceValue = lookup(reference, budget.metric);
			/** @type {number | null} */
			let limit = null;
			let text = 'report it';
			if (typeof budget.maxTimesReference === 'number') {
				limit = referenceValue === null ? null : budget.maxTimesReference * referenceValue;
				text = `≤ ${budget.maxTimesReference} × reference${limit === null ? '' : ` (${format(budget.metric, limit)})`}`;
			} else if (typeof budget.max === 'number') {
				limit = budget.max;
				text = `≤ ${format(budget.metric, budget.max)}`;
			} else if (typeof budget.min === 'number') {
				text = `≥ ${format(budget.metric, budget.min)}`;
			}
			/** @type {boolean | null} */
			let met = null;
			if (value !== null && typeof budget.min === 'number') met = value >= budget.min;
			else if (value !== null && limit !== null) met = value <= limit;
			else if (text !== 'report it') met = false;
			return {
				...budget,
				label: METRICS[/** @type {keyof typeof METRICS} */ (budget.metric)]?.label ?? budget.metric,
				route: page.route,
				value,
				reference: referenceValue,
				budget: text,
				met
			};
		});
}

/** @param {any[]} checked @param {any} results */
function markdown(checked, results) {
	const extra = (/** @type {any} */ row) => {
		if (row.metric === 'weight.htmlGzip') {
			const w = results.pages[row.page].weight;
			return ` (${w.htmlElements.toLocaleString('en-GB')} elements, ${(w.htmlRaw / 1024).toFixed(0)} KB raw)`;
		}
		if (row.metric === 'scroll.longTasks') {
			const scroll = results.pages[row.page].scroll;
			const runs =
				scroll.runs.length > 1
					? ` (runs: ${scroll.runs.map((/** @type {any} */ run) => run.longTasks).join(', ')})`
					: '';
			return `${runs}${scroll.longestTaskMs ? `, longest ${Math.round(scroll.longestTaskMs)} ms` : ''}`;
		}
		return '';
	};
	const referenceExtra = (/** @type {any} */ row) => {
		if (row.metric === 'scroll.longTasks') {
			const longest = results.reference.scroll.longestTaskMs;
			return longest ? `, longest ${Math.round(longest)} ms` : '';
		}
		if (row.metric !== 'weight.htmlGzip') return '';
		const w = results.reference.weight;
		return ` (${w.htmlElements.toLocaleString('en-GB')} elements, ${(w.htmlRaw / 1024).toFixed(0)} KB raw)`;
	};
	const lines = [
		'| page | metric | measured | reference | budget | met? |',
		'|---|---|---|---|---|---|',
		...checked.map(
			(row) =>
				`| \`${row.route}\` | ${row.label} | ${format(row.metric, row.value)}${extra(row)} | ${format(row.metric, row.reference)}${referenceExtra(row)} | ${row.budget} | ${row.met === null ? '–' : row.met ? 'yes' : '**no**'} |`
		),
		'',
		`Measured ${results.generatedAt.slice(0, 16).replace('T', ' ')} UTC on ${results.machine.cpus} CPUs, load average ${results.loadavg.start} at start, ${results.loadavg.end} at end (other work shares the machine: Lighthouse timings are noisy). ` +
			`Lighthouse ${results.lighthouse.version}, mobile profile, median of ${results.lighthouse.runs}; ${results.chromium}. ` +
			`Scroll runs (${results.scrollProfile.runs} of \`/\` and of the reference, alternated; long tasks and frame interval the median of the runs, layout shift the largest): top to bottom at ${results.scrollProfile.viewport.width}×${results.scrollProfile.viewport.height}, CPU ${results.scrollProfile.cpuThrottling}× slower, motion on, ` +
			`${results.scrollProfile.flickPx} px flicks at ${results.scrollProfile.flickSpeedPxPerS} px/s with ${results.scrollProfile.pauseMs} ms pauses` +
			(results.pages['/']?.scroll
				? `; ${results.pages['/'].scroll.stepsTriggered} of ${results.pages['/'].scroll.steps} scrolly steps triggered in every run.`
				: '.') +
			(results.pages.embed ? '' : ' No chart embed in this build.')
	];
	return `${lines.join('\n')}\n`;
}

async function main() {
	if (!existsSync(path.join(BUILD_DIR, 'index.html'))) {
		throw new Error(`No build at ${BUILD_DIR}: run \`npm run build\` first (or \`npm run bench\`, which does).`);
	}
	if (!existsSync(REFERENCE_FILE))
		throw new Error(`No ${path.relative(ROOT, REFERENCE_FILE)}: run node scripts/bench-reference.mjs`);
	const startedAt = Date.now();
	const loadStart = loadavg();
	/** @type {Record<string, string>} */
	const routes = { '/': '/' };
	const measure = firstRoute('measures');
	if (measure) routes.measure = measure;
	const embed = firstRoute('embed/chart');
	if (embed) routes.embed = embed;

	const referenceDir = path.join(BUILD_DIR, REFERENCE_ROUTE.replace(/^\/|\/$/g, ''));
	mkdirSync(referenceDir, { recursive: true });
	copyFileSync(REFERENCE_FILE, path.join(referenceDir, 'index.html'));
	const server = await startServer({ port: PORT, root: BUILD_DIR, base: BASE });
	/** @param {string} route */
	const urlOf = (route) => new URL(`${BASE}${route}`, server.origin).href;
	try {
		const targets = [
			{ name: 'reference', url: urlOf(REFERENCE_ROUTE) },
			...Object.entries(routes).map(([name, route]) => ({ name, url: urlOf(route) }))
		];
		console.log(`Lighthouse, ${RUNS} runs each: ${targets.map((t) => t.name).join(', ')} (load average ${loadStart})`);
		const lh = await runLighthouse(targets, RUNS, loadavg);

		console.log(`Scroll runs, ${SCROLL_RUNS} each, alternated: reference, /`);
		/** @type {{ reference: any[], '/': any[] }} */
		const scrollRuns = { reference: [], '/': [] };
		for (let run = 0; run < SCROLL_RUNS; run++) {
			scrollRuns.reference.push(await scrollRun(urlOf(REFERENCE_ROUTE)));
			scrollRuns['/'].push(await scrollRun(urlOf('/')));
			console.log(`  run ${run + 1}: long tasks on / ${scrollRuns['/'][run].longTasks} (load average ${loadavg()})`);
		}
		const scroll = { reference: scrollSummary(scrollRuns.reference), '/': scrollSummary(scrollRuns['/']) };

		/** @type {Record<string, any>} */
		const pages = {};
		/** @type {any} */
		let reference;
		for (const target of targets) {
			const samples = lh.results[target.name] ?? [];
			const route = target.name === 'reference' ? REFERENCE_ROUTE : (routes[target.name] ?? '/');
			/** @type {any[]} */
			const requests = samples[0]?.requests ?? [];
			const pageScroll = scroll[/** @type {'reference' | '/'} */ (target.name)];
			const allRequests = [...requests, ...(pageScroll?.requests ?? [])];
			const result = {
				route,
				url: target.url,
				lighthouse: {
					score: median(samples.map((s) => s.score)),
					fcpMs: median(samples.map((s) => s.fcpMs)),
					lcpMs: median(samples.map((s) => s.lcpMs)),
					tbtMs: median(samples.map((s) => s.tbtMs)),
					cls: median(samples.map((s) => s.cls)),
					siMs: median(samples.map((s) => s.siMs)),
					domElements: median(samples.map((s) => s.domElements)),
					samples: samples.map(({ requests: _, ...rest }) => rest)
				},
				weight: weigh(route, allRequests, server.origin),
				weightAtLoad: weigh(route, requests, server.origin),
				scroll: pageScroll ? (({ requests: _, ...rest }) => rest)(pageScroll) : undefined
			};
			if (target.name === 'reference') reference = result;
			else pages[target.name] = result;
		}

		const budgets = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')).budgets ?? [];
		const checked = checkBudgets(budgets, pages, reference);
		const results = {
			generatedAt: new Date().toISOString(),
			durationS: Math.round((Date.now() - startedAt) / 1000),
			buildDir: path.relative(ROOT, BUILD_DIR) || '.',
			basePath: BASE,
			machine: { cpus: os.cpus().length },
			loadavg: { start: loadStart, end: loadavg() },
			chromium: lh.chromiumVersion,
			lighthouse: {
				version: lh.lighthouse,
				runs: RUNS,
				formFactor: 'mobile',
				throttling: 'simulated (Lighthouse default)'
			},
			scrollProfile: scroll['/'] && {
				viewport: scroll['/'].viewport,
				cpuThrottling: scroll['/'].cpuThrottling,
				flickPx: scroll['/'].flickPx,
				flickSpeedPxPerS: scroll['/'].flickSpeedPxPerS,
				pauseMs: scroll['/'].pauseMs,
				gestureSourceType: scroll['/'].gestureSourceType,
				deviceScaleFactor: scroll['/'].deviceScaleFactor,
				runs: SCROLL_RUNS
			},
			reference,
			pages,
			budgets: checked,
			missed: checked
				.filter((row) => row.met === false)
				.map((row) => `${row.route} ${row.label}: ${format(row.metric, row.value)} (${row.budget})`)
		};
		mkdirSync(RESULTS_DIR, { recursive: true });
		writeFileSync(path.join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(results, null, '\t')}\n`);
		const table = markdown(checked, results);
		writeFileSync(path.join(RESULTS_DIR, 'latest.md'), table);
		console.log(`\n${table}`);
		const withBudget = checked.filter((row) => row.met !== null);
		console.log(`${withBudget.length - results.missed.length} of ${withBudget.length} budgets met.`);
		for (const line of results.missed) console.log(`  missed: ${line}`);
		console.log(
			`\nWrote bench/results/latest.json and latest.md in ${results.durationS} s (npm run bench:readme puts the table in the README).`
		);
	} finally {
		await server.close();
		rmSync(referenceDir, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(`\nBenchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
	process.exit(1);
});
