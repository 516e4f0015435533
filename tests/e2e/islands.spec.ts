// What a reader sees of the islands (src/lib/islands): a chart far down the story is in the
// page, drawn in its first state, before any of its code loads; its code is fetched as the
// reader nears it, and then its steps move it.

import { expect, test, type Locator } from '@playwright/test';
import { chartSpecs } from '../story';
import { pageUrl } from './helpers';

test('a chart far down the story is drawn before its island loads, and hydrates as the reader nears it', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await page.goto(pageUrl('/'));
	await page.waitForLoadState('networkidle');

	const figure = page.locator('figure[data-chart]').last();
	const id = (await figure.getAttribute('data-chart')) ?? '';
	const spec = chartSpecs.find((c) => c.id === id);
	expect(spec, `chart ${id}`).toBeDefined();
	const states = spec?.states.map((s) => s.id) ?? [];
	const island = figure.locator('[data-island="scrolly"]');

	// Drawn by the server, in its first state; not hydrated, and no chart code loaded for it.
	await expect(figure).toHaveAttribute('data-active-state', states[0]!);
	await expect(figure.locator('[data-chart-state]')).toHaveAttribute('data-chart-state', states[0]!);
	expect(await figure.locator('.chart-area [data-mark]').count()).toBeGreaterThan(0);
	await expect(island).not.toHaveAttribute('data-hydrated');
	const atLoad = scripts.length;
	expect(scripts.filter((s) => s.endsWith('/_islands/main.js'))).toHaveLength(1);

	// The steps' words are the server's paragraphs; the island's data does not repeat them.
	const words = island.locator('li.step > p');
	// Their text, not innerText: the figure may not be laid out yet (see the last test).
	const serverWords = await words.allTextContents();
	expect(serverWords.every((text) => text.trim().length > 20)).toBe(true);
	const data = await island.evaluate((el) => el.nextElementSibling?.textContent ?? '');
	for (const text of serverWords) expect(data).not.toContain(text.slice(0, 40));
	await words.evaluateAll((els) =>
		els.forEach((el) => ((el as HTMLElement & { fromServer?: true }).fromServer = true))
	);

	// Near the chart: its island loads and hydrates, and its steps change its state.
	await figure.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
	await expect(island).toHaveAttribute('data-hydrated', '');
	// Hydration adopted the server's paragraphs (a mismatch would have drawn new ones), words and links intact.
	expect(
		await words.evaluateAll((els) => els.map((el) => (el as HTMLElement & { fromServer?: true }).fromServer))
	).toEqual(serverWords.map(() => true));
	expect(await words.allTextContents()).toEqual(serverWords);
	expect(scripts.length, 'the chart’s code is fetched only now').toBeGreaterThan(atLoad);
	for (const state of states.slice(1)) {
		await figure
			.locator(`li[data-state="${state}"]`)
			.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
		await expect(figure).toHaveAttribute('data-active-state', state);
		await expect(figure.locator('[data-chart-state]')).toHaveAttribute('data-chart-state', state);
	}
});

test('the islands’ code is fetched only after the page’s first paint', async ({ page }) => {
	await page.goto(pageUrl('/'));
	await expect(page.locator('[data-island="exit"]')).toHaveAttribute('data-hydrated', '');
	const timing = await page.evaluate(() => ({
		paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
		scripts: performance
			.getEntriesByType('resource')
			.filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script' || entry.name.endsWith('.js'))
			.map((entry) => ({ name: entry.name, start: entry.startTime }))
	}));
	expect(timing.paint).toBeGreaterThan(0);
	expect(timing.scripts.filter((s) => s.name.endsWith('/_islands/main.js'))).toHaveLength(1);
	for (const script of timing.scripts) expect(script.start, script.name).toBeGreaterThanOrEqual(timing.paint!);
});

