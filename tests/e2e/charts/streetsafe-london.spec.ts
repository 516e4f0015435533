import { expect, test, type Locator, type Page } from '@playwright/test';
import { figures } from '../../../src/lib/data/figures';
import { pageUrl } from '../helpers';

const ID = 'streetsafe-london';
const shown = (kind: string) => `[data-mark="${kind}"]:not([data-hidden])`;
const display = (id: string) => figures[id]?.display ?? `missing ${id}`;

async function go(figure: Locator, state: string) {
	await figure.locator(`li[data-state="${state}"]`).evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
	await expect(figure).toHaveAttribute('data-active-state', state);
	await expect(figure.locator('.chart')).toHaveAttribute('data-chart-state', state);
}

async function walkThrough(page: Page) {
	const figure = page.locator(`figure[data-chart="${ID}"]`);
	const chart = figure.locator('.chart');
	const barValues = () => chart.locator(`rect${shown('bar')}`).evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));

	await go(figure, 'pilot');
	await expect(chart.locator('[data-mark="event"]')).toContainText(display('event-streetsafe-pilot'));
	await expect(chart.locator(shown('missing'))).toHaveCount(1);
	await expect(chart.locator('[data-mark="missing-label"]')).toHaveText('No count found in our sources');
	await expect(chart.locator(shown('bar'))).toHaveCount(0);

	await go(figure, 'london-share');
	await expect(chart.locator(`rect${shown('bar')}`)).toHaveCount(2);
	expect(await barValues()).toEqual([display('ss-rate-london-2020'), display('ss-rate-all-2020')]);
	await expect(chart.locator('[data-mark="share-label"]')).toContainText(display('ss-met-share-2020'));
	await expect(chart.locator('[data-mark="missing"]')).toHaveCount(0);

	await go(figure, 'lockdown');
	expect(await barValues()).toEqual([display('met-ss-may-2019'), display('met-ss-may-2020')]);
	const values = chart.locator('[data-mark="value-label"]');
	await expect(values).toHaveCount(2);
	for (const v of await values.all()) await expect(v).toContainText('reported');
	await expect(chart.locator('[data-mark="share-label"]')).toHaveCount(0);

	await go(figure, 'pilot');
	await expect(chart.locator(shown('missing'))).toHaveCount(1);
	await expect(chart.locator('[data-mark="bar"]')).toHaveCount(0);
}

test(`${ID}: on the story page, each step changes the marks as the copy says (with motion)`, async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto(pageUrl('/'));
	await walkThrough(page);
});

test(`${ID}: on its measure page, with reduced motion`, async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(pageUrl('/measures/streetsafe/'));
	await walkThrough(page);
});

test(`${ID}: the prerendered HTML already has the chart as SVG, in its first state`, async ({ request }) => {
	for (const route of ['/', '/measures/streetsafe/']) {
		const html = await (await request.get(pageUrl(route))).text();
		const start = html.indexOf(`data-chart="${ID}"`);
		expect(start).toBeGreaterThan(0);
		const block = html.slice(start, html.indexOf('</figure>', start));
		expect(block).toContain('<svg');
		expect(block).toContain('data-chart-state="pilot"');
		expect(block).toContain(display('event-streetsafe-pilot'));
	}
});
