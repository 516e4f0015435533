/**
 * The chart downloads in the built site: every file is there, and "Show the data" links to
 * each, beside the CSV, with a `download` name and a name that says which step and format.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartDownloads, DOWNLOAD_FORMATS } from '$lib/charts/downloads';
import { charts } from '$lib/charts/registry';
import { BASE_PATH, BUILD_DIR, builtPage, normalise, readBuilt } from './built';

const file = (sitePath: string) => path.join(BUILD_DIR, sitePath.replace(/^\//, ''));

describe('chart downloads in the build', () => {
	it.each(charts.map((c) => ({ id: c.id, chart: c })))(
		'$id: every state as SVG and as a 1,200-pixel PNG',
		({ chart }) => {
			const downloads = chartDownloads(chart);
			expect(downloads).toHaveLength(chart.states.length);
			for (const d of downloads) {
				const svg = readFileSync(file(d.paths.svg), 'utf8');
				expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
				expect(svg).toContain('<title id="title">');
				const png = readFileSync(file(d.paths.png));
				expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
				expect(png.readUInt32BE(16)).toBe(1200);
			}
		}
	);

	it('links each state’s SVG and PNG from “Show the data”, beside the CSV, with names that say which', () => {
		const page = builtPage('/');
		for (const chart of charts) {
			const details = page.querySelector(`[data-chart="${chart.id}"] details.show-data`);
			expect(details, chart.id).not.toBeNull();
			expect(details!.querySelector(`a[href="${BASE_PATH}/data/${chart.id}.csv"]`), `${chart.id} CSV`).not.toBeNull();
			const downloads = chartDownloads(chart);
			expect(details!.querySelectorAll('a[href*="/downloads/"]')).toHaveLength(
				downloads.length * DOWNLOAD_FORMATS.length
			);
			for (const d of downloads) {
				for (const format of DOWNLOAD_FORMATS) {
					const a = details!.querySelector(`a[href="${BASE_PATH}${d.paths[format]}"]`);
					expect(a, `${chart.id} ${d.state} ${format}`).not.toBeNull();
					expect(a!.getAttribute('download')).toBe(`${d.fileName}.${format}`);
					expect(normalise(a!.textContent)).toBe(`${d.name}: ${format.toUpperCase()}`);
					expect(existsSync(file(d.paths[format]))).toBe(true);
				}
			}
		}
	});

	it('serves the downloads with short caching, like the other files', () => {
		expect(readBuilt('_headers')).toMatch(
			new RegExp(`^${BASE_PATH}/downloads/\\*\\n\\s+Cache-Control: public, max-age=300`, 'm')
		);
	});
});
