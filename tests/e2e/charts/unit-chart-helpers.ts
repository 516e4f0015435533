// Shared by the unit charts' specs (walk-talk-scale, misconduct-funnel, migrant-data-sharing);
// not a spec itself. Builds on the helpers every chart spec shares.
import { expect, test, type Locator } from '@playwright/test';
import { figures } from '../../../src/lib/data/figures';
import { htmlMarkCount, pageUrl } from '../helpers';
import { display, expectMarks, go as show, prerenderTest } from './chart-helpers';

export { display, expectMarks, show };
export const count = (id: string) => figures[id]!.value;

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

/**
 * For each page, the walk through the steps, the story page at the phone's size and the others
 * at the desktop's (as walkThroughTests); and on every page, the prerendered chart.
 */
export function unitChartTests(chart: string, { pages, walk, first }: UnitChartTests): void {
	for (const route of pages) {
		test(
			`${chart} on ${route}: each step draws what its copy says`,
			{ tag: route === '/' ? '@phone' : '@desktop' },
			async ({ page }) => {
				await page.goto(pageUrl(route));
				await walk(page.locator(`figure[data-chart="${chart}"]`));
			}
		);
	}
	prerenderTest(chart, pages, first.state, (figureHtml) => {
		expect(htmlMarkCount(figureHtml, first.mark)).toBe(first.count);
	});
}
