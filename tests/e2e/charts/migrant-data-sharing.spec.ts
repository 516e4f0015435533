import { expect, test, type Locator } from '@playwright/test';
import { figures } from '../../../src/lib/data/figures';
import { pageUrl } from '../helpers';

const CHART = 'migrant-data-sharing';
const PAGES = ['/', '/measures/migrant-women/'];
const display = (id: string) => figures[id]!.display;
const count = (id: string) => figures[id]!.value;

async function show(figure: Locator, state: string): Promise<void> {
	await figure.locator(`li[data-state="${state}"]`).evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
	await expect(figure).toHaveAttribute('data-active-state', state);
	await expect(figure.locator('[data-chart-state]')).toHaveAttribute('data-chart-state', state);
}

const marks = (figure: Locator, kind: string) => figure.locator(`[data-mark="${kind}"]:not([data-hidden])`);
const value = (figure: Locator, id: string) => figure.locator(`[data-label="${id}"]`);

for (const route of PAGES) {
	test(`${CHART} on ${route}: each step draws what its copy says`, async ({ page }) => {
		await page.goto(pageUrl(route));
		const figure = page.locator(`figure[data-chart="${CHART}"]`);

		await show(figure, 'forces');
		await expect(marks(figure, 'force')).toHaveCount(count('forces-asked-2018'));
		await expect(figure.locator('[data-mark="force"][data-referred]:not([data-hidden])')).toHaveCount(count('forces-referring-2018'));
		await expect(value(figure, 'asked')).toHaveAttribute('data-value', display('forces-asked-2018'));
		await expect(value(figure, 'referred')).toHaveAttribute('data-value', display('forces-referring-2018'));
		await expect(value(figure, 'not-said')).toContainText(/did not say they did/i);

		await show(figure, 'super-complaint');
		await expect(marks(figure, 'force')).toHaveCount(0);
		await expect(marks(figure, 'axis')).toHaveCount(1);
		await expect(marks(figure, 'event')).toHaveCount(1);
		await expect(value(figure, 'super-complaint')).toHaveAttribute('data-value', display('event-super-complaint-migrant'));

		await show(figure, 'safe-to-share');
		await expect(marks(figure, 'event')).toHaveCount(2);
		await expect(value(figure, 'safe-to-share')).toHaveAttribute('data-value', display('event-safe-to-share'));
		await expect(value(figure, 'safe-to-share')).toContainText('Safe to share?');

		await show(figure, 'believed');
		await expect(marks(figure, 'event')).toHaveCount(0);
		await expect(marks(figure, 'woman')).toHaveCount(3);
		await expect(figure.locator('[data-mark="woman"][data-highlight]')).toHaveCount(2);
		await expect(value(figure, 'not-believed')).toHaveAttribute('data-value', display('lawrs-not-believed'));
		await expect(value(figure, 'sample')).toContainText(display('lawrs-sample'));
		await expect(value(figure, 'sample')).toContainText('not representative');

		await show(figure, 'forces');
		await expect(marks(figure, 'force')).toHaveCount(count('forces-asked-2018'));
		await expect(marks(figure, 'woman')).toHaveCount(0);
	});

	test(`${CHART} on ${route}: the prerendered page already has the chart as SVG`, async ({ request }) => {
		const html = await (await request.get(pageUrl(route))).text();
		const start = html.indexOf(`data-chart="${CHART}"`);
		expect(start, 'the chart figure is in the HTML').toBeGreaterThan(-1);
		const figureHtml = html.slice(start, html.indexOf('</figure>', start));
		expect(figureHtml).toContain('<svg');
		expect(figureHtml).toContain('data-chart-state="forces"');
		expect(figureHtml.match(/data-mark="force"/g) ?? []).toHaveLength(count('forces-asked-2018'));
	});
}
