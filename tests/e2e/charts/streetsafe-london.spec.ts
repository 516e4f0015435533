import { expect, type Page } from '@playwright/test';
import { display, go, prerenderTest, shown, walkThroughTests } from './chart-helpers';

const ID = 'streetsafe-london';
const MEASURE = '/measures/streetsafe/';

async function walkThrough(page: Page) {
	const figure = page.locator(`figure[data-chart="${ID}"]`);
	const chart = figure.locator('.chart');
	const barValues = () =>
		chart.locator(`rect${shown('bar')}`).evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));

	await go(figure, 'pilot');
	await expect(chart.locator('[data-mark="event"]')).toContainText(display('event-streetsafe-pilot'));
	await expect(chart.locator(shown('missing'))).toHaveCount(1);
	// The Met's later count, marked as published after the statement.
	const later = chart.locator('[data-mark="missing-label"]');
	await expect(later).toHaveAttribute('data-value', display('streetsafe-met-reports-2022'));
	await expect(later).toContainText('Published after the statement');
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

walkThroughTests(ID, MEASURE, walkThrough);

prerenderTest(ID, ['/', MEASURE], 'pilot', (block) => expect(block).toContain(display('event-streetsafe-pilot')));
