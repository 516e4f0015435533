// The built pages load no SvelteKit client: their one script is the islands entry, and no
// built script or island carries the figures module's or the sources module's material
// (quotes, source titles and addresses): those stay in the HTML the server wrote.

import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { chartOf } from '../../src/lib/charts/registry';
import { sources } from '../../src/lib/data/sources';
import { chartData } from '../../src/lib/islands/chart-data';
import { linesInMarkup } from '../../src/lib/scrolly/step-html';
import { chartSpecs } from '../chart-specs';
import { figures } from '../story';
import { BASE_PATH, builtFiles, readBuilt } from './built';

const files = builtFiles();
const scripts = files.filter((file) => file.endsWith('.js'));
const pages = files.filter((file) => file.endsWith('.html'));

const quotes = Object.values(figures).map((f) => f.quote);
const sourceRecords = Object.values(sources).flatMap((s) => [s.url, s.title]);
/** What figures.ts and sources.ts hold that no drawing needs (long enough not to occur by chance). */
const serverOnly = [...quotes, ...sourceRecords].filter((text) => text.length >= 24);

/** The island data blocks a page carries: `<script type="application/json" data-island-props>`. */
function islandData(html: string): string[] {
	return [...html.matchAll(/<script type="application\/json" data-island-props>([^<]*)<\/script>/g)].map((m) => m[1]!);
}

