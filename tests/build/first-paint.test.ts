// What a page needs before its first paint, read from the build without a browser: its HTML and
// nothing else: no style sheet to fetch (every page's CSS is inline).

import { describe, expect, it } from 'vitest';
import { builtFiles, readBuilt } from './built';

const files = builtFiles();
const pages = files.filter((file) => file.endsWith('.html'));

const headOf = (html: string) => html.slice(0, html.indexOf('</head>'));

describe('first paint needs only the HTML', () => {
	it('checks every page', () => {
		expect(pages.length).toBeGreaterThan(10);
	});

	for (const page of pages) {
		it(`${page}: its CSS inline, no style sheet to fetch before it is drawn`, () => {
			const html = readBuilt(page);
			const head = headOf(html);
			expect(html).not.toMatch(/<link\b[^>]*rel="stylesheet"/);
			expect(head).toMatch(/<style>[^<]*--paper:/);
		});
	}
});
