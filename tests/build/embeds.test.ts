// The embed pages as built, without a browser (what they do inside partner pages is in
// tests/e2e/embeds/): each is noindex, canonical to its story page, leaves through the top
// window, unrolled without script, with its oEmbed file; unknown embeds are 404.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';
import { BASE_PATH, BUILD_DIR, readBuilt, routeOf } from './built';

/** The built HTML of a route ('/embed/streetsafe/'). */
const htmlOf = (route: string) => readBuilt(`${route.replace(/^\//, '')}index.html`);

const preview = htmlOf('/embed/preview/');
const framed = [...preview.matchAll(/data-evaw-src="([^"]+)"/g)].map((m) => routeOf(m[1]!));
const embeds = [...new Set(framed)];

describe('the embeds as built', () => {
	it('are each framed on the preview page at four widths: the story, each chapter and each chart card', () => {
		expect(framed.length).toBe(embeds.length * 4);
		expect(embeds).toContain('/embed/');
		expect(embeds.filter((route) => route.startsWith('/embed/chart/')).length).toBeGreaterThan(0);
	});

	for (const route of embeds) {
		it(`${route} is noindex, canonical to its story page, leaves through the top window and has the support lines`, () => {
			const html = htmlOf(route);
			expect(html).toContain('<meta name="robots" content="noindex"');
			expect(html).toMatch(/<link rel="canonical" href="[^"]*\/(measures\/[a-z-]+\/)?"/);
			expect(html).not.toMatch(/<link rel="canonical" href="[^"]*\/embed\//);
			expect(html).toContain('<base target="_top"');
			expect(html).toContain('Content note:');
			expect(html).toContain('National Domestic Abuse Helpline');
			expect(html).toContain('data-exit-page');
		});

		it(`${route} shows, without script, every step's text and then the chart in that step's state`, () => {
			const html = htmlOf(route);
			const steps = html.match(/<li class="step[^"]*"[^>]*data-state=/g) ?? [];
			const charts = html.match(/class="chart-area[^"]*"[^>]*data-state=/g) ?? [];
			expect(steps.length).toBeGreaterThan(0);
			expect(charts.length).toBe(steps.length);
		});

		it.skipIf(route === '/embed/')(`${route} links its oEmbed file, which embeds it at most 1000 px tall`, () => {
			const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(htmlOf(route));
			expect(discovery).not.toBeNull();
			const oembed = JSON.parse(readBuilt(routeOf(discovery![1]!).replace(/^\//, '')));
			expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
			expect(oembed.height).toBeLessThanOrEqual(1000);
			expect(oembed.html).toContain(`${route}"`);
		});
	}
});

describe('the embeds as served (scripts/serve.mjs)', () => {
	let server: Awaited<ReturnType<typeof startServer>>;
	beforeAll(async () => {
		server = await startServer({ port: 0, root: BUILD_DIR, base: BASE_PATH });
	});
	afterAll(() => server?.close());

	for (const path of ['/embed/no-such-chapter/', '/embed/chart/no-such-chart/', '/oembed/no-such.json']) {
		it(`${path} is 404`, async () => {
			expect((await fetch(new URL(`.${path}`, server.url))).status).toBe(404);
		});
	}

	it('serves the loader as JavaScript', async () => {
		const response = await fetch(new URL('./embed/loader.js', server.url));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('javascript');
	});
});
