// Hydration markers kept inside islands only (src/lib/islands/markers.ts), on markup rendered by
// Svelte itself (the built pages: tests/build/islands.test.ts).

import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Runs from '../../src/lib/components/Runs.svelte';
import { ISLAND_END, ISLAND_START, outsideIslandsWithoutMarkers } from '../../src/lib/islands/markers';

const rendered = render(Runs, {
	props: {
		runs: [
			{ kind: 'text', text: 'One ' },
			{ kind: 'figure', text: 'woman', href: '/sources/#x', title: 'A source', claim: false },
			{ kind: 'link', text: ' a week', href: '/x' }
		]
	}
}).body;

describe('outsideIslandsWithoutMarkers', () => {
	it('drops every hydration marker outside islands and keeps the markup itself', () => {
		expect(rendered).toMatch(/<!--\[-->/);
		const out = outsideIslandsWithoutMarkers(`<p>${rendered}</p>`);
		expect(out).not.toContain('<!--');
		expect(out).toBe(`<p>${rendered.replace(/<!--[^>]*-->/g, '')}</p>`);
	});

	it('keeps an island exactly as rendered, without its brackets', () => {
		const page = `<main>${rendered}<div data-island="scrolly">${ISLAND_START}${rendered}${ISLAND_END}</div>${rendered}</main>`;
		const out = outsideIslandsWithoutMarkers(page);
		const bare = rendered.replace(/<!--[^>]*-->/g, '');
		expect(out).toBe(`<main>${bare}<div data-island="scrolly">${rendered}</div>${bare}</main>`);
	});

	it('keeps comments that are not Svelte’s markers', () => {
		expect(outsideIslandsWithoutMarkers('<!-- a note --><!--[--><b>x</b><!--]--><!--[!--><!--[-1-->')).toBe(
			'<!-- a note --><b>x</b>'
		);
	});

	it('refuses an island with no end', () => {
		expect(() => outsideIslandsWithoutMarkers(`<div>${ISLAND_START}<!--[--></div>`)).toThrow(/no end/);
	});
});
