import { expect, test } from '@playwright/test';
import { chartSpec } from '../../chart-specs';
import { figures } from '../../../src/lib/data/figures';
import { pageUrl, untilStill } from '../helpers';
import { dots, expectFigureWords, expectLabelsApart, go } from './timeline-helpers';

const ID = 'timeline-2021';
const spec = chartSpec(ID);
const display = (id: string) => figures[id]?.display ?? `missing ${id}`;

test(`${ID}: each step adds its events in order, highlighted, labels never overlapping or clamped`, async ({
	page
}, info) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(pageUrl('/'));
	const figure = page.locator(`figure[data-chart="${ID}"]`);
	const chart = figure.locator('.chart');

	let previous: readonly string[] = [];
	for (const state of spec.states) {
		await go(figure, state.id);
		const fresh = state.figureIds.filter((id) => !previous.includes(id));
		expect(await dots(chart)).toEqual([...state.figureIds].sort());
		expect(await dots(chart, 'focus')).toEqual([...fresh].sort());
		expect(await dots(chart, 'filled')).toEqual(previous.filter((id) => state.figureIds.includes(id)).sort());
		// The first highlighted label carries its figure's date; every label its figure's words
		// (earlier events their short words), whole.
		const firstFresh = fresh[0]!;
		const label = chart.locator(`[data-mark="event-label"][data-id="${firstFresh}"]`);
		await expect(label).toHaveAttribute('data-value', display(firstFresh));
		const words = await expectFigureWords(chart, figures);
		// On a desktop, and on this phone, the highlighted labels have room for their full words.
		for (const id of fresh) expect(words.get(id), `${state.id}: ${id} in full`).toBe(figures[id]!.label);
		if (info.project.name === 'desktop') {
			for (const id of previous) expect(words.get(id), `${state.id}: ${id} labelled`).toBe(figures[id]!.shortLabel);
		}
		const shown = await expectLabelsApart(chart);
		for (const id of fresh) expect(shown, `${state.id}: ${id} labelled`).toContain(id);
		previous = state.figureIds;
	}

	// 30 September: three events on one day, stacked under one date line.
	await go(figure, 'sentencing');
	const sep30 = ['event-whole-life-order', 'event-rapist-nickname', 'event-kate-wilson-judgment'];
	const order = await expectLabelsApart(chart);
	expect(order.filter((id) => sep30.includes(id))).toEqual(sep30);
	const dated = await chart
		.locator('[data-mark="event-label"][data-kind="focus"]')
		.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.value ?? null));
	expect(dated).toEqual([display('event-whole-life-order'), null, null]);

	// The plan, then the statement.
	await go(figure, 'plan');
	await expect(chart.locator('[data-mark="event-label"][data-id="event-met-plan"]')).toHaveAttribute(
		'data-value',
		'3 November 2021'
	);
	await expect(chart.locator('[data-mark="event-label"][data-id="event-statement"]')).toHaveAttribute(
		'data-value',
		'10 November 2021'
	);
	const months = await chart
		.locator('[data-mark="month"]:not([data-hidden])')
		.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.month));
	expect(months).toEqual([
		'2021-03-01',
		'2021-04-01',
		'2021-05-01',
		'2021-06-01',
		'2021-07-01',
		'2021-08-01',
		'2021-09-01',
		'2021-10-01',
		'2021-11-01'
	]);
});

test(`${ID}: animates between steps and settles on the same picture`, async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto(pageUrl('/'));
	const figure = page.locator(`figure[data-chart="${ID}"]`);
	const chart = figure.locator('.chart');
	await go(figure, 'officers');
	await go(figure, 'plan');
	await expect.poll(() => dots(chart, 'focus')).toEqual(['event-met-plan', 'event-statement']);
	await untilStill(chart);
	await expectLabelsApart(chart);
});

test(`${ID}: the prerendered HTML already has the chart as SVG, in its first state`, async ({ request }) => {
	const html = await (await request.get(pageUrl('/'))).text();
	const start = html.indexOf(`data-chart="${ID}"`);
	expect(start).toBeGreaterThan(0);
	const block = html.slice(start, html.indexOf('</figure>', start));
	expect(block).toContain('<svg');
	expect(block).toContain(`data-chart-state="${spec.states[0]!.id}"`);
	expect(block).toContain(figures['event-everard-kidnapped']!.label);
	expect(block).toContain(display('event-everard-kidnapped'));
});
