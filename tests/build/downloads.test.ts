/**
 * The chart downloads in the built site (`npm run build` first; BUILD_DIR and BASE_PATH as the
 * build had them): every file is there, and "Show the data" links to each with a name that
 * says which step and which format.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { chartDownloads } from '$lib/charts/downloads';
import { charts } from '$lib/charts/registry';

const root = path.resolve(process.env.BUILD_DIR ?? 'build');
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

function built(file: string): string {
	return path.join(root, file.replace(/^\//, ''));
}

describe('chart downloads in the build', () => {
	it('has a build to test', () => {
		expect(existsSync(built('index.html')), `no ${root}/index.html: run npm run build first`).toBe(true);
	});

	const withDownloads = charts.filter((c) => chartDownloads(c).length > 0);

	it.each(withDownloads.map((c) => ({ id: c.id, chart: c })))('$id: every state as SVG and PNG', ({ chart }) => {
		for (const d of chartDownloads(chart)) {
			const svg = readFileSync(built(d.paths.svg), 'utf8');
			expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
			expect(svg).toContain('<title id="title">');
			const png = readFileSync(built(d.paths.png));
			expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
			expect(png.readUInt32BE(16)).toBe(1200);
		}
	});

	it('links each state’s SVG and PNG from “Show the data”, beside the CSV, with names that say which', () => {
		const page = parse(readFileSync(built('index.html'), 'utf8'));
		for (const chart of charts) {
			const figure = page.querySelector(`[data-chart="${chart.id}"]`);
			expect(figure, chart.id).not.toBeNull();
			const details = figure!.querySelector('details.show-data');
			expect(details?.querySelector(`a[href="${base}/data/${chart.id}.csv"]`), `${chart.id} CSV`).not.toBeNull();
			const links = details!.querySelectorAll('a[href*="/downloads/"]');
			const downloads = chartDownloads(chart);
			expect(links).toHaveLength(downloads.length * 2);
			for (const d of downloads) {
				for (const format of ['svg', 'png'] as const) {
					const a = details!.querySelector(`a[href="${base}${d.paths[format]}"]`);
					expect(a, `${chart.id} ${d.state} ${format}`).not.toBeNull();
					expect(a!.getAttribute('download')).toBe(`${d.fileName}.${format}`);
					expect(a!.textContent.replace(/\s+/g, ' ').trim()).toBe(`${d.name}: ${format.toUpperCase()}`);
					expect(existsSync(built(d.paths[format]))).toBe(true);
				}
			}
		}
	});

	it('serves the downloads with short caching, like the other files', () => {
		const headers = readFileSync(built('_headers'), 'utf8');
		expect(headers).toMatch(new RegExp(`^${base}/downloads/\\*\\n\\s+Cache-Control: public, max-age=300`, 'm'));
	});
});
