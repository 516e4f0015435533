// The scroll run: a phone (390x844, touch, CPU throttled 4x, motion on) reads a page from
// top to bottom in touch flicks with pauses, as a reader skimming does, slowly enough that
// every scrolly step crosses its trigger line and its 600 ms transition plays out.
// Records, from the first flick to a second after the last: long tasks, frame intervals
// (requestAnimationFrame timestamps) and layout shifts (not after input). Also counts the
// scrolly steps that became active, so a run that skipped steps shows it.

import { chromium, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

export const SCROLL_PROFILE = {
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 2,
	cpuThrottling: 4,
	flickPx: 600,
	flickSpeedPxPerS: 1500,
	pauseMs: 500,
	// Synthesized touch gestures do not scroll in headless Chromium; a smooth wheel-type
	// gesture does, through the same compositor-driven smooth-scroll path.
	gestureSourceType: /** @type {'mouse'} */ ('mouse')
};

// Runs in the page before any of its scripts: observers buffer from navigation start.
function installProbes() {
	/** @type {any} */
	const probe = { longTasks: [], shifts: [], frames: [], activations: new Set(), recordFrames: false };
	// @ts-expect-error: the probe is a property of our own, read back by the bench
	window.__benchProbe = probe;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of /** @type {any[]} */ (list.getEntries())) {
			if (entry.hadRecentInput) continue;
			probe.shifts.push({
				start: entry.startTime,
				value: entry.value,
				sources: (entry.sources ?? []).map((/** @type {any} */ source) => {
					const node = source.node;
					const describe =
						node?.nodeType === 1
							? node.tagName.toLowerCase() +
								(node.className && typeof node.className === 'string'
									? `.${node.className.trim().split(/\s+/).join('.')}`
									: '')
							: (node?.nodeName ?? '?');
					const chart = node?.nodeType === 1 ? node.closest('[data-chart]')?.getAttribute('data-chart') : undefined;
					return {
						node: describe + (chart ? ` in ${chart}` : ''),
						from: source.previousRect?.toJSON?.(),
						to: source.currentRect?.toJSON?.()
					};
				})
			});
		}
	}).observe({ type: 'layout-shift', buffered: true });
	const frame = (/** @type {number} */ time) => {
		if (probe.recordFrames) probe.frames.push(time);
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
	document.addEventListener('DOMContentLoaded', () => {
		new MutationObserver((records) => {
			for (const record of records) {
				const element = /** @type {HTMLElement} */ (record.target);
				if (element.classList?.contains('is-active')) {
					probe.activations.add(
						element.closest('[data-chart]')?.getAttribute('data-chart') + '/' + element.dataset.state
					);
				}
			}
		}).observe(document.body, { attributes: true, attributeFilter: ['class'], subtree: true });
	});
}

/** @param {number[]} values @param {number} p */
function percentile(values, p) {
	if (!values.length) return null;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? null;
}

/**
 * @param {string} url
 * @param {{ cdpSetup?: (cdp: import('@playwright/test').CDPSession) => Promise<void>,
 *   onScrollStart?: (cdp: import('@playwright/test').CDPSession) => Promise<void>,
 *   onScrollEnd?: (cdp: import('@playwright/test').CDPSession) => Promise<any> }} [hooks]
 *   let the diagnosis script profile or trace exactly the scrolling window
 */
