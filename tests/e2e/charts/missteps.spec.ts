import { expect, test, type Locator, type Page } from '@playwright/test';
import { chartSpec } from '../../chart-specs';
import { figures } from '../../../src/lib/data/figures';
import { pageUrl, untilStill } from '../helpers';
import { dots, expectFigureWords, expectLabelsApart, go } from './timeline-helpers';

const ID = 'missteps';
const spec = chartSpec(ID);
const opening = chartSpec('timeline-2021').figureIds;
const police = spec.states[0]!.figureIds;
const vigil = spec.states.find((s) => s.id === 'vigil')!.figureIds;
const background = opening.filter((id) => !police.includes(id) && !vigil.includes(id));
const display = (id: string) => figures[id]?.display ?? `missing ${id}`;

test(`${ID}: the events EVAW lists highlighted, then the vigil with the inspectorate's finding, then the sentencing remark, then the Bill into 2022`, async ({
	page
}, info) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(pageUrl('/'));
	const figure = page.locator(`figure[data-chart="${ID}"]`);
	const chart = figure.locator('.chart');
	const months = () =>
		chart
			.locator('[data-mark="month"]:not([data-hidden])')
			.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.month ?? ''));

	await go(figure, 'police-perpetrated');
	expect(await dots(chart)).toEqual([...police, ...background].sort());
	expect(await dots(chart, 'focus')).toEqual([...police].sort());
	expect(await dots(chart, 'hollow')).toEqual([...background].sort());
	const shown = await expectLabelsApart(chart);
	for (const id of police) expect(shown).toContain(id);
	expect((await months()).at(-1)).toBe('2021-11-01');
	await expect(chart.locator('[data-mark="span"]')).toHaveCount(0);
	const words = await expectFigureWords(chart, figures);
	for (const id of police) expect(words.get(id), `${id} in full`).toBe(figures[id]!.label);
	if (info.project.name === 'desktop') {
		// A desktop has room to label every background event too, in its short words.
		for (const id of background) expect(words.get(id), id).toBe(figures[id]!.shortLabel);
	}

	await go(figure, 'vigil');
	expect(await dots(chart, 'focus')).toEqual([...vigil].sort());
	expect(await dots(chart, 'filled')).toEqual([...police].sort());
	const vigilWords = await expectFigureWords(chart, figures);
	for (const id of vigil) expect(vigilWords.get(id), `${id} in full`).toBe(figures[id]!.label);

	await go(figure, 'in-court');
	expect(await dots(chart, 'focus')).toEqual(['event-spoke-supportively']);
	expect(await dots(chart, 'filled')).toEqual([...police, ...vigil].sort());
	const remark = chart.locator('[data-mark="event-label"][data-id="event-spoke-supportively"]');
	await expect(remark).toHaveAttribute('data-value', display('event-spoke-supportively'));
	expect((await expectFigureWords(chart, figures)).get('event-spoke-supportively')).toBe(
		figures['event-spoke-supportively']!.label
	);
	expect(await expectLabelsApart(chart)).toContain('event-spoke-supportively');
	expect((await months()).at(-1)).toBe('2021-11-01');

	await go(figure, 'bill');
	expect(await dots(chart, 'focus')).toEqual(['event-pcsc-lords', 'event-pcsc-royal-assent']);
	expect(await dots(chart, 'reference')).toEqual(['event-statement']);
	const assent = chart.locator('[data-mark="event-label"][data-id="event-pcsc-royal-assent"]');
	await expect(assent).toHaveAttribute('data-value', '28 April 2022');
	await expect(assent.locator('.tag')).toHaveText('After the statement');
	await expect(chart.locator('[data-mark="event-label"][data-id="event-pcsc-lords"] .tag')).toHaveText(
		'Source published after the statement'
	);
	expect((await months()).at(-1)).toBe('2022-04-01');
	await expect(chart.locator('[data-mark="span"]')).toHaveCount(1);
	await expect(chart.locator('[data-mark="after-statement"]')).toHaveCount(1);
	const shownBill = await expectLabelsApart(chart);
	for (const id of ['event-pcsc-lords', 'event-statement', 'event-pcsc-royal-assent']) expect(shownBill).toContain(id);
	const billWords = await expectFigureWords(chart, figures);
	for (const id of ['event-pcsc-lords', 'event-pcsc-royal-assent', 'event-statement'])
		expect(billWords.get(id), `${id} in full`).toBe(figures[id]!.label);
	if (info.project.name === 'desktop') {
		// Including the 'Safe Connection' label, once clamped here.
		for (const id of spec.figureIds) expect(billWords.has(id), `${id} labelled`).toBe(true);
	}

	// And back: the axis returns to 2021.
	await go(figure, 'in-court');
	expect((await months()).at(-1)).toBe('2021-11-01');
	await expect(chart.locator('[data-mark="span"]')).toHaveCount(0);
});

