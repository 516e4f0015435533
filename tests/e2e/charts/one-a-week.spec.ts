import { expect, test } from '@playwright/test';
import { figures } from '../../../src/lib/data/figures';
import { pageUrl } from '../helpers';
import { expectMarks } from './chart-helpers';

const visible = '[data-mark]:not([data-hidden]):not([data-mark="week"])';

test('one-a-week: 52 week marks, then nearly five a week, then 308 reports, then conviction bars', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(pageUrl('/'));
	const figure = page.locator('figure[data-chart="one-a-week"]');
	const go = async (state: string) => {
		await figure
			.locator(`li[data-state="${state}"]`)
			.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
		await expect(figure).toHaveAttribute('data-active-state', state);
	};

	await go('claim');
	await expect(figure.locator('rect[data-mark="week"]')).toHaveCount(52);
	await expectMarks(figure.locator(`svg :is(rect, path)${visible}`), 52);
	await expectMarks(figure.locator('[data-group="claim"]'), 52);
	await expect(figure.locator('.legend')).toContainText('EVAW says one woman a week');
	await expect(figure.locator('.legend')).toContainText('no published source');

	await go('five-a-week');
	await expectMarks(figure.locator(`svg :is(rect, path)${visible}`), 52 * 5);
	await expectMarks(figure.locator('[data-group="nearly"]'), 52);
	await expect(figure.locator('.legend')).toContainText(figures['tbij-accused-per-week']?.display ?? '?');

	await go('reports-2020');
	await expect(figure.locator('rect[data-mark="week"]')).toHaveCount(0);
	await expectMarks(figure.locator(`svg :is(rect, path)${visible}`), figures['byline-reports-2020-21']?.value ?? -1);
	await expectMarks(figure.locator('[data-group="met"]'), figures['byline-met-reports']?.value ?? -1);

	await go('convictions');
	await expect(figure.locator('rect[data-mark="bar"]')).toHaveCount(4);
	expect(
		await figure.locator('rect[data-mark="bar"]').evaluateAll((bars) => bars.map((b) => b.getAttribute('data-value')))
	).toEqual(
		['conviction-police-2015-18', 'conviction-all-2015-18', 'conviction-police-2015-20', 'conviction-all-2015-20'].map(
			(id) => figures[id]?.display
		)
	);
});

test('one-a-week: the prerendered page already has the chart as SVG', async ({ request }) => {
	const html = await (await request.get(pageUrl('/'))).text();
	const start = html.indexOf('data-chart="one-a-week"');
	expect(start).toBeGreaterThan(0);
	expect(html.slice(start, start + 20000)).toContain('<svg');
});
