// Site-wide checks on the built, prerendered site: every page's metadata and
// structure, accessibility, privacy (no third-party requests), the 404 page and
// the "Exit this page" control.

import { expect, test, type Page } from '@playwright/test';
import {
	BUILD_DIR,
	EXIT_URL,
	EXPECTED_PAGES,
	builtPages,
	collectForeignRequests,
	formatViolations,
	headingOutline,
	headingSkips,
	pageUrl,
	pagesToTest,
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

test('every expected page has been built', () => {
	const built = builtPages();
	expect(built.length, `no pages found in ${BUILD_DIR}: run \`npm run build\` first`).toBeGreaterThan(0);
	expect(EXPECTED_PAGES.filter((route) => !built.includes(route)), 'routes missing from the build').toEqual([]);
});

for (const route of pagesToTest()) {
	test.describe(`page ${route}`, () => {
		test('has its metadata, landmarks and a sound heading outline', async ({ page }) => {
			const response = await page.goto(pageUrl(route));
			expect(response?.status(), 'HTTP status').toBe(200);
			await settle(page);

			await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
			expect((await page.title()).trim(), '<title>').not.toBe('');

			const description = page.locator('meta[name="description"]');
			await expect(description).toHaveCount(1);
			expect((await description.getAttribute('content'))?.trim(), 'meta description').toBeTruthy();

			const canonical = page.locator('link[rel="canonical"]');
			await expect(canonical).toHaveCount(1);
			const canonicalHref = (await canonical.getAttribute('href')) ?? '';
			expect(canonicalHref, 'canonical URL must be absolute').toMatch(/^https?:\/\/[^/]+/);
			const canonicalPath = new URL(canonicalHref).pathname;
			expect(canonicalPath.endsWith(route), `canonical URL ${canonicalHref} must point at ${route}`).toBe(true);

			const ogTitle = page.locator('meta[property="og:title"]');
			await expect(ogTitle).toHaveCount(1);
			expect((await ogTitle.getAttribute('content'))?.trim(), 'og:title').toBeTruthy();

			await expect(page.locator('main, [role="main"]'), 'exactly one <main> landmark').toHaveCount(1);

			const outline = await headingOutline(page);
			const h1s = outline.filter((heading) => heading.level === 1);
			expect(h1s.length, `exactly one <h1>; found: ${JSON.stringify(h1s)}`).toBe(1);
			expect(headingSkips(outline), 'headings must not skip levels').toEqual([]);
		});

		test('has no accessibility violations (axe, WCAG 2.2 AA)', async ({ page }) => {
			const response = await page.goto(pageUrl(route));
			expect(response?.status()).toBe(200);
			await settle(page);
			const violations = await runAxe(page);
			expect(violations.length, formatViolations(violations)).toBe(0);
		});

		test('makes no requests to other origins and throws no errors', async ({ page, baseURL }) => {
			const origin = new URL(baseURL ?? '').origin;
			const foreign = collectForeignRequests(page, origin);
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));

			const response = await page.goto(pageUrl(route));
			expect(response?.status()).toBe(200);
			await settle(page);
			await scrollThrough(page);
			await page.waitForLoadState('networkidle');

			expect(foreign, `requests to origins other than ${origin}`).toEqual([]);
			expect(errors, 'uncaught errors in the page').toEqual([]);
		});

		test('has an "Exit this page" link that meets the contract', async ({ page }) => {
			await page.goto(pageUrl(route));
			await settle(page);
			const links = exitLinks(page);
			expect(await links.count(), 'a[data-exit-page] link').toBeGreaterThan(0);
			await expect(links.first()).toBeVisible();
			for (const link of await links.all()) {
				await expect(link).toContainText('Exit this page');
				await expect(link).toHaveAttribute('href', EXIT_URL);
				await expect(link).toHaveAttribute('target', '_top');
				await expect(link).toHaveAttribute('rel', /(^|\s)noreferrer(\s|$)/);
			}
		});
	});
}

test.describe('unknown paths', () => {
	for (const route of ['/measures/not-a-measure/', '/no-such-page']) {
		test(`${route} answers 404 with the site's 404 page`, async ({ page, baseURL }) => {
			const response = await page.goto(pageUrl(route));
			expect(response?.status(), 'HTTP status').toBe(404);
			await settle(page);

			await expect(page.locator('h1')).toHaveCount(1);
			await expect(page.locator('h1')).toBeVisible();
			const home = new URL(pageUrl('/'), baseURL).href;
			const hrefs = await page.locator('a[href]').evaluateAll((links) =>
				links.map((link) => (link as HTMLAnchorElement).href)
			);
			expect(hrefs, `a link to the home page (${home})`).toContain(home);
		});
	}
});

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

	test('pressing Shift three times leaves the page', async ({ page }) => {
		await page.goto(pageUrl('/'));
		await settle(page);

		for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
		await expect(page).toHaveURL(EXIT_URL, { timeout: 5_000 });
	});

	test('Shift used as a modifier does not count', async ({ page, baseURL }) => {
		const here = new URL(pageUrl('/'), baseURL).href;
		await page.goto(here);
		await settle(page);

		for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+A');
		await page.waitForTimeout(1_000);
		expect(page.url()).toBe(here);
	});

	test('another site cannot frame the story (frame-ancestors \'self\')', async ({ page, baseURL }) => {
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
	});

	test('an exit link inside a frame navigates the top page', async ({ page, baseURL }) => {
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
		expect(await links.count(), `exit link in the framed story; errors logged: ${errors.join(' | ') || 'none'}`).toBeGreaterThan(0);
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