export async function scrollRun(url, hooks = {}) {
	const browser = await chromium.launch(chromiumLaunchOptions());
	const { viewport, deviceScaleFactor, cpuThrottling, flickPx, flickSpeedPxPerS, pauseMs, gestureSourceType } =
		SCROLL_PROFILE;
	try {
		const context = await browser.newContext({
			userAgent: devices['Pixel 7'].userAgent,
			viewport,
			deviceScaleFactor,
			isMobile: true,
			hasTouch: true,
			reducedMotion: 'no-preference'
		});
		const page = await context.newPage();
		await page.addInitScript(installProbes);
		/** @type {{ url: string, resourceType: string }[]} */
		const requests = [];
		const resourceTypes = { script: 'Script', stylesheet: 'Stylesheet', document: 'Document' };
		page.on('request', (request) => {
			const type = request.resourceType();
			requests.push({
				url: request.url(),
				resourceType: resourceTypes[/** @type {keyof typeof resourceTypes} */ (type)] ?? type
			});
		});
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
		await hooks.cdpSetup?.(cdp);
		const response = await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
		if (!response || response.status() !== 200) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
		await page.waitForLoadState('networkidle', { timeout: 120_000 });
		// Let hydration and anything it schedules finish before the reader starts.
		await page.waitForTimeout(2000);

		const steps = await page.locator('[data-step-index]').count();
		const loadLongTasks = await page.evaluate(() => /** @type {any} */ (window).__benchProbe.longTasks.length);
		const scrollHeight = await page.evaluate(() => document.documentElement.scrollHeight);
		await hooks.onScrollStart?.(cdp);
		const start = await page.evaluate(() => {
			const probe = /** @type {any} */ (window).__benchProbe;
			// The first step of each section is active from the start.
			for (const step of document.querySelectorAll('[data-step-index].is-active')) {
				probe.activations.add(
					step.closest('[data-chart]')?.getAttribute('data-chart') +
						'/' +
						/** @type {HTMLElement} */ (step).dataset.state
				);
			}
			probe.recordFrames = true;
			return performance.now();
		});
		const started = Date.now();
		let flicks = 0;
		let stuck = 0;
		let lastY = -1;
		for (;;) {
			const { y, max } = await page.evaluate(() => ({
				y: window.scrollY,
				max: document.documentElement.scrollHeight - window.innerHeight
			}));
			if (y >= max - 1) break;
			stuck = y === lastY ? stuck + 1 : 0;
			if (stuck >= 3) throw new Error(`${url}: scrolling stopped at ${y} px of ${max} px`);
			lastY = y;
			await cdp.send('Input.synthesizeScrollGesture', {
				x: Math.round(viewport.width / 2),
				y: Math.round(viewport.height * 0.75),
				yDistance: -Math.min(flickPx, max - y + 10),
				speed: flickSpeedPxPerS,
				gestureSourceType,
				preventFling: true
			});
			flicks++;
			await page.waitForTimeout(pauseMs);
		}
		await page.waitForTimeout(1000);
		const end = await page.evaluate(() => {
			/** @type {any} */ (window).__benchProbe.recordFrames = false;
			return performance.now();
		});
		const profile = await hooks.onScrollEnd?.(cdp);
		const probe = await page.evaluate(
			({ start, end }) => {
				const p = /** @type {any} */ (window).__benchProbe;
				return {
					longTasks: p.longTasks.filter((/** @type {any} */ t) => t.start >= start && t.start <= end),
					loadLongTasks: p.longTasks.filter((/** @type {any} */ t) => t.start < start),
					shifts: p.shifts.filter((/** @type {any} */ s) => s.start >= start && s.start <= end),
					frames: p.frames,
					activations: [...p.activations]
				};
			},
			{ start, end }
		);
		await context.close();

		const intervals = probe.frames
			.slice(1)
			.map((/** @type {number} */ time, /** @type {number} */ i) => time - probe.frames[i]);
		return {
			url,
			...SCROLL_PROFILE,
			motion: 'on (prefers-reduced-motion: no-preference)',
			scrollHeight,
			flicks,
			durationS: (Date.now() - started) / 1000,
			steps,
			stepsTriggered: probe.activations.length,
			longTasks: probe.longTasks.length,
			longestTaskMs: probe.longTasks.reduce(
				(/** @type {number} */ max, /** @type {any} */ t) => Math.max(max, t.duration),
				0
			),
			longTaskTotalMs: probe.longTasks.reduce((/** @type {number} */ sum, /** @type {any} */ t) => sum + t.duration, 0),
			frames: probe.frames.length,
			frameIntervalP50Ms: percentile(intervals, 50),
			frameIntervalP95Ms: percentile(intervals, 95),
			layoutShift: probe.shifts.reduce((/** @type {number} */ sum, /** @type {any} */ s) => sum + s.value, 0),
			layoutShifts: probe.shifts,
			longTaskList: probe.longTasks,
			loadLongTasks: probe.loadLongTasks,
			loadLongTasksBeforeScroll: loadLongTasks,
			profile,
			requests
		};
	} finally {
		await browser.close();
	}
}
