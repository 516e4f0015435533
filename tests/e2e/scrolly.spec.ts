import { expect, test, type Locator, type Page } from '@playwright/test';
import { chartSpecs } from '../story';
import { frames, pageUrl, recordAttribute, showSteps, untilStill } from './helpers';

async function centre(step: Locator): Promise<void> {
	await step.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
}

function chart(page: Page, id: string): Locator {
	return page.locator(`figure[data-chart="${id}"]`);
}

// Every chart on one load of the story page.
test('scrolling through each chart’s steps sets each state in turn, and back', async ({ page }) => {
	// Some eighty steps: longer than one test's minute on a busy two-core machine.
	test.setTimeout(120_000);
	await page.goto(pageUrl('/'));
	for (const spec of chartSpecs) {
		const figure = chart(page, spec.id);
		const states = spec.states.map((s) => s.id);
		expect(
			await figure.locator('li[data-state]').evaluateAll((els) => els.map((e) => e.getAttribute('data-state'))),
			`${spec.id}: a step for each state, in order`
		).toEqual(states);
		expect(await showSteps(figure, states), `${spec.id}, forwards`).toEqual([]);
		expect(await showSteps(figure, [...states].reverse()), `${spec.id}, backwards`).toEqual([]);
	}
});

test('a reload in the middle of a section restores that step’s state', async ({ page }) => {
	const spec = chartSpecs.find((c) => c.id === 'who-gets-stopped');
	const middle = spec?.states[2]?.id ?? '';
	await page.goto(pageUrl('/'));
	const figure = chart(page, 'who-gets-stopped');
	await centre(figure.locator(`li[data-state="${middle}"]`));
	await expect(figure).toHaveAttribute('data-active-state', middle);
	const scrollY = await page.evaluate(() => window.scrollY);
	await page.reload();
	await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 50, scrollY);
	await expect(chart(page, 'who-gets-stopped')).toHaveAttribute('data-active-state', middle);
});

test('a link straight to a step lands on that step’s state', async ({ page }) => {
	await page.goto(pageUrl('/#misconduct-funnel-dismissed'));
	await expect(chart(page, 'misconduct-funnel')).toHaveAttribute('data-active-state', 'dismissed');
});

test('a fast flick past a section leaves it on its last state', async ({ page }) => {
	await page.goto(pageUrl('/'));
	const after = page.locator('#walk-and-talk');
	await after.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
	const figure = chart(page, 'streetsafe-london');
	await expect(figure).toHaveAttribute('data-active-state', 'lockdown');
});

// Keyboard scrolling is a desktop behaviour.
test(
	'the keyboard drives the steps: Page Down and Space scroll through every state',
	{ tag: '@desktop' },
	async ({ page }) => {
		const spec = chartSpecs.find((c) => c.id === 'one-a-week')!;
		const states = spec.states.map((s) => s.id);
		await page.goto(pageUrl('/'));
		const figure = chart(page, spec.id);
		const first = figure.locator('li[data-state]').first();
		await first.evaluate((el) => el.scrollIntoView({ block: 'end', behavior: 'instant' }));
		await first.click({ position: { x: 3, y: 3 } });
		await scrollStopped(page);
		// Every state the chart takes, in order, each key's scroll run to its end before the next key.
		const seen = await recordAttribute(page, figure, 'data-active-state');
		for (let i = 0; i < 40 && !(await seen()).includes(states.at(-1)!); i++) {
			const from = await page.evaluate(() => window.scrollY);
			await page.keyboard.press(i % 2 ? 'Space' : 'PageDown');
			await scrollStopped(page, from);
		}
		expect(await seen()).toEqual(states);
	}
);

/**
 * Waits until the page has stopped scrolling: its position unchanged for five frames in a row
 * (a smooth scroll moves it every frame), after first leaving `from` when given (a key's smooth
 * scroll can start a frame or two after the key). Not the scrollend event: one from an earlier
 * scroll can arrive late and let the next key in while this scroll still runs, adding the two.
 */
async function scrollStopped(page: Page, from?: number): Promise<void> {
	await page.evaluate(async (from) => {
		const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
		let last = window.scrollY;
		let still = 0;
		for (let waited = 0; still < 5 || (last === from && waited < 60); waited++) {
			await frame();
			still = window.scrollY === last ? still + 1 : 0;
			last = window.scrollY;
		}
	}, from);
}

/**
 * The shapes one path of the one-a-week chart's squares takes (its `d`) as the chart goes from
 * its claim state to five-a-week, where the claim's squares move into the first week's tallies:
 * the start, any frames of a tween, and the end.
 */
async function squaresDuringChange(page: Page): Promise<string[]> {
	const figure = chart(page, 'one-a-week');
	await centre(figure.locator('li[data-state="claim"]'));
	await expect(figure).toHaveAttribute('data-active-state', 'claim');
	await untilStill(figure.locator('.chart-area'));
	// One element, held on to (recordAttribute resolves the locator once): the same path draws the
	// squares in the next state, under another data-group.
	const ds = await recordAttribute(page, figure.locator('path[data-group="claim"]'), 'd');
	await centre(figure.locator('li[data-state="five-a-week"]'));
	await expect(figure).toHaveAttribute('data-active-state', 'five-a-week');
	await untilStill(figure.locator('.chart-area'));
	await expect(figure.locator('path[data-group="claim"]')).toHaveCount(0);
	return ds();
}

