// Shared by the chart specs that walk a chart through its steps (not a spec itself).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { figures } from '../../../src/lib/data/figures';
import { markCount, pageUrl, showStep } from '../helpers';

/** Selector for the visible marks of one kind. */
export const shown = (kind: string) => `[data-mark="${kind}"]:not([data-hidden])`;
/** Waits for the matched elements to draw `n` marks (a path of unit squares counts its squares). */
export const expectMarks = (marks: Locator, n: number) => expect.poll(() => markCount(marks)).toBe(n);
/** A figure's display text (or a string no chart shows, so a missing figure fails the test). */
export const display = (id: string) => figures[id]?.display ?? `missing ${id}`;
/** A figure's value (or -1 when it is missing). */
export const value = (id: string) => figures[id]?.value ?? -1;

/** Scrolls a step to the middle of the viewport and waits for the chart to take its state. */
export const go = showStep;

/**
 * The walk through the steps, on the story page with motion at the phone's size and on the
 * measure page without at the desktop's: each page once, each size once (the marks a step draws
 * do not depend on the width; chart-legibility.spec.ts checks every size).
 */
export function walkThroughTests(id: string, measurePath: string, walkThrough: (page: Page) => Promise<void>) {
	test(
		`${id}: on the story page, each step changes the marks as the copy says (with motion)`,
		{ tag: '@phone' },
		async ({ page }) => {
			await page.emulateMedia({ reducedMotion: 'no-preference' });
			await page.goto(pageUrl('/'));
			await walkThrough(page);
		}
	);

	test(`${id}: on its measure page, with reduced motion`, { tag: '@desktop' }, async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(pageUrl(measurePath));
		await walkThrough(page);
	});
}

/**
 * The prerendered HTML of each route has the chart's figure with an SVG in its first state;
 * `check` looks further into the figure's HTML (from its data-chart attribute to `</figure>`).
 * It needs no browser, so one profile runs it.
 */
export function prerenderTest(id: string, routes: string[], firstState: string, check: (block: string) => void) {
	test(
		`${id}: the prerendered HTML already has the chart as SVG, in its first state`,
		{ tag: '@desktop' },
		async ({ request }) => {
			for (const route of routes) {
				const html = await (await request.get(pageUrl(route))).text();
				const start = html.indexOf(`data-chart="${id}"`);
				expect(start).toBeGreaterThan(0);
				const block = html.slice(start, html.indexOf('</figure>', start));
				expect(block).toContain('<svg');
				expect(block).toContain(`data-chart-state="${firstState}"`);
				check(block);
			}
		}
	);
}