test('the controls are hydrated at once, charts on screen soon after, charts far away not', async ({ page }) => {
	await page.goto(pageUrl('/'));
	await expect(page.locator('[data-island="exit"]')).toHaveAttribute('data-hydrated', '');
	await expect(page.locator('[data-island="motion"]')).toHaveAttribute('data-hydrated', '');
	const hydrated = page.locator('[data-island="scrolly"][data-hydrated]');
	const all = page.locator('[data-island="scrolly"]');
	await page.waitForLoadState('networkidle');
	expect(await all.count()).toBeGreaterThan(2);
	expect(await hydrated.count(), 'only the charts within a viewport or so of the top').toBeLessThan(await all.count());
});

test('“Embed this” copies a code with its button, and says so', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(pageUrl('/'));
	const box = page.locator('details.embed-this').first();
	await box.locator('summary').click();
	const option = box.locator('.option').first();
	await option.getByRole('button').click();
	await expect(box.locator('[role="status"]')).toHaveText('Code copied.');
	const code = await option.locator('pre').textContent();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
});

/** Each figure's `content-visibility`, and its chart area's. */
function contentVisibility(figures: Locator): Promise<string[][]> {
	return figures.evaluateAll((els) =>
		els.map((el) => [
			getComputedStyle(el).contentVisibility,
			getComputedStyle(el.querySelector('.chart-area')!).contentVisibility
		])
	);
}

test('the story’s figures are left out of the first layout, then laid out after load: a task for each figure, then one for its chart', async ({
	page
}) => {
	await page.addInitScript(() => {
		const changes: [number, string, string | null, number][] = [];
		(window as unknown as { changes: typeof changes }).changes = changes;
		// One callback per task that changed the attribute: which figures it changed, and to what.
		new MutationObserver((records) => {
			const loaded = document.readyState === 'complete' ? 1 : 0;
			for (const r of records) {
				const figure = r.target as HTMLElement;
				changes.push([records.length, figure.dataset.chart ?? '', figure.getAttribute('data-layout-later'), loaded]);
			}
		}).observe(document, { subtree: true, attributeFilter: ['data-layout-later'] });
		document.addEventListener('DOMContentLoaded', () => {
			const skipped = [...document.querySelectorAll('figure.scrolly')].map((el) => [
				getComputedStyle(el).contentVisibility,
				getComputedStyle(el.querySelector('.chart-area')!).contentVisibility
			]);
			(window as unknown as { atStart: string[][] }).atStart = skipped;
		});
	});
	await page.goto(pageUrl('/'));
	const figures = page.locator('figure.scrolly');
	const count = await figures.count();
	expect(count).toBeGreaterThan(5);
	await expect(page.locator('[data-layout-later]')).toHaveCount(0);
	const atStart = await page.evaluate(() => (window as unknown as { atStart: string[][] }).atStart);
	expect(atStart, 'while the page loads: figure, chart').toEqual(Array(count).fill(['auto', 'auto']));
	const changes = await page.evaluate(
		() => (window as unknown as { changes: [number, string, string | null, number][] }).changes
	);
	expect(
		changes.map(([inTask]) => inTask),
		'one figure changed in each task'
	).toEqual(Array(2 * count).fill(1));
	expect(
		changes.every(([, , , loaded]) => loaded === 1),
		'after the load event'
	).toBe(true);
	const charts = await figures.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.chart));
	for (const chart of charts) {
		expect(
			changes.filter(([, changed]) => changed === chart).map(([, , value]) => value),
			`${chart}: the figure, then its chart`
		).toEqual(['chart', null]);
	}
	expect(await contentVisibility(figures)).toEqual(Array(count).fill(['visible', 'visible']));
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('no figure is left out of the layout: nothing would lay it out', async ({ page }) => {
		await page.goto(pageUrl('/'));
		const figures = page.locator('figure.scrolly');
		await expect(figures.last()).toHaveAttribute('data-layout-later', '');
		expect(await contentVisibility(figures)).toEqual(Array(await figures.count()).fill(['visible', 'visible']));
	});
});
