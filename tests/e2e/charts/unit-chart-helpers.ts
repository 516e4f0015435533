// Shared by the unit charts' specs (walk-talk-scale, misconduct-funnel, migrant-data-sharing);
// not a spec itself.
import { expect, test, type Locator } from '@playwright/test';
import { figures } from '../../../src/lib/data/figures';
import { pageUrl } from '../helpers';

export const display = (id: string) => figures[id]!.display;
export const count = (id: string) => figures[id]!.value;

/** Scrolls a step to the middle of the viewport and waits for the chart to take its state. */
export async function show(figure: Locator, state: string): Promise<void> {
	await figure.locator(`li[data-state="${state}"]`).evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
	await expect(figure).toHaveAttribute('data-active-state', state);
	await expect(figure.locator('[data-chart-state]')).toHaveAttribute('data-chart-state', state);
}

/** The visible marks of one kind. */
export const marks = (figure: Locator, kind: string) => figure.locator(`[data-mark="${kind}"]:not([data-hidden])`);
/** A label, by its id. */
export const label = (figure: Locator, id: string) => figure.locator(`[data-label="${id}"]`);
/** A label's large value. */
export const value = (figure: Locator, id: string) => label(figure, id).locator('.value');

interface UnitChartTests {
	/** The pages the chart is on. */
	pages: string[];
	/** Steps through the chart's states, checking each (the figure is on the page, scrolled to the top). */
	walk: (figure: Locator) => Promise<void>;
	/** The prerendered HTML shows this state, with `count` marks of kind `mark`. */
	first: { state: string; mark: string; count: number };
}

/** For each page: the walk through the steps, and the prerendered chart. */
export function unitChartTests(chart: string, { pages, walk, first }: UnitChartTests): void {
	for (const route of pages) {
		test(`${chart} on ${route}: each step draws what its copy says`, async ({ page }) => {
			await page.goto(pageUrl(route));
			await walk(page.locator(`figure[data-chart="${chart}"]`));
		});

		test(`${chart} on ${route}: the prerendered page already has the chart as SVG`, async ({ request }) => {
			const html = await (await request.get(pageUrl(route))).text();
			const start = html.indexOf(`data-chart="${chart}"`);
			expect(start, 'the chart figure is in the HTML').toBeGreaterThan(-1);
			const figureHtml = html.slice(start, html.indexOf('</figure>', start));
			expect(figureHtml).toContain('<svg');
			expect(figureHtml).toContain(`data-chart-state="${first.state}"`);
			expect(figureHtml.match(new RegExp(`data-mark="${first.mark}"`, 'g')) ?? []).toHaveLength(first.count);
		});
	}
}
