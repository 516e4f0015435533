// Every built page's structure, metadata and links, the 404 page, and what the prerendered
// pages show without JavaScript: checks of the built HTML that need no browser.

import { describe, expect, it } from 'vitest';
import { EXIT_URL, chartSpecs, chartsIn, measures, sitePages } from '../story';
import { BASE_PATH, builtPage, builtPages, readerText, routeOf } from './built';

describe('the build', () => {
	it('has every page of the story, and no other', () => {
		expect(builtPages()).toEqual([...sitePages].sort());
	});
});

/** Headings in document order, leaving out those the page hides. */
function headings(route: string): { level: number; text: string }[] {
	return builtPage(route)
		.querySelectorAll('h1, h2, h3, h4, h5, h6')
		.filter((h) => !h.closest('[hidden], [aria-hidden="true"]'))
		.map((h) => ({ level: Number(h.tagName.slice(1)), text: readerText(h).slice(0, 80) }));
}

for (const route of [...sitePages, '/404']) {
	describe(`page ${route}`, () => {
		const page = () => builtPage(route);
		const content = (selector: string) =>
			page()
				.querySelectorAll(selector)
				.map((el) => (el.getAttribute('content') ?? '').trim());

		it('has its language, title, description and social metadata', () => {
			expect(page().querySelector('html')?.getAttribute('lang')).toBe('en-GB');
			expect(readerText(page().querySelector('title')!), '<title>').not.toBe('');
			expect(content('meta[name="description"]'), 'one meta description').toEqual([expect.stringMatching(/\S/)]);
			expect(content('meta[property="og:title"]'), 'one og:title').toEqual([expect.stringMatching(/\S/)]);
		});

		it.skipIf(route === '/404')('has an absolute canonical URL pointing at itself', () => {
			const canonical = page()
				.querySelectorAll('link[rel="canonical"]')
				.map((l) => l.getAttribute('href') ?? '');
			expect(canonical).toHaveLength(1);
			expect(canonical[0], 'canonical URL must be absolute').toMatch(/^https?:\/\/[^/]+/);
			expect(routeOf(canonical[0]!), `canonical URL ${canonical[0]}`).toBe(route);
		});

		it('has one main landmark, one h1 and headings that do not skip levels', () => {
			expect(page().querySelectorAll('main, [role="main"]')).toHaveLength(1);
			const outline = headings(route);
			expect(
				outline.filter((h) => h.level === 1),
				'exactly one <h1>'
			).toHaveLength(1);
			const skips = outline.flatMap((h, i) => {
				const previous = outline[i - 1];
				return previous && h.level > previous.level + 1
					? [`h${previous.level} "${previous.text}" is followed by h${h.level} "${h.text}"`]
					: [];
			});
			expect(skips, 'headings must not skip levels').toEqual([]);
		});

		it('has an "Exit this page" link that leaves for the top window, without a referrer', () => {
			const links = page().querySelectorAll('a[data-exit-page]');
			expect(links.length, 'a[data-exit-page] link').toBeGreaterThan(0);
			for (const link of links) {
				expect(readerText(link)).toContain('Exit this page');
				expect(link.getAttribute('href')).toBe(EXIT_URL);
				expect(link.getAttribute('target')).toBe('_top');
				expect(link.getAttribute('rel') ?? '').toMatch(/(^|\s)noreferrer(\s|$)/);
			}
		});
	});
}

describe('the 404 page', () => {
	it('links back to the story', () => {
		const hrefs = builtPage('/404')
			.querySelectorAll('a[href]')
			.map((a) => a.getAttribute('href'));
		expect(hrefs).toContain(`${BASE_PATH}/`);
	});
});

describe('charts without JavaScript', () => {
	const figureOf = (route: string, id: string) => builtPage(route).querySelector(`figure[data-chart="${id}"]`);

	for (const spec of chartSpecs) {
		it(`${spec.id} is on / as SVG in its first state, with title, source and data`, () => {
			const figure = figureOf('/', spec.id);
			expect(figure, `figure[data-chart="${spec.id}"]`).not.toBeNull();
			expect(figure!.querySelector('.chart-area svg'), 'an SVG').not.toBeNull();
			expect(figure!.querySelector('[data-chart-state]')?.getAttribute('data-chart-state')).toBe(spec.states[0]?.id);
			expect(readerText(figure!.querySelector('.chart-title')!), 'title').not.toBe('');
			// The title is read with its scope: where and when the figures are from.
			expect(readerText(figure!.querySelector('.chart-title .chart-scope')!), 'scope').toBe(
				`${spec.place}; ${spec.period}`
			);
			expect(figure!.querySelector('.source-line a'), 'a source link').not.toBeNull();
			const details = figure!
				.querySelectorAll('details')
				.find((d) => readerText(d.querySelector('summary')!).includes('Show the data'));
			expect(details, '“Show the data”').toBeDefined();
			expect(details!.querySelectorAll('table tbody tr')).toHaveLength(spec.figureIds.length);
			expect(figure!.querySelector(`a[href$="/data/${spec.id}.csv"]`), 'a CSV link').not.toBeNull();
		});
	}

	for (const measure of measures) {
		it(`/measures/${measure.slug}/ has its chapter’s charts`, () => {
			const charts = chartsIn(measure);
			expect(charts.length, `${measure.slug} drives a chart`).toBeGreaterThan(0);
			for (const id of charts)
				expect(figureOf(`/measures/${measure.slug}/`, id)?.querySelector('.chart-area svg'), id).toBeTruthy();
		});
	}
});
