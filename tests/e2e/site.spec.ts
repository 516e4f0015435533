// What the site does in a browser: each page loaded once on the phone, scrolled through and
// scanned with axe-core (the desktop profile walks one page of each kind in csp.spec.ts), and
// the "Exit this page" control. The pages' structure, metadata and links are
// checked on the built HTML, without a browser (tests/build/).

import { expect, test, type Page } from '@playwright/test';
import { measures, sitePages } from '../story';
import {
	EXIT_URL,
	collectForeignRequests,
	formatViolations,
	pageUrl,
	runAxe,
	scrollThrough,
	serveHostPage,
	settle,
	stubExitSite
} from './helpers';

const exitLinks = (page: Page) => page.locator('a[data-exit-page]');

/** Activates a link the way this project's device would: a tap on touch screens. */
async function activate(page: Page, hasTouch: boolean) {
	const link = exitLinks(page).first();
	if (hasTouch) await link.tap();
	else await link.click();
}

// axe-core, WCAG 2.2 AA, once per distinct page (there is one theme on the site): the story,
// the sources, the 404 page (at an address that has no page) and one measure page with a previous and a next measure; the other
// measure pages are the same template around chapters the story page has too.
const notFound = '/no-such-page/';
const scanned = new Set(['/', '/sources/', notFound, `/measures/${measures[1]!.slug}/`]);

for (const route of [...sitePages, notFound]) {
	test(
		`page ${route}: shows the exit control, asks no other origin, throws no errors${scanned.has(route) ? ' and passes axe' : ''}`,
		{ tag: '@phone' },
		async ({ page, baseURL }) => {
			// An axe scan of a long page takes a while on a busy two-core machine.
			test.setTimeout(120_000);
			const origin = new URL(baseURL ?? '').origin;
			const foreign = collectForeignRequests(page, origin);
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));

			const response = await page.goto(pageUrl(route));
			expect(response?.status(), 'HTTP status').toBe(route === notFound ? 404 : 200);
			await settle(page);
			await expect(exitLinks(page).first()).toBeVisible();

			// On the page as it loads, at the width most readers have: the phone's.
			if (scanned.has(route)) {
				const violations = await runAxe(page);
				expect(violations.length, formatViolations(violations)).toBe(0);
			}

			await scrollThrough(page);
			await page.waitForLoadState('networkidle');
			expect(foreign, `requests to origins other than ${origin}`).toEqual([]);
			expect(errors, 'uncaught errors in the page').toEqual([]);
		}
	);
}

test.describe('Exit this page', () => {
	test.beforeEach(async ({ page }) => {
		await stubExitSite(page);
	});

	for (const route of ['/', '/measures/streetsafe/']) {
		test(`clicking it on ${route} leaves without leaving the page in history`, async ({ page, baseURL, hasTouch }) => {
			const origin = new URL(baseURL ?? '').origin;
			await page.goto(pageUrl(route));
			await settle(page);

			await activate(page, hasTouch);
			await expect(page).toHaveURL(EXIT_URL);

			// The page script uses location.replace(), so Back must not return to the story.
			await page.goBack().catch(() => null);
			await page.waitForLoadState();
			expect(page.url().startsWith(origin), `Back went to ${page.url()}`).toBe(false);
		});
	}

	// The keys, and the framing rules, work alike at every width: desktop only. Taps are the
	// phone's, tested above.
	test('pressing Shift three times leaves the page', { tag: '@desktop' }, async ({ page }) => {
		await page.goto(pageUrl('/'));
		await settle(page);

		for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
		await expect(page).toHaveURL(EXIT_URL, { timeout: 5_000 });
	});

	test('Shift used as a modifier does not count', { tag: '@desktop' }, async ({ page, baseURL }) => {
		const here = new URL(pageUrl('/'), baseURL).href;
		await page.goto(here);
		await settle(page);
		const status = page.locator('.exit-bar [role="status"]');

		for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+A');
		// One Shift on its own is then the first press: the three before it did not count.
		await page.keyboard.press('Shift');
		await expect(status).toHaveText('Shift, press 2 more times to exit.');
		expect(page.url()).toBe(here);
	});

	test(
		"another site cannot frame the story (frame-ancestors 'self')",
		{ tag: '@desktop' },
		async ({ page, baseURL }) => {
			const story = new URL(pageUrl('/'), baseURL).href;
			const partner = await serveHostPage(`<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Partner site</title></head>
<body><h1>Partner site</h1>
<iframe src="${story}" title="Story" style="width: 100%; height: 700px; border: 0"></iframe>
</body></html>`);
			const refusals: string[] = [];
			page.on('console', (message) => {
				if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
			});
			try {
				await page.goto(partner.url);
				await expect.poll(() => refusals.length).toBeGreaterThan(0);
				await expect(page.frameLocator('iframe').locator('a[data-exit-page]')).toHaveCount(0);
			} finally {
				await partner.close();
			}
		}
	);

	test('an exit link inside a frame navigates the top page', { tag: '@desktop' }, async ({ page, baseURL }) => {
		// Our own pages may frame the story (embeds, when they exist, may be framed by anyone):
		// a host page on the same origin frames it.
		const story = new URL(pageUrl('/'), baseURL).href;
		const host = new URL(pageUrl('/__frame-host/'), baseURL).href;
		await page.route(host, (route) =>
			route.fulfill({
				contentType: 'text/html; charset=utf-8',
				body: `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Host page</title></head>
<body><h1>Host page</h1>
<iframe src="${story}" title="Story" style="width: 100%; height: 700px; border: 0"></iframe>
</body></html>`
			})
		);
		// Errors in the frame explain a missing link (e.g. localStorage read outside
		// try/catch throws in a frame and breaks hydration).
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await page.goto(host);
		await page.waitForLoadState('networkidle');
		await settle(page);

		const links = page.frameLocator('iframe').locator('a[data-exit-page]');
		expect(
			await links.count(),
			`exit link in the framed story; errors logged: ${errors.join(' | ') || 'none'}`
		).toBeGreaterThan(0);
		const link = links.first();
		await expect(link).toBeVisible();

		// A click, not a tap, even on the phone: Chromium's touch emulation does not turn a tap
		// inside a frame into a click reliably. Taps on the link are tested unframed above.
		await link.click();
		await expect(page).toHaveURL(EXIT_URL);
	});

	test.describe('with JavaScript off', () => {
		test.use({ javaScriptEnabled: false });

		test('the link still navigates away', async ({ page, hasTouch }) => {
			await page.goto(pageUrl('/'));
			await activate(page, hasTouch);
			await expect(page).toHaveURL(EXIT_URL);
		});
	});
});
