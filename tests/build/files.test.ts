// The built site's data files and assets: each chart's CSV, no resource from another origin
// in any page, style sheet or script, and the static server's answers (404 page, CSV type).

import { csvParse } from 'd3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';
import { CSV_COLUMNS } from '../../src/lib/charts/csv';
import { chartSpecs, figures } from '../story';
import { BASE_PATH, BUILD_DIR, builtFiles, builtPage, readBuilt } from './built';

describe('the CSVs', () => {
	for (const spec of chartSpecs) {
		it(`data/${spec.id}.csv parses and matches the figures, with a source on every row`, () => {
			const rows = csvParse(readBuilt(`data/${spec.id}.csv`));
			expect(rows.columns).toEqual([...CSV_COLUMNS]);
			expect(rows.map((r) => r.figure_id)).toEqual([...spec.figureIds]);
			for (const row of rows) {
				const f = figures[row.figure_id ?? ''];
				expect(f, `unknown figure ${row.figure_id}`).toBeDefined();
				if (!f) continue;
				expect(row.display).toBe(f.display);
				if (f.unit !== 'date' && f.inWords !== 'words-only') expect(Number(row.value)).toBe(f.value);
				// A figure published only in words never becomes an exact number: its row says what the value is.
				if (f.inWords) expect(row.value_is).toMatch(/bound|approximate|empty/);
				expect(row.source_url).toBe(f.source.url);
				expect(row.source_url).toMatch(/^https?:\/\//);
				expect(row.published_after_statement).toBe(f.publishedAfterStatement ? 'yes' : 'no');
			}
		});
	}
});

describe('no resource from another origin', () => {
	const ABSOLUTE = /^(https?:)?\/\//i;
	const files = builtFiles();

	it('in any page: scripts, styles, images, frames, fonts, preconnects', () => {
		const found: string[] = [];
		for (const file of files.filter((f) => f.endsWith('.html'))) {
			const route = file === '404.html' ? '/404' : `/${file.slice(0, -'index.html'.length)}`;
			const page = builtPage(route);
			for (const el of page.querySelectorAll(
				'script[src], img, source, iframe, video, audio, track, embed, object, link, [style], meta[http-equiv]'
			)) {
				const rel = (el.getAttribute('rel') ?? '').toLowerCase();
				// <link rel="canonical"> and similar name an address; they do not load it.
				if (
					el.tagName === 'LINK' &&
					!/stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch|icon|manifest/.test(rel)
				)
					continue;
				const urls = [
					el.getAttribute('src'),
					el.getAttribute('data'),
					el.tagName === 'LINK' ? el.getAttribute('href') : undefined,
					...(el.getAttribute('srcset') ?? '').split(',').map((s) => s.trim().split(/\s+/)[0]),
					...[...(el.getAttribute('style') ?? '').matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]),
					/refresh/i.test(el.getAttribute('http-equiv') ?? '')
						? el.getAttribute('content')?.split('url=')[1]
						: undefined
				];
				for (const url of urls)
					if (url && ABSOLUTE.test(url.trim())) found.push(`${file}: <${el.tagName.toLowerCase()}> ${url}`);
			}
			for (const style of readBuilt(file).match(/<style[\s\S]*?<\/style>/g) ?? [])
				found.push(...cssImports(style).map((u) => `${file}: <style> ${u}`));
		}
		expect(found).toEqual([]);
	});

	it('in any style sheet', () => {
		const found = files
			.filter((f) => f.endsWith('.css'))
			.flatMap((f) => cssImports(readBuilt(f)).map((u) => `${f}: ${u}`));
		expect(found).toEqual([]);
	});

	it('in any script: no import, fetch or worker from another origin', () => {
		const loads =
			/\b(?:import\s*\(?|from|fetch\s*\(|new\s+(?:Worker|SharedWorker|EventSource|WebSocket)\s*\(|importScripts\s*\()\s*["'`]((?:https?|wss?):)?\/\/[^"'`]+/g;
		const found = files
			.filter((f) => /\.m?js$/.test(f))
			.flatMap((f) => [...readBuilt(f).matchAll(loads)].map((m) => `${f}: ${m[0]}`));
		expect(found).toEqual([]);
	});

	function cssImports(css: string): string[] {
		return [...css.matchAll(/(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)/g)]
			.map((m) => m[1] ?? '')
			.filter((u) => ABSOLUTE.test(u));
	}
});

describe('served the way a static host serves it (scripts/serve.mjs)', () => {
	let server: Awaited<ReturnType<typeof startServer>>;
	beforeAll(async () => {
		server = await startServer({ port: 0, root: BUILD_DIR, base: BASE_PATH });
	});
	afterAll(() => server?.close());

	for (const path of ['/measures/not-a-measure/', '/no-such-page']) {
		it(`${path} answers 404 with the site's 404 page`, async () => {
			const response = await fetch(new URL(`.${path}`, server.url));
			expect(response.status).toBe(404);
			expect(await response.text()).toBe(readBuilt('404.html'));
		});
	}

	it('serves each CSV as text/csv', async () => {
		for (const spec of chartSpecs) {
			const response = await fetch(new URL(`data/${spec.id}.csv`, server.url));
			expect(response.status, spec.id).toBe(200);
			expect(response.headers.get('content-type'), spec.id).toContain('text/csv');
		}
	});
});

describe('the favicon', () => {
	it('is in every page, so no page asks for it while it is first drawn', () => {
		const pages = builtFiles().filter((f) => f.endsWith('.html'));
		const without = pages.filter((file) => {
			const icon = builtPage(file === '404.html' ? '/404' : `/${file.slice(0, -'index.html'.length)}`).querySelector(
				'link[rel="icon"]'
			);
			return !icon?.getAttribute('href')?.startsWith('data:image/svg+xml,%3Csvg');
		});
		expect(pages.length).toBeGreaterThan(20);
		expect(without).toEqual([]);
	});
});