test(`${ID}: the axis animates into 2022 and settles with labels apart`, async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto(pageUrl('/'));
	const figure = page.locator(`figure[data-chart="${ID}"]`);
	const chart = figure.locator('.chart');
	await go(figure, 'in-court');
	await go(figure, 'bill');
	const assentDot = chart.locator('[data-mark="event"][data-id="event-pcsc-royal-assent"]');
	await expect
		.poll(async () => Number(await assentDot.evaluate((e) => getComputedStyle(e).opacity)))
		.toBeGreaterThan(0.99);
	await untilStill(chart);
	await expectLabelsApart(chart);
});

/** The story with motion on, the chart at rest in the state before the axis runs into 2022. */
async function atRestInCourt(page: Page): Promise<{ figure: Locator; chart: Locator }> {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto(pageUrl('/'));
	const figure = page.locator(`figure[data-chart="${ID}"]`);
	const chart = figure.locator('.chart');
	await go(figure, 'in-court');
	await untilStill(chart);
	return { figure, chart };
}

test(`${ID}: the move into 2022 animates only transform and opacity, and its moving rules drop the non-scaling stroke`, async ({
	page
}) => {
	// What the compositor can run: anything else ticks on the main thread, and with it the browser
	// restyles every animated element of the page each frame.
	const { figure, chart } = await atRestInCourt(page);
	await go(figure, 'bill');
	await expect.poll(() => chart.evaluate((root) => root.getAnimations({ subtree: true }).length)).toBeGreaterThan(0);
	const moving = await chart.evaluate((root) =>
		root.getAnimations({ subtree: true }).map((animation) => {
			const effect = animation.effect as KeyframeEffect;
			const target = effect.target as Element;
			const properties = [
				...new Set(
					effect
						.getKeyframes()
						.flatMap((frame) =>
							Object.keys(frame).filter((key) => !['offset', 'computedOffset', 'easing', 'composite'].includes(key))
						)
				)
			];
			return {
				what: `${target.tagName.toLowerCase()}.${[...target.classList].join('.')}`,
				properties,
				vectorEffect: getComputedStyle(target).vectorEffect
			};
		})
	);
	for (const { what, properties } of moving) {
		expect(
			properties.every((p) => p === 'transform' || p === 'opacity'),
			`${what}: ${properties}`
		).toBe(true);
	}
	const rules = moving.filter((m) => m.what.startsWith('line.') && m.properties.includes('transform'));
	expect(rules.length).toBeGreaterThan(0);
	for (const rule of rules) expect(rule.vectorEffect, rule.what).toBe('none');
	await untilStill(chart);
	// At rest, the rules draw their stroke as CSS and LayerCake do.
	const atRest = await chart.evaluate((root) =>
		[...root.querySelectorAll('svg line')].map((line) => getComputedStyle(line).vectorEffect)
	);
	expect(new Set(atRest)).toEqual(new Set(['non-scaling-stroke']));
});

