// What a page needs before its first paint, read from the build without a browser: its HTML and
// nothing else. No style sheet to fetch (every page's CSS is inline), no classic script to wait
// for (the embed's theme is set by an inline script, before the body, so no flash of the wrong
// theme), the timelines' big layouts in a file of their own rather than in the page, no files
// nothing loads; and every page's headers short enough for every host.

import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/lib/headers-file.mjs';
import { BASE_PATH, builtFiles, readBuilt, routeOf } from './built';

const files = builtFiles();
const pages = files.filter((file) => file.endsWith('.html'));
const embedPages = pages.filter((file) => file.startsWith('embed/'));

const headOf = (html: string) => html.slice(0, html.indexOf('</head>'));

/** The island data blocks of a page, parsed. */
const islandProps = (html: string) =>
	[...html.matchAll(/<script type="application\/json" data-island-props>([^<]*)<\/script>/g)].map(
		(m) => JSON.parse(m[1]!) as Record<string, unknown>
	);

describe('first paint needs only the HTML', () => {
	it('checks every page and every embed', () => {
		expect(pages.length).toBeGreaterThan(10);
		expect(embedPages.length).toBeGreaterThan(3);
	});

	for (const page of pages) {
		it(`${page}: its CSS inline, no style sheet or classic script to fetch before it is drawn`, () => {
			const html = readBuilt(page);
			const head = headOf(html);
			expect(html).not.toMatch(/<link\b[^>]*rel="stylesheet"/);
			expect(head).toMatch(/<style>[^<]*--paper:/);
			// A classic script with a src blocks the parser until it has loaded; ours are modules or async.
			const blocking = [...head.matchAll(/<script\b([^>]*)\bsrc=[^>]*>/g)]
				.map((m) => m[0])
				.filter((tag) => !/\btype="module"|\basync\b|\bdefer\b/.test(tag));
			expect(blocking).toEqual([]);
		});
	}

	for (const page of embedPages.filter((file) => file !== 'embed/preview/index.html')) {
		it(`${page}: sets its theme in the head, before the body, from theme= (default light)`, () => {
			const head = headOf(readBuilt(page));
			const scripts = [...head.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1]!);
			expect(scripts).toHaveLength(1);
			const themeFor = (search: string, systemDark: boolean) => {
				const attributes = new Map<string, string>();
				runInNewContext(scripts[0]!, {
					URLSearchParams,
					window: {
						location: { search },
						matchMedia: (query: string) => ({ matches: systemDark && query === '(prefers-color-scheme: dark)' })
					},
					document: { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } }
				});
				return attributes.get('data-theme');
			};
			expect(themeFor('', true)).toBe('light');
			expect(themeFor('?theme=dark', false)).toBe('dark');
			expect(themeFor('?theme=auto', true)).toBe('dark');
			expect(themeFor('?theme=auto', false)).toBe('light');
			expect(themeFor('?theme=%3Cb%3E&theme=dark', true)).toBe('light');
		});
	}
});

describe('the timelines’ layouts travel in a file of their own', () => {
	const story = readBuilt('index.html');
	const fromFile = islandProps(story).filter((props) => typeof props.drawnFrom === 'string');

	it('the story page names a layouts file for each timeline and carries no layouts over 24,000 characters', () => {
		expect(fromFile.map((props) => props.chart).sort()).toEqual(['missteps', 'timeline-2021']);
		for (const props of islandProps(story)) {
			if ('drawn' in props) expect(JSON.stringify(props.drawn).length).toBeLessThanOrEqual(24_000);
		}
	});

	for (const props of fromFile) {
		it(`${String(props.chart)}: its file is built, same origin, with a layout for every step the page shows`, () => {
			const address = String(props.drawnFrom);
			expect(address).toMatch(new RegExp(`^${BASE_PATH}/layouts/${String(props.chart)}\\.[0-9a-f]{8}\\.json$`));
			const drawn = JSON.parse(readBuilt(routeOf(address).replace(/^\//, ''))) as Record<string, unknown>;
			const steps = props.steps as { state: string }[];
			for (const { state } of steps) expect(drawn[state], state).toBeTruthy();
		});
	}
});

describe('files nothing loads are not written', () => {
	it('no __data.json (SvelteKit’s client-side data; the pages have no SvelteKit client)', () => {
		expect(files.filter((file) => file.endsWith('__data.json'))).toEqual([]);
	});

	it('no style sheet that no page links (every page’s CSS is inline)', () => {
		const html = pages.map(readBuilt);
		const unlinked = files.filter((file) => file.endsWith('.css') && !html.some((page) => page.includes(`/${file}"`)));
		expect(unlinked).toEqual([]);
	});
});

describe('headers every host accepts', () => {
	const rules = parseHeadersFile(readBuilt('_headers'));

	it('every page has its policy', () => {
		for (const page of pages) {
			const path = page === 'index.html' ? '/' : page.endsWith('/index.html') ? `/${page.slice(0, -10)}` : null;
			if (!path) continue;
			const rule = rules.find((r) => r.pattern === `${BASE_PATH}${path}`);
			expect(
				rule?.headers.some(([name]) => name === 'Content-Security-Policy'),
				page
			).toBe(true);
		}
	});

	// Cloudflare Pages reads at most 2,000 characters of one header line.
	it('no header line is over 2,000 characters', () => {
		const long = rules.flatMap((rule) =>
			rule.headers
				.filter(([name, value]) => `${name}: ${value}`.length > 2000)
				.map(([name, value]) => `${rule.pattern} ${name}: ${value.length + name.length + 2} characters`)
		);
		expect(long).toEqual([]);
	});
});
