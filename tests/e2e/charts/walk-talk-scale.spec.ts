import { expect, test, type Locator } from '@playwright/test';
import { figures } from '../../../src/lib/data/figures';
import { pageUrl } from '../helpers';

const CHART = 'walk-talk-scale';
const PAGES = ['/', '/measures/walk-and-talk/'];
const display = (id: string) => figures[id]!.display;
const count = (id: string) => figures[id]!.value;

async function show(figure: Locator, state: string): Promise<void> {
	await figure.locator(`li[data-state="${state}"]`).evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
	await expect(figure).toHaveAttribute('data-active-state', state);
	await expect(figure.locator('[data-chart-state]')).toHaveAttribute('data-chart-state', state);
}

const marks = (figure: Locator, kind: string) => figure.locator(`[data-mark="${kind}"]:not([data-hidden])`);

for (const route of PAGES) {
	test(`${CHART} on ${route}: each step draws what its copy says`, async ({ page }) => {
		await page.goto(pageUrl(route));
		const figure = page.locator(`figure[data-chart="${CHART}"]`);

		await show(figure, 'pilot');
		await expect(marks(figure, 'officer')).toHaveCount(count('walk-talk-officers'));
		await expect(marks(figure, 'women')).toHaveCount(0);
		await expect(marks(figure, 'killed')).toHaveCount(0);
		await expect(figure.locator('[data-label="officers"] .value')).toHaveText(display('walk-talk-officers'));

		await show(figure, 'prevalence');
		// The same officers, beside the women, drawn at one scale and pointed out by a ring.
		await expect(marks(figure, 'officer')).toHaveCount(count('walk-talk-officers'));
		await expect(marks(figure, 'women')).toHaveCount(1);
		await expect(marks(figure, 'women')).toHaveAttribute('data-value', display('ons-women-da-2020'));
		await expect(figure.locator('[data-mark="ring"]')).toHaveCount(1);
		await expect(figure.locator('[data-label="women"] .value')).toHaveText(display('ons-women-da-2020'));
		await expect(figure.locator('[data-label="officers-to-scale"] .value')).toHaveText(display('walk-talk-officers'));
		// No worked-out comparison anywhere in the chart.
		await expect(figure.locator('.chart')).not.toContainText(/per \d|1 in [\d,]+|%/);

		await show(figure, 'killed');
		await expect(marks(figure, 'killed')).toHaveCount(count('partner-killings-per-year'));
		await expect(marks(figure, 'officer')).toHaveCount(0);
		await expect(marks(figure, 'women')).toHaveCount(0);
		await expect(figure.locator('[data-mark="ring"]')).toHaveCount(0);
		await expect(figure.locator('[data-label="killed"] .value')).toHaveText(display('partner-killings-per-year'));

		// And back up: the first state again.
		await show(figure, 'pilot');
		await expect(marks(figure, 'officer')).toHaveCount(count('walk-talk-officers'));
		await expect(marks(figure, 'killed')).toHaveCount(0);
	});

	test(`${CHART} on ${route}: the prerendered page already has the chart as SVG`, async ({ request }) => {
		const html = await (await request.get(pageUrl(route))).text();
		const start = html.indexOf(`data-chart="${CHART}"`);
		expect(start, 'the chart figure is in the HTML').toBeGreaterThan(-1);
		const figureHtml = html.slice(start, html.indexOf('</figure>', start));
		expect(figureHtml).toContain('<svg');
		expect(figureHtml).toContain('data-chart-state="pilot"');
		expect(figureHtml.match(/data-mark="officer"/g) ?? []).toHaveLength(count('walk-talk-officers'));
	});
}