test(`${ID}: while the axis moves, every leader runs from its dot to its label's first line, and nothing steps back`, async ({
	page
}) => {
	const { figure, chart } = await atRestInCourt(page);
	// Every frame until stopped: where each leader's ends, its dot and its label's first line are,
	// relative to the chart (the page may scroll meanwhile).
	await chart.evaluate((root) => {
		const frames: { id: string; start: number; end: number; dot: number; line: number }[][] = [];
		const middle = (e: Element | null | undefined) => {
			const r = e?.getBoundingClientRect();
			return r ? (r.top + r.bottom) / 2 : NaN;
		};
		const record = () => {
			const top = root.getBoundingClientRect().top;
			frames.push(
				[...root.querySelectorAll<HTMLElement>('[data-mark="leader"]')]
					.filter((leader) => Number(getComputedStyle(leader).opacity) > 0.5)
					.map((leader) => {
						const id = leader.dataset.id ?? '';
						const label = root.querySelector(`[data-mark="event-label"][data-id="${id}"]`);
						const lineHeight = label ? parseFloat(getComputedStyle(label).lineHeight) : NaN;
						return {
							id,
							start: middle(leader.querySelector('.level')) - top,
							end: middle(leader.querySelector('.end')) - top,
							dot: middle(root.querySelector(`[data-mark="event"][data-id="${id}"]`)) - top,
							line: (label?.getBoundingClientRect().top ?? NaN) + lineHeight / 2 - top
						};
					})
			);
			if (!(window as unknown as { stopRecording?: boolean }).stopRecording) requestAnimationFrame(record);
		};
		(window as unknown as { leaderFrames: typeof frames }).leaderFrames = frames;
		requestAnimationFrame(record);
	});
	await go(figure, 'bill');
	await untilStill(chart);
	const frames = await page.evaluate(() => {
		const w = window as unknown as { stopRecording: boolean; leaderFrames: unknown };
		w.stopRecording = true;
		return w.leaderFrames as { id: string; start: number; end: number; dot: number; line: number }[][];
	});
	expect(frames.length, 'frames recorded').toBeGreaterThan(10);
	for (const frame of frames) {
		for (const f of frame) {
			expect(Math.abs(f.start - f.dot), `${f.id}: leader starts at its dot`).toBeLessThanOrEqual(1.5);
			expect(Math.abs(f.end - f.line), `${f.id}: leader ends at its label's first line`).toBeLessThanOrEqual(1.5);
		}
	}
	// Each dot and label moves one way from the first state to the second: no step back beyond a
	// pixel of rounding, as the switch between the frames placed by script and the places at rest
	// would make if the two differed.
	const ids = frames[0]!.map((f) => f.id).filter((id) => frames.every((frame) => frame.some((f) => f.id === id)));
	expect(ids.length, 'leaders shown throughout').toBeGreaterThan(1);
	for (const id of ids) {
		for (const key of ['dot', 'line'] as const) {
			const track = frames.map((frame) => frame.find((f) => f.id === id)![key]);
			const way = Math.sign(track.at(-1)! - track[0]!);
			track
				.slice(1)
				.forEach((v, i) => expect((v - track[i]!) * way, `${id} ${key} frame ${i + 1}`).toBeGreaterThanOrEqual(-1));
		}
	}
});

/** Where every dot, leader and label of the chart is, and how opaque, relative to the chart. */
function picture(chart: Locator): Promise<string[]> {
	return chart.evaluate((root) => {
		const box = root.getBoundingClientRect();
		return [
			...root.querySelectorAll<HTMLElement>('[data-mark="event"], [data-mark="leader"], [data-mark="event-label"]')
		]
			.map((e) => {
				const r = e.getBoundingClientRect();
				const o = Number(getComputedStyle(e).opacity).toFixed(2);
				return `${e.dataset.mark} ${e.dataset.id} ${Math.round(r.left - box.left)},${Math.round(r.top - box.top)} ${Math.round(r.width)}x${Math.round(r.height)} o${o}`;
			})
			.sort();
	});
}

test(`${ID}: a new step mid-move ends on the same picture as a jump, and with reduced motion nothing animates`, async ({
	page
}) => {
	const figure = page.locator(`figure[data-chart="${ID}"]`);
	const chart = figure.locator('.chart');
	const running = () => chart.evaluate((root) => root.getAnimations({ subtree: true }).length);

	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(pageUrl('/'));
	await go(figure, 'in-court');
	await go(figure, 'bill');
	expect(await running(), 'no animation under reduced motion').toBe(0);
	await go(figure, 'in-court');
	expect(await running(), 'no animation under reduced motion').toBe(0);
	const jumped = await picture(chart);

	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto(pageUrl('/'));
	await go(figure, 'in-court');
	await untilStill(chart);
	// Into 2022 and, a few frames into the move, back: in the page, so the move is surely under way.
	const midway = await figure.evaluate(async (root) => {
		const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
		const plot = root.querySelector('.chart')!;
		root.querySelector('li[data-state="bill"]')!.scrollIntoView({ block: 'center', behavior: 'instant' });
		while (root.getAttribute('data-active-state') !== 'bill') await frame();
		for (let i = 0; i < 4; i++) await frame();
		const running = plot.getAnimations({ subtree: true }).filter((a) => a.playState === 'running').length;
		root.querySelector('li[data-state="in-court"]')!.scrollIntoView({ block: 'center', behavior: 'instant' });
		return running;
	});
	expect(midway, 'the move into 2022 was under way').toBeGreaterThan(0);
	await expect(figure).toHaveAttribute('data-active-state', 'in-court');
	await untilStill(chart);
	expect(await picture(chart)).toEqual(jumped);
});

test(`${ID}: the prerendered HTML already has the chart as SVG, in its first state`, async ({ request }) => {
	const html = await (await request.get(pageUrl('/'))).text();
	const start = html.indexOf(`data-chart="${ID}"`);
	expect(start).toBeGreaterThan(0);
	const block = html.slice(start, html.indexOf('</figure>', start));
	expect(block).toContain('<svg');
	expect(block).toContain('data-chart-state="police-perpetrated"');
	for (const id of police) expect(block).toContain(figures[id]!.label.split("'")[0]!.slice(0, 24));
});
