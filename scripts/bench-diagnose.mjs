#!/usr/bin/env node
// Where the time and the bytes go on `/`: the evidence behind bench/DIAGNOSIS.md.
//
//   node scripts/bench-diagnose.mjs
//
// 1. Builds a copy of the project as `npm run build` does, the islands bundle (the pages' only
//    JavaScript) with source maps, in a temporary folder (the project's build/ is not touched),
//    so minified code maps back to its source files.
// 2. Bundle: every script `/` loads (at load and while scrolling), its bytes attributed to
//    source files through the maps (as source-map-explorer does) and grouped (svelte runtime,
//    kit runtime, d3, layercake, scrollama, figures.ts, sources.ts, each chart, ...). A group's
//    gzip size is its share of the chunk's real gzip size, in proportion to the gzip size of
//    its own bytes compressed alone.
// 3. Runtime, on the same phone profile as the bench's scroll run (scripts/bench-scroll.mjs):
//    a CDP CPU profile of load + hydration and another of the scroll, self time by source
//    file and function; then a Chrome trace of a second run, whose main-thread tasks over
//    50 ms are broken down by what ran inside them (script, style, layout, paint, GC).
// Writes bench/results/diagnosis.json and prints a summary.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { TraceMap, originalPositionFor, eachMapping } from '@jridgewell/trace-mapping';
import { scrollRun } from './bench-scroll.mjs';
import { startServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PORT = Number(process.env.BENCH_PORT ?? 0) || 0;
const KEEP = process.env.BENCH_DIAG_DIR;
const gzipSize = (/** @type {Buffer | string} */ data) => gzipSync(data, { level: 6 }).length;
// The islands build writes this first line into each chunk after its source map (vite.islands.config.ts).
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * The project built as `npm run build` builds it (SvelteKit, then the islands bundle: the only
 * JavaScript the pages load), the islands with source maps, in a folder of its own.
 */
function buildWithSourceMaps() {
	if (KEEP && existsSync(path.join(KEEP, 'build', 'index.html'))) return KEEP;
	const dir = KEEP ?? mkdtempSync(path.join(os.tmpdir(), 'bench-diagnose-'));
	mkdirSync(dir, { recursive: true });
	const entries = ['src', 'content', 'static', 'scripts', '.env', 'svelte.config.js', 'tsconfig.json', 'package.json'];
	for (const entry of [...entries, 'vite.config.ts', 'vite.islands.config.ts']) {
		if (existsSync(path.join(ROOT, entry))) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
	}
	if (!existsSync(path.join(dir, 'node_modules')))
		symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
	console.log(`Building with source maps in ${dir} ...`);
	const vite = path.join(ROOT, 'node_modules', '.bin', 'vite');
	const env = { ...process.env, BUILD_DIR: 'build' };
	execFileSync(vite, ['build', '--logLevel', 'warn'], { cwd: dir, stdio: 'inherit', env });
	execFileSync(vite, ['build', '-c', 'vite.islands.config.ts', '--sourcemap', '--logLevel', 'warn'], {
		cwd: dir,
		stdio: 'inherit',
		env
	});
	execFileSync(process.execPath, ['scripts/write-headers.mjs'], { cwd: dir, stdio: 'inherit', env });
	return dir;
}

/**
 * A source map's path (relative to the chunk: `../../../src/lib/…`, or through the linked
 * node_modules to the project's own) as a path in the project (`src/lib/…`, `node_modules/…`):
 * the build folder mirrors the project.
 * @param {string} source
 */
function projectPath(source) {
	const inProject = source.replace(/^(\.\.\/)+/, '');
	const packages = inProject.indexOf('node_modules/');
	return packages >= 0 ? inProject.slice(packages) : inProject;
}

/** @param {string} source path as written in a source map */
function groupOf(source) {
	const s = source.replace(/\\/g, '/');
	const chart = /src\/lib\/charts\/([^/]+)\//.exec(s);
	if (/node_modules\/svelte\//.test(s)) return 'svelte runtime';
	if (/node_modules\/@sveltejs\/kit\//.test(s)) return 'sveltekit runtime';
	if (/node_modules\/(d3-[^/]+|internmap)\//.test(s))
		return `d3 (${/node_modules\/((?:d3-[^/]+)|internmap)/.exec(s)?.[1]})`;
	if (/node_modules\/layercake\//.test(s)) return 'layercake';
	if (/node_modules\/scrollama\//.test(s)) return 'scrollama';
	if (/node_modules\/([^/]+)/.test(s)) return `other package (${/node_modules\/([^/]+)/.exec(s)?.[1]})`;
	if (/src\/lib\/data\/figures\.ts$/.test(s)) return 'figures.ts (figures, quotes, validation)';
	if (/src\/lib\/data\/sources\.ts$/.test(s)) return 'sources.ts';
	if (/src\/lib\/data\//.test(s)) return 'other src/lib/data';
	if (chart) {
		const name = chart[1] ?? '';
		return ['shared', 'timeline', 'labels'].includes(name) ? `charts: shared ${name}/` : `chart: ${name}`;
	}
	if (/src\/lib\/charts\//.test(s)) return 'charts: registry, specs, helpers';
	if (/src\/lib\/scrolly\//.test(s)) return 'scrolly (Scrolly.svelte, scrollama wrapper)';
	if (/src\/lib\/components\//.test(s)) return 'components (Blocks, Statement, ...)';
	if (/src\/routes\//.test(s)) return 'routes (pages, layouts)';
	if (/\.svelte-kit\/generated/.test(s)) return 'sveltekit generated (routes manifest)';
	if (/src\/lib\//.test(s)) return `other src/lib (${s.replace(/.*src\/lib\//, '')})`;
	return `other (${s})`;
}

/**
 * Bytes of one built JS file by source file and by group.
 * @param {string} file
 */
function attribute(file) {
	const written = readFileSync(file, 'utf8');
	const code = written.startsWith(COMPILE_HINT) ? written.slice(COMPILE_HINT.length) : written;
	const mapFile = `${file}.map`;
	const realGzip = gzipSize(code.replace(/\n\/\/# sourceMappingURL=.*\s*$/, ''));
	/** @type {Map<string, string[]>} */
	const pieces = new Map();
	const add = (/** @type {string} */ key, /** @type {string} */ text) => {
		const list = pieces.get(key) ?? [];
		list.push(text);
		pieces.set(key, list);
	};
	if (!existsSync(mapFile)) {
		add('(no source map)', code);
	} else {
		const map = new TraceMap(readFileSync(mapFile, 'utf8'));
		const lines = code.split('\n');
		/** @type {{ line: number, column: number, source: string }[]} */
		const segments = [];
		eachMapping(map, (m) =>
			segments.push({ line: m.generatedLine - 1, column: m.generatedColumn, source: m.source ?? '(unmapped)' })
		);
		segments.sort((a, b) => a.line - b.line || a.column - b.column);
		let covered = 0;
		for (let i = 0; i < segments.length; i++) {
			const seg = /** @type {any} */ (segments[i]);
			const next = segments[i + 1];
			const line = lines[seg.line] ?? '';
			const end = next && next.line === seg.line ? next.column : line.length;
			const text = line.slice(seg.column, end);
			covered += text.length;
			add(seg.source, text);
		}
		add('(unmapped)', ' '.repeat(Math.max(0, code.length - covered)));
	}
	const bySource = [...pieces.entries()].map(([source, list]) => {
		const text = list.join('');
		return {
			source: projectPath(source),
			raw: text.length,
			aloneGzip: text.trim() ? gzipSize(text) : 0
		};
	});
	const aloneTotal = bySource.reduce((sum, s) => sum + s.aloneGzip, 0) || 1;
	for (const s of bySource) /** @type {any} */ (s).gzip = Math.round((s.aloneGzip / aloneTotal) * realGzip);
	return { file, raw: code.length, gzip: realGzip, bySource };
}

/**
 * @param {any} profile CDP Profiler profile
 * @param {(url: string) => { map: TraceMap, hinted: boolean } | undefined} mapFor a script's source
 *   map, and whether its first line is the compile hint (which came after the map)
 */
function summariseProfile(profile, mapFor) {
	/** @type {Map<number, any>} */
	const nodes = new Map(profile.nodes.map((/** @type {any} */ node) => [node.id, node]));
	/** @type {Map<number, number>} */
	const selfUs = new Map();
	const deltas = profile.timeDeltas ?? [];
	profile.samples.forEach((/** @type {number} */ id, /** @type {number} */ i) =>
		selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0))
	);
	/** @type {Map<string, number>} */
	const byFunction = new Map();
	/** @type {Map<string, number>} */
	const byGroup = new Map();
	let total = 0;
	for (const [id, us] of selfUs) {
		const frame = nodes.get(id)?.callFrame;
		if (!frame) continue;
		total += us;
		let where = frame.url ? frame.url.replace(/^https?:\/\/[^/]+/, '') : '';
		let name = frame.functionName || '(anonymous)';
		let group = frame.url ? 'unmapped script' : name; // (program), (garbage collector), (idle)
		const script = frame.url ? mapFor(frame.url) : undefined;
		if (script && frame.lineNumber >= 0) {
			const line = frame.lineNumber + (script.hinted ? 0 : 1);
			const original =
				line >= 1
					? originalPositionFor(script.map, { line, column: frame.columnNumber })
					: { source: null, line: 0, name: null };
			if (original.source) {
				const source = projectPath(original.source);
				where = `${source}:${original.line}`;
				if (original.name) name = original.name;
				group = groupOf(original.source);
			}
		}
		const key = `${name} ${where}`;
		byFunction.set(key, (byFunction.get(key) ?? 0) + us);
		byGroup.set(group, (byGroup.get(group) ?? 0) + us);
	}
	const rank = (/** @type {Map<string, number>} */ m, /** @type {number} */ n) =>
		[...m.entries()]
			.sort((a, b) => b[1] - a[1])
			.slice(0, n)
			.map(([key, us]) => ({ key, ms: Math.round(us / 100) / 10 }));
	return { totalMs: Math.round(total / 1000), byGroup: rank(byGroup, 25), byFunction: rank(byFunction, 40) };
}

/**
 * Original function and file of a trace FunctionCall (1-based line and column in the built file).
 * @param {any} data @param {(url: string) => { map: TraceMap, hinted: boolean } | undefined} mapFor
 */
function callSite(data, mapFor) {
	if (!data?.url) return data?.functionName || '(native)';
	const script = mapFor(data.url);
	const built = `${String(data.url).replace(/^https?:\/\/[^/]+/, '')}:${data.lineNumber}:${data.columnNumber}`;
	const line = data.lineNumber - (script?.hinted ? 1 : 0);
	if (!script || line < 1) return `${data.functionName || '(anonymous)'} ${built}`;
	const original = originalPositionFor(script.map, { line, column: Math.max(0, data.columnNumber - 1) });
	if (!original.source) return `${data.functionName || '(anonymous)'} ${built}`;
	return `${original.name || data.functionName || '(anonymous)'} ${projectPath(original.source)}:${original.line}`;
}

/** @param {Record<string, number>} byName time inside a task by trace event name */
function dominant(byName) {
	const kinds = {
		script: (byName.FunctionCall ?? 0) + (byName.EvaluateScript ?? 0) + (byName['v8.evaluateModule'] ?? 0),
		style: byName.UpdateLayoutTree ?? 0,
		layout: byName.Layout ?? 0,
		paint: (byName.Paint ?? 0) + (byName.PrePaint ?? 0) + (byName.Layerize ?? 0),
		gc: (byName.MinorGC ?? 0) + (byName.MajorGC ?? 0)
	};
	return Object.entries(kinds).sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
}

/**
 * Main-thread tasks over 50 ms in a Chrome trace, and what ran inside them.
 * @param {any[]} events @param {(url: string) => { map: TraceMap, hinted: boolean } | undefined} mapFor
 */
function summariseTrace(events, mapFor) {
	const main = events.find(
		(e) =>
			e.name === 'thread_name' &&
			e.args?.name === 'CrRendererMain' &&
			events.some((x) => x.pid === e.pid && x.name === 'ParseHTML')
	);
	if (!main) return { error: 'no renderer main thread in trace' };
	const onMain = events.filter(
		(e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number'
	);
	const scrollMark = events.find((e) => e.name === 'bench-scroll-start');
	const scrollStart = scrollMark?.ts ?? Infinity;
	const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 50_000);
	const INTERESTING = [
		'EvaluateScript',
		'v8.evaluateModule',
		'FunctionCall',
		'TimerFire',
		'FireAnimationFrame',
		'EventDispatch',
		'UpdateLayoutTree',
		'Layout',
		'PrePaint',
		'Paint',
		'Layerize',
		'MinorGC',
		'MajorGC',
		'V8.GC_SCAVENGER',
		'ParseHTML',
		'HitTest',
		'IntersectionObserverController::computeIntersections',
		'v8.compile',
		'v8.compileModule',
		'ProfileCall'
	];
	const summary = tasks.map((task) => {
		const end = task.ts + task.dur;
		const inside = onMain.filter(
			(e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= end && INTERESTING.includes(e.name)
		);
		/** @type {Record<string, number>} */
		const byName = {};
		for (const e of inside) byName[e.name] = Math.round(((byName[e.name] ?? 0) + e.dur / 1000) * 10) / 10;
		const calls = inside.filter((e) => e.name === 'FunctionCall');
		const outermost = calls.filter(
			(e) => !calls.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur)
		);
		/** @type {Record<string, number>} */
		const scriptBy = {};
		for (const call of outermost) {
			const key = callSite(call.args?.data, mapFor);
			scriptBy[key] = Math.round(((scriptBy[key] ?? 0) + call.dur / 1000) * 10) / 10;
		}
		const triggers = inside
			.filter((e) => ['TimerFire', 'FireAnimationFrame', 'EventDispatch'].includes(e.name))
			.map((e) => `${e.name}${e.args?.data?.type ? `:${e.args.data.type}` : ''}`);
		return {
			phase: task.ts < scrollStart ? 'load' : 'scroll',
			ms: Math.round(task.dur / 1000),
			kind: dominant(byName),
			byName,
			triggers: [...new Set(triggers)],
			script: scriptBy
		};
	});
	/** @param {string} phase */
	const totals = (phase) => {
		/** @type {Record<string, number>} */
		const sum = {};
		for (const task of summary.filter((t) => t.phase === phase)) {
			for (const [name, ms] of Object.entries(task.byName)) sum[name] = Math.round(((sum[name] ?? 0) + ms) * 10) / 10;
		}
		return sum;
	};
	/** @param {string} phase */
	const scriptTotals = (phase) => {
		/** @type {Record<string, number>} */
		const sum = {};
		for (const task of summary.filter((t) => t.phase === phase)) {
			for (const [key, ms] of Object.entries(task.script)) sum[key] = Math.round(((sum[key] ?? 0) + ms) * 10) / 10;
		}
		return Object.entries(sum)
			.sort((a, b) => b[1] - a[1])
			.slice(0, 25)
			.map(([key, ms]) => ({ key, ms }));
	};
	/** @param {string} phase */
	const kinds = (phase) => {
		/** @type {Record<string, { tasks: number, ms: number }>} */
		const by = {};
		for (const task of summary.filter((t) => t.phase === phase)) {
			const entry = (by[task.kind] ??= { tasks: 0, ms: 0 });
			entry.tasks++;
			entry.ms += task.ms;
		}
		return by;
	};
	return {
		load: {
			tasks: summary.filter((t) => t.phase === 'load'),
			inside: totals('load'),
			script: scriptTotals('load'),
			kinds: kinds('load')
		},
		scroll: {
			count: summary.filter((t) => t.phase === 'scroll').length,
			inside: totals('scroll'),
			script: scriptTotals('scroll'),
			kinds: kinds('scroll'),
			longest: summary
				.filter((t) => t.phase === 'scroll')
				.sort((a, b) => b.ms - a.ms)
				.slice(0, 8)
		}
	};
}

/** Layout shift while scrolling, summed by the set of elements that moved, averaged over runs. @param {any[]} runs */
function shiftsBySource(runs) {
	/** @type {Record<string, number>} */
	const by = {};
	for (const run of runs) {
		for (const shift of run.layoutShifts) {
			const key = [
				...new Set(shift.sources.map((/** @type {any} */ source) => source.node.replace(/\.svelte-[a-z0-9]+/g, '')))
			]
				.sort()
				.join(' + ');
			by[key] = (by[key] ?? 0) + shift.value / runs.length;
		}
	}
	return Object.entries(by)
		.sort((a, b) => b[1] - a[1])
		.map(([nodes, value]) => ({ nodes, value: Math.round(value * 10000) / 10000 }));
}

async function main() {
	const dir = buildWithSourceMaps();
	const buildDir = path.join(dir, 'build');
	const server = await startServer({ port: PORT, root: buildDir });
	try {
		/** @type {Map<string, { map: TraceMap, hinted: boolean } | undefined>} */
		const maps = new Map();
		const mapFor = (/** @type {string} */ url) => {
			const pathname = new URL(url).pathname;
			if (!maps.has(pathname)) {
				const file = path.join(buildDir, pathname);
				maps.set(
					pathname,
					existsSync(`${file}.map`)
						? {
								map: new TraceMap(readFileSync(`${file}.map`, 'utf8')),
								hinted: readFileSync(file, 'utf8').startsWith(COMPILE_HINT)
							}
						: undefined
				);
			}
			return maps.get(pathname);
		};

		console.log('Profiling load and scroll of / ...');
		/** @type {any} */
		let loadProfile;
		const profiled = await scrollRun(`${server.origin}/`, {
			cdpSetup: async (cdp) => {
				await cdp.send('Profiler.enable');
				await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
				await cdp.send('Profiler.start');
			},
			onScrollStart: async (cdp) => {
				loadProfile = (await cdp.send('Profiler.stop')).profile;
				await cdp.send('Profiler.start');
			},
			onScrollEnd: async (cdp) => (await cdp.send('Profiler.stop')).profile
		});

		const scripts = [
			...new Set(profiled.requests.filter((r) => r.resourceType === 'Script').map((r) => new URL(r.url).pathname))
		];
		const bundles = scripts.map((pathname) => attribute(path.join(buildDir, pathname)));
		/** @type {Map<string, { raw: number, gzip: number }>} */
		const groups = new Map();
		for (const bundle of bundles) {
			for (const s of bundle.bySource) {
				const group = s.source.startsWith('(') ? s.source : groupOf(s.source);
				const entry = groups.get(group) ?? { raw: 0, gzip: 0 };
				entry.raw += s.raw;
				entry.gzip += /** @type {any} */ (s).gzip;
				groups.set(group, entry);
			}
		}

		console.log('Tracing load and scroll of / ...');
		/** @type {any} */
		const traceEvents = [];
		const traced = await scrollRun(`${server.origin}/`, {
			cdpSetup: async (cdp) => {
				cdp.on('Tracing.dataCollected', (event) => traceEvents.push(...event.value));
				await cdp.send('Tracing.start', {
					traceConfig: {
						includedCategories: [
							'devtools.timeline',
							'disabled-by-default-devtools.timeline',
							'v8.execute',
							'blink.user_timing',
							'v8',
							'blink',
							'__metadata'
						],
						recordMode: 'recordContinuously'
					},
					transferMode: 'ReportEvents'
				});
			},
			onScrollStart: async (cdp) => {
				await cdp.send('Runtime.evaluate', { expression: "performance.mark('bench-scroll-start')" });
			},
			onScrollEnd: async (cdp) => {
				const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
				await cdp.send('Tracing.end');
				await done;
			}
		});

		if (process.env.BENCH_DIAG_TRACE) writeFileSync(process.env.BENCH_DIAG_TRACE, JSON.stringify({ traceEvents }));
		const result = {
			generatedAt: new Date().toISOString(),
			loadavg: readFileSync('/proc/loadavg', 'utf8').trim(),
			scripts: bundles.map((b) => ({ file: b.file.replace(buildDir, ''), raw: b.raw, gzip: b.gzip })),
			jsGzip: bundles.reduce((sum, b) => sum + b.gzip, 0),
			groups: [...groups.entries()].sort((a, b) => b[1].gzip - a[1].gzip).map(([group, size]) => ({ group, ...size })),
			sources: bundles
				.flatMap((b) => b.bySource)
				.sort((a, b) => /** @type {any} */ (b).gzip - /** @type {any} */ (a).gzip)
				.slice(0, 40),
			loadProfile: summariseProfile(loadProfile, mapFor),
			scrollProfile: summariseProfile(profiled.profile, mapFor),
			scrollRuns: [profiled, traced].map(({ profile: _, requests: __, longTaskList, ...rest }) => ({
				...rest,
				longTaskList
			})),
			layoutShiftBySource: shiftsBySource([profiled, traced]),
			trace: summariseTrace(traceEvents, mapFor)
		};
		mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
		writeFileSync(path.join(ROOT, 'bench', 'results', 'diagnosis.json'), `${JSON.stringify(result, null, '\t')}\n`);
		console.log(
			JSON.stringify(
				{ groups: result.groups, loadProfile: result.loadProfile.byGroup, scrollProfile: result.scrollProfile.byGroup },
				null,
				1
			)
		);
		console.log('Wrote bench/results/diagnosis.json');
	} finally {
		await server.close();
		if (!KEEP) rmSync(dir, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
