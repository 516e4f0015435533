// Each page carries the CSS it can use and no other (src/lib/server/page-css.ts): no rules for
// components it does not draw (the timelines' size classes, layers no chart of its draws), or for
// scrolly layouts its figures never take; and nothing it draws lost its rules.

import { readFileSync } from 'node:fs';
import { compile } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';
import { builtFiles, readBuilt } from './built';

const pages = builtFiles().filter((file) => file.endsWith('.html'));
const cssOf = (html: string) => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
const bodyOf = (html: string) => html.slice(html.indexOf('<body'));
const scopesIn = (text: string) => new Set(text.match(/\bsvelte-[a-z0-9]+\b/g) ?? []);
const chartsOf = (html: string) => [...html.matchAll(/<figure\b[^>]*\bdata-chart="([^"]+)"/g)].map((m) => m[1]);
const layoutsOf = (html: string) => [...html.matchAll(/<figure\b[^>]*\bdata-layout="([^"]+)"/g)].map((m) => m[1]);
const TIMELINES = ['timeline-2021', 'missteps'];

/** The scoping class Svelte gives a component's rules. */
function scopeOf(file: string): string {
	const { css } = compile(readFileSync(file, 'utf8'), { filename: file, generate: 'server' });
	const scope = css?.code.match(/svelte-[a-z0-9]+/)?.[0];
	if (!scope) throw new Error(`${file} has no scoped CSS`);
	return scope;
}
/** The layers only the timelines draw: their labels laid out per size class, and their placed dots. */
const TIMELINE_LAYERS = ['ClassedLabels.html.svelte', 'Placed.html.svelte'].map((name) =>
	scopeOf(`src/lib/charts/toolkit/${name}`)
);

describe('each page carries the CSS it can use', () => {
	it('checks the story, the measure pages, the embeds and the cards', () => {
		expect(pages.filter((p) => p.startsWith('measures/')).length).toBe(5);
		expect(pages.filter((p) => p.startsWith('embed/chart/')).length).toBeGreaterThan(5);
	});

	for (const page of pages) {
		const html = readBuilt(page);
		const css = cssOf(html);
		const charts = chartsOf(html);

		it(`${page}: every component in its HTML keeps its rules`, () => {
			const missing = [...scopesIn(bodyOf(html))].filter((scope) => !css.includes(`.${scope}`));
			expect(missing).toEqual([]);
		});

		it(`${page}: the timelines' layers and size classes only where a timeline is drawn`, () => {
			const timeline = charts.some((c) => TIMELINES.includes(c ?? ''));
			for (const scope of TIMELINE_LAYERS) expect(css.includes(`.${scope}`), scope).toBe(timeline);
			expect(css.includes('.by-size-class')).toBe(timeline);
			expect(/@container chart \([^)]*\) and \([^)]*height/.test(css)).toBe(timeline);
		});

		it(`${page}: rules for the scrolly layouts its figures can take, and no other`, () => {
			const layouts = layoutsOf(html);
			const embedOrCard = layouts.includes('unrolled');
			for (const later of ['hosted', 'stepper']) expect(css.includes(`.${later}`), later).toBe(embedOrCard);
			if (layouts.length > 0 && !embedOrCard) expect(css).not.toContain('.unrolled');
			if (embedOrCard) expect(css).toContain('.step-controls');
			else expect(css).not.toContain('.step-controls');
		});
	}
});