describe('the islands build', () => {
	it('checks quotes and source records that exist', () => {
		expect(serverOnly.length).toBeGreaterThan(100);
		expect(scripts).toContain('_islands/main.js');
		expect(scripts.length).toBeGreaterThan(5);
	});

	it('asks Chromium to compile every script the islands load as it arrives, the entry too (the compile hint is the first line)', () => {
		const chunks = scripts.filter((file) => file.startsWith('_app/immutable/islands/'));
		expect(chunks.length).toBeGreaterThan(5);
		for (const file of [...chunks, '_islands/main.js'])
			expect(readBuilt(file).split('\n', 1)[0], file).toBe('//# allFunctionsCalledOnLoad');
	});

	it('puts no figure quote and no source title or address into any built script', () => {
		for (const file of scripts) {
			const code = readBuilt(file);
			const found = serverOnly.filter(
				(text) => code.includes(text) || code.includes(JSON.stringify(text).slice(1, -1))
			);
			expect(found, file).toEqual([]);
		}
	});

	it('leaves d3-interpolate, d3-color and d3-format out of the browser (identity scales: nothing interpolates, no colours or ticks)', () => {
		for (const file of scripts) {
			const code = readBuilt(file);
			// d3-color's named-colour table, d3-format's SI prefixes, d3-interpolate's number pattern and zoom constant.
			expect(code, file).not.toContain('aliceblue');
			expect(code, file).not.toMatch(/[`"']y[`"'],\s*[`"']z[`"'],\s*[`"']a[`"']/);
			expect(code, file).not.toContain('(?:\\d+\\.?\\d*|\\.?\\d+)');
			expect(code, file).not.toContain('Math.SQRT2,2,4');
		}
	});

	it('leaves d3-scale’s continuous scales and d3-array out of the browser (see browser-only/d3-scale.ts)', () => {
		const code = scripts.map((file) => readBuilt(file)).join('\n');
		expect(code).toContain('SceneChart sets only x and y, with scaleIdentity()');
		for (const file of scripts) {
			const chunk = readBuilt(file);
			// d3-array's tick steps (ticks.js), which d3-scale's continuous scales import.
			expect(chunk, file).not.toContain('Math.sqrt(50)');
		}
	});

	it('leaves out the LayerCake helpers no chart reaches in the browser (see browser-only/layercake-unused.ts)', () => {
		const chunks = scripts.map((file) => readBuilt(file));
		expect(
			chunks.some((code) => code.includes('layercake-container')),
			'LayerCake is in the build'
		).toBe(true);
		expect(chunks.join('')).toContain('LayerCake printDebug()');
		for (const [index, code] of chunks.entries()) {
			const file = scripts[index]!;
			// printDebug's banner, warnEmptySize's warning, calcExtents' error, padScale's list.
			expect(code, file).not.toContain('LayerCake Debug');
			expect(code, file).not.toContain('zero or negative width');
			expect(code, file).not.toContain('argument of calcExtents()');
			expect(code, file).not.toContain('scaleSequentialQuantile');
		}
	});

	it('leaves the charts’ spec words (title, place, period, kind, state labels) on the server', () => {
		const code = scripts.map((file) => readBuilt(file)).join('\n');
		// A chart whose layout runs in the browser is there (its spec's ids and figure lists).
		expect(code).toContain('who-gets-stopped');
		const words = chartSpecs.flatMap((spec) => [
			spec.title,
			spec.place,
			spec.period,
			spec.kind,
			...spec.states.map((state) => state.label)
		]);
		// (Long enough not to be the same words as a chart draws: a short label may be.)
		expect(words.filter((text) => text.length >= 20 && code.includes(text))).toEqual([]);
	});

	it('leaves SvelteKit’s unused client build out', () => {
		expect(files.filter((file) => /^_app\/immutable\/(entry|nodes|chunks)\//.test(file))).toEqual([]);
	});

	for (const page of pages) {
		it(`${page}: no SvelteKit hydration, at most one loader (of the islands entry, after the islands), island data with no quote`, () => {
			const html = readBuilt(page);
			expect(html).not.toContain('__sveltekit');
			expect(html).not.toMatch(/_app\/immutable\/(entry|nodes|chunks)\//);
			const executable = [...html.matchAll(/<script\b([^>]*)>/g)]
				.map((m) => m[1]!)
				.filter((attrs) => !/type="application\/(ld\+)?json"/.test(attrs));
			// No script element the browser could fetch while drawing the page: the entry is imported
			// by the inline loader, only where something needs it (an island, or embed codes to copy),
			// and the loader comes after every island.
			const loaders = [...html.matchAll(/<script data-islands-entry>([^<]*)<\/script>/g)];
			const rest = html.replace(/<script data-islands-entry>[^<]*<\/script>/, '');
			const needsScript = rest.includes('data-island=') || rest.includes('data-copy-code');
			expect(executable.filter((attrs) => attrs.includes('type="module"'))).toEqual([]);
			expect(loaders.length).toBe(needsScript ? 1 : 0);
			if (needsScript) {
				// The loader is minified (src/hooks.server.ts): the address may be in quotes or backticks.
				expect(loaders[0]![1]).toMatch(new RegExp('import\\(([`"])' + BASE_PATH + '/_islands/main\\.js\\1\\)'));
				const loader = loaders[0]!;
				expect(html.slice(loader.index + loader[0].length), page).not.toContain('data-island=');
			}
			// Any other script is the preview's loader from its fixed address, or inline (the embed's
			// theme, checked in first-paint.test.ts).
			for (const attrs of executable.filter((a) => !a.includes('type="module"') && a.includes('src='))) {
				expect(attrs, page).toMatch(new RegExp(`src="${BASE_PATH}/embed/loader\\.js"`));
			}
			for (const data of islandData(html)) {
				expect(() => JSON.parse(data) as unknown).not.toThrow();
				expect(serverOnly.filter((text) => data.includes(JSON.stringify(text).slice(1, -1)))).toEqual([]);
			}
		});
	}

	it('every chart’s captions and footnotes travel once, in its markup, where the browser reads them back (step-html.ts)', () => {
		let checked = 0;
		for (const page of pages) {
			const html = readBuilt(page);
			for (const figure of parse(html).querySelectorAll('figure.scrolly[data-chart]')) {
				const chart = chartOf(figure.getAttribute('data-chart')!);
				const island = figure.querySelector('[data-island="scrolly"]')!;
				const states = island.querySelectorAll('li.step[data-state]').map((li) => li.getAttribute('data-state')!);
				const data = island.nextElementSibling!.textContent;
				expect(JSON.parse(data), `${page} ${chart.id}`).not.toHaveProperty('lines');
				const { lines } = chartData(chart, states, figures);
				expect(linesInMarkup(island as unknown as ParentNode), `${page} ${chart.id}`).toEqual(lines);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(20);
	});

	it('leaves the site’s figures out of the first layout (the islands lay them out after load); an embed’s never', () => {
		const figuresOf = (html: string) => [...html.matchAll(/<figure\b[^>]*\bclass="scrolly\b[^>]*>/g)].map((m) => m[0]);
		let site = 0;
		for (const page of pages) {
			const figures = figuresOf(readBuilt(page));
			const embedded = page.startsWith('embed/');
			for (const figure of figures) {
				expect(figure.includes('data-layout-later'), `${page}: ${figure}`).toBe(!embedded);
				expect(figure.includes('--steps:'), `${page}: a height to hold, from its step count`).toBe(!embedded);
			}
			if (!embedded) site += figures.length;
		}
		expect(site, 'the story’s eight and the measure pages’').toBeGreaterThanOrEqual(13);
	});

	it('the embed preview, which has nothing to hydrate, loads no islands entry', () => {
		const html = readBuilt('embed/preview/index.html');
		expect(html).not.toContain('data-island=');
		expect(html).not.toContain('_islands/main.js');
	});
});

describe('hydration markers (src/lib/islands/markers.ts)', () => {
	it('are only inside islands, each island starting at its own, on every page', () => {
		const pages = builtFiles().filter((file) => file.endsWith('.html'));
		const outsideIslands = pages.filter((page) =>
			/<!--(\[|\])/.test(
				readBuilt(page).replace(/<div class="island[^"]*" data-island=[\s\S]*?<script type="application\/json"/g, '')
			)
		);
		expect(pages.length).toBeGreaterThan(20);
		expect(outsideIslands).toEqual([]);
		expect(/data-island="scrolly"[^>]*><!--\[-->/.test(readBuilt('index.html')), 'an island’s first marker').toBe(true);
	});
});
