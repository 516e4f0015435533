import { expect, test, type Page } from '@playwright/test';
import { htmlMarkCount, pageUrl, untilStill } from '../helpers';
import { display, expectMarks, go, prerenderTest, shown, value, walkThroughTests } from './chart-helpers';

const ID = 'who-gets-stopped';
const MEASURE = '/measures/increased-police-presence/';

async function walkThrough(page: Page) {
	const figure = page.locator(`figure[data-chart="${ID}"]`);
	const chart = figure.locator('.chart');

	await go(figure, 'officers');
	await expectMarks(chart.locator(shown('officer')), value('met-extra-officers'));
	await expectMarks(chart.locator(`path${shown('officer')}.mark`), value('town-centre-officers'));
	await expectMarks(chart.locator(`path${shown('officer')}.muted`), value('ward-officers'));
	await expect(chart.locator(shown('bar'))).toHaveCount(0);
	await expect(chart.locator('[data-mark="caption"]')).toContainText(`${display('met-extra-officers')} extra officers`);
	await expect(chart.locator('[data-mark="group-label"]').first()).toHaveText(
		`${display('town-centre-officers')} in ${display('town-centre-teams')} Town Centre Teams`
	);
	await expect(chart.locator('[data-mark="group-label"]').nth(1)).toContainText(display('ward-officers'));

	await go(figure, 'rates');
	await expect(chart.locator(shown('officer'))).toHaveCount(0);
	// Once the tween lands, the officer marks are gone from the DOM.
	await expect(chart.locator('[data-mark="officer"]')).toHaveCount(0);
	await expect(chart.locator(`rect${shown('bar')}`)).toHaveCount(2);
	expect(await chart.locator('[data-mark="value-label"]').allTextContents()).toEqual([
		display('ss-rate-black-2020'),
		display('ss-rate-white-2020')
	]);
	await expect(chart.locator('[data-mark="caption"]')).toContainText('every 1,000');

	await go(figure, 'ratios');
	await expect(chart.locator(`rect${shown('bar')}`)).toHaveCount(4);
	expect(
		await chart.locator(`rect${shown('bar')}`).evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))
	).toEqual(['ss-ratio-black-2020', 'ss-ratio-mixed-2020', 'ss-ratio-asian-2020', 'ss-ratio-other-2020'].map(display));
	await expect(chart.locator(`line${shown('reference')}`)).toHaveCount(1);
	await expect(chart.locator('[data-mark="reference-label"]')).toHaveText('White people = 1');
	await expect(chart.locator('.plot')).not.toContainText('every 1,000');

	await go(figure, 'outcomes');
	await expectMarks(chart.locator(shown('search')), 100);
	await expectMarks(chart.locator(`${shown('search')}[data-group="nfa"]`), value('ss-nfa-share-2020'));
	await expect(chart.locator(shown('bar'))).toHaveCount(0);
	await expect(chart.locator('[data-mark="caption"]')).toContainText(display('ss-total-2020'));
	await expect(chart.locator('[data-mark="value-label"]')).toContainText(
		`${display('ss-nfa-2020')} (${display('ss-nfa-share-2020')})`
	);

	// And back up: the officers return.
	await go(figure, 'officers');
	await expectMarks(chart.locator(shown('officer')), value('met-extra-officers'));
	await expect(chart.locator('[data-mark="search"]')).toHaveCount(0);
}

walkThroughTests(ID, MEASURE, walkThrough);

prerenderTest(ID, ['/', MEASURE], 'officers', (block) =>
	expect(htmlMarkCount(block, 'officer')).toBe(value('met-extra-officers'))
);

test(`${ID}: a new step is drawn in more than one task, and its move starts once every layer has it, all together`, async ({
	page
}) => {
	// One task for every layer's part of a step was 40-60 ms at 4x CPU: the SVG layers and the
	// labels take the new scene in tasks of their own, and the move waits for them (SceneChart).
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto(pageUrl('/'));
	const figure = page.locator(`figure[data-chart="${ID}"]`);
	await go(figure, 'officers');
	await untilStill(figure.locator('.chart'));
	const seen = await figure.evaluate(
		(root) =>
			new Promise<{ atStep: number[]; atStart: number[]; startTimes: number }>((resolve) => {
				const chart = root.querySelector('.chart')!;
				const drawn = () => [
					chart.querySelectorAll('rect[data-mark="bar"]:not([data-hidden])').length,
					chart.querySelectorAll('[data-mark="value-label"]').length
				];
				let atStep: number[] | undefined;
				const untilMoving = () => {
					const running = chart.getAnimations({ subtree: true }).filter((a) => a.playState === 'running');
					if (running.length === 0) return void requestAnimationFrame(untilMoving);
					resolve({ atStep: atStep!, atStart: drawn(), startTimes: new Set(running.map((a) => a.startTime)).size });
				};
				// Called once the task that sets the step has run its effects.
				const observer = new MutationObserver(() => {
					if (atStep || root.getAttribute('data-active-state') !== 'rates') return;
					observer.disconnect();
					atStep = drawn();
					requestAnimationFrame(untilMoving);
				});
				observer.observe(root, { attributes: true, attributeFilter: ['data-active-state'] });
				root.querySelector('li[data-state="rates"]')!.scrollIntoView({ block: 'center', behavior: 'instant' });
			})
	);
	expect(seen.atStep, 'in the step’s own task, no bar or value label of the rates yet').toEqual([0, 0]);
	expect(seen.atStart, 'when the move starts, both bars and their value labels are there').toEqual([2, 2]);
	expect(seen.startTimes, 'every animation of the move starts at the same time').toBe(1);
});
