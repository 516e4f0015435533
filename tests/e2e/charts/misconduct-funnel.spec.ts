import { expect, test, type Locator } from '@playwright/test';
import { figures } from '../../../src/lib/data/figures';
import { pageUrl } from '../helpers';

const CHART = 'misconduct-funnel';
const PAGES = ['/', '/measures/safe-connection/'];
const display = (id: string) => figures[id]!.display;
const count = (id: string) => figures[id]!.value;

async function show(figure: Locator, state: string): Promise<void> {
	await figure.locator(`li[data-state="${state}"]`).evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
	await expect(figure).toHaveAttribute('data-active-state', state);
	await expect(figure.locator('[data-chart-state]')).toHaveAttribute('data-chart-state', state);
}

const marks = (figure: Locator, kind: string) => figure.locator(`[data-mark="${kind}"]:not([data-hidden])`);
const value = (figure: Locator, id: string) => figure.locator(`[data-label="${id}"] .value`);

for (const route of PAGES) {
	test(`${CHART} on ${route}: each step draws what its copy says`, async ({ page }) => {
		await page.goto(pageUrl(route));
		const figure = page.locator(`figure[data-chart="${CHART}"]`);

		await show(figure, 'accused');
		await expect(marks(figure, 'accused')).toHaveCount(count('met-sm-accused'));
		await expect(marks(figure, 'formal-action')).toHaveCount(0);
		await expect(value(figure, 'accused')).toHaveText(display('met-sm-accused'));

		await show(figure, 'formal-action');
		await expect(marks(figure, 'accused')).toHaveCount(count('met-sm-accused'));
		await expect(marks(figure, 'formal-action')).toHaveCount(count('met-sm-formal-action'));
		await expect(marks(figure, 'dismissed')).toHaveCount(0);
		await expect(value(figure, 'formal')).toHaveText(display('met-sm-formal-action'));

		await show(figure, 'dismissed');
		await expect(marks(figure, 'formal-action')).toHaveCount(count('met-sm-formal-action'));
		await expect(marks(figure, 'dismissed')).toHaveCount(count('met-sm-dismissed'));
		await expect(marks(figure, 'resigned')).toHaveCount(count('met-sm-resigned'));
		await expect(value(figure, 'dismissed')).toHaveText(display('met-sm-dismissed'));
		await expect(value(figure, 'resigned')).toHaveText(display('met-sm-resigned'));
		// A funnel of published counts: never a share who "kept their jobs".
		await expect(figure.locator('.chart')).not.toContainText(/%|kept their jobs|still serving/i);

		await show(figure, 'iopc');
		await expect(marks(figure, 'accused')).toHaveCount(0);
		await expect(marks(figure, 'dismissed')).toHaveCount(0);
		await expect(marks(figure, 'iopc-2016')).toHaveCount(count('iopc-apsp-2016'));
		await expect(marks(figure, 'iopc-2020-21')).toHaveCount(count('iopc-apsp-2020-21'));
		await expect(value(figure, 'iopc-2016')).toHaveText(display('iopc-apsp-2016'));
		await expect(value(figure, 'iopc-2020-21')).toHaveText(display('iopc-apsp-2020-21'));

		await show(figure, 'accused');
		await expect(marks(figure, 'formal-action')).toHaveCount(0);
		await expect(marks(figure, 'iopc-2016')).toHaveCount(0);
	});

	test(`${CHART} on ${route}: the prerendered page already has the chart as SVG`, async ({ request }) => {
		const html = await (await request.get(pageUrl(route))).text();
		const start = html.indexOf(`data-chart="${CHART}"`);
		expect(start, 'the chart figure is in the HTML').toBeGreaterThan(-1);
		const figureHtml = html.slice(start, html.indexOf('</figure>', start));
		expect(figureHtml).toContain('<svg');
		expect(figureHtml).toContain('data-chart-state="accused"');
		expect(figureHtml.match(/data-mark="accused"/g) ?? []).toHaveLength(count('met-sm-accused'));
	});
}