// Whether a chart tweens does not depend on the width: these two run on the desktop profile.
test('charts animate between states when motion is allowed', { tag: '@desktop' }, async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto(pageUrl('/'));
	const ds = await squaresDuringChange(page);
	expect(ds.length, `a tween passes through shapes between start and end: ${ds.length} of them`).toBeGreaterThan(2);
});

test(
	'with reduced motion no animation runs: marks jump straight to the new state',
	{ tag: '@desktop' },
	async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(pageUrl('/'));
		const ds = await squaresDuringChange(page);
		expect(ds, 'the start and the end, nothing between').toHaveLength(2);
		await expect(page.getByRole('button', { name: /Chart animation is off/ })).toBeDisabled();
	}
);

test('the reader can turn animation off with a visible toggle, and it stays off', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto(pageUrl('/'));
	const toggle = page.getByRole('button', { name: 'Turn off chart animation' });
	await expect(toggle).toBeVisible();
	await toggle.click();
	await expect(page.getByRole('button', { name: 'Chart animation off: turn on' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Chart animation off: turn on' })).toBeVisible();
	const ds = await squaresDuringChange(page);
	expect(ds, 'the start and the end, nothing between').toHaveLength(2);
});

test('a tap on the animation toggle before the page’s scripts have started still turns animation off', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	// The islands' entry is held back until the reader has tapped: the toggle is on the page, not yet hydrated.
	let release = (): void => {};
	const tapped = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_islands/main.js', async (route) => {
		await tapped;
		await route.continue();
	});
	await page.goto(pageUrl('/'));
	const island = page.locator('[data-island="motion"]');
	await page.getByRole('button', { name: 'Turn off chart animation' }).click();
	await expect(island).not.toHaveAttribute('data-hydrated');
	release();
	await expect(island).toHaveAttribute('data-hydrated', '');
	await expect(page.getByRole('button', { name: 'Chart animation off: turn on' })).toBeVisible();
	// Taken once: the toggle now works as any button, and the choice is kept.
	await page.getByRole('button', { name: 'Chart animation off: turn on' }).click();
	await expect(page.getByRole('button', { name: 'Turn off chart animation' })).toBeVisible();
	await page.getByRole('button', { name: 'Turn off chart animation' }).click();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Chart animation off: turn on' })).toBeVisible();
});

// An emulated resize changes svh too, which a real phone's address bar does not: the layout's
// svh-sized gaps then move the steps under the reader and the state rightly follows. So the
// resize here leaves the steps where they are (narrower, above the page's widest column), on the
// desktop profile.
test('resizing the window does not animate or change the state', { tag: '@desktop' }, async ({ page }) => {
	await page.goto(pageUrl('/'));
	const figure = chart(page, 'one-a-week');
	await centre(figure.locator('li[data-state="five-a-week"]'));
	await expect(figure).toHaveAttribute('data-active-state', 'five-a-week');
	await untilStill(figure.locator('.chart-area'));
	const xs = await recordAttribute(page, figure.locator('rect[data-mark]').nth(10), 'x');
	const ds = await recordAttribute(page, figure.locator('path[data-mark]').first(), 'd');
	const size = page.viewportSize() ?? { width: 1280, height: 800 };
	await page.setViewportSize({ width: size.width - 20, height: size.height });
	await frames(page, 10);
	expect(await xs(), 'the mark has not moved').toHaveLength(1);
	expect(await ds(), 'the squares have not moved').toHaveLength(1);
	await expect(figure).toHaveAttribute('data-active-state', 'five-a-week');
});

test('the chart does not shift when scripts load', async ({ browser }, info) => {
	// At this profile's size: the two contexts differ only in whether scripts run.
	const { viewport, isMobile, hasTouch, deviceScaleFactor, userAgent } = info.project.use;
	const box = async (js: boolean) => {
		const context = await browser.newContext({
			javaScriptEnabled: js,
			viewport,
			isMobile,
			hasTouch,
			deviceScaleFactor,
			userAgent
		});
		const page = await context.newPage();
		await page.goto(pageUrl('/'));
		await page.waitForLoadState('networkidle');
		// With script, once every figure is laid out (islands/main.ts lays them out after load).
		await expect(page.locator('[data-layout-later]')).toHaveCount(
			js ? 0 : await page.locator('figure.scrolly').count()
		);
		const result = await page.evaluate(() =>
			[...document.querySelectorAll('figure[data-chart] .chart-area')].map((el) => {
				const r = el.getBoundingClientRect();
				return [Math.round(r.width), Math.round(r.height)];
			})
		);
		await context.close();
		return result;
	};
	expect(await box(true)).toEqual(await box(false));
});
