// The Content-Security-Policy the build writes into _headers (scripts/write-headers.mjs), as
// Chromium enforces it: no page or embed breaks it on load, while the reader scrolls every chart
// through its states (runtime style changes), turns motion off and on, or moves to another page
// through the client-side router. On the way, as on the phone in site.spec.ts, the page asks no
// other origin for anything and throws no uncaught error.

import { expect, test, type Page } from '@playwright/test';
import { builtFiles } from '../build/built';
import { collectForeignRequests, pageUrl, scrollThrough, settle, untilStill } from './helpers';

/**
 * The pages walked here: one of each kind. The others are the same templates, showing charts
 * that the story page and the whole-story embed already step through; each page's policy is
 * written by one function from that page's own HTML (tests/unit/headers.test.ts), and every
 * page's served policy is checked on the build (tests/build/subpath.test.ts, check-deploy).
 */
function pagesToWalk(): string[] {
	const built = builtFiles()
		.filter((file) => file.endsWith('.html') && !file.startsWith('_app/'))
		.map((file) =>
			file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file.slice(0, -'.html'.length)}`
		)
		.sort();
	const first = (pattern: RegExp) => built.find((route) => pattern.test(route));
	const chosen = [
		'/',
		first(/^\/measures\/[^/]+\/$/),
		'/sources/',
		'/404',
		'/embed/',
		first(/^\/embed\/(?!chart\/|preview\/)[^/]+\/$/),
		first(/^\/embed\/chart\/[^/]+\/$/),
		'/embed/preview/'
	];
	for (const route of chosen) if (!route || !built.includes(route)) throw new Error(`no page ${route} in the build`);
	return chosen as string[];
}

/** Records CSP violations from the page's own event and from Chromium's console messages. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
	const fromConsole: string[] = [];
	page.on('console', (message) => {
		const text = message.text();
		if (/Content Security Policy|Refused to (apply|execute|load|frame|connect)/i.test(text)) fromConsole.push(text);
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'} ${event.sample}`.trim());
		});
	});
	return async () => {
		const fromEvents = await page.evaluate(
			() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []
		);
		return [...fromEvents, ...fromConsole];
	};
}

const pages = pagesToWalk();

// The desktop profile only (playwright.config.ts): the policy and the code are the same at
// every width.

test('the policy listener sees a violation when there is one', async ({ page }) => {
	const violations = await watchViolations(page);
	await page.goto(pageUrl('/sources/'));
	// A style element the page did not ship (style attributes are allowed: scripts/lib/csp.mjs).
	await page.evaluate(() => {
		const style = document.createElement('style');
		style.textContent = 'body { outline: 1px solid red }';
		document.head.append(style);
	});
	await expect.poll(violations).toEqual(expect.arrayContaining([expect.stringContaining('style-src-elem')]));
});

for (const route of pages) {
	test(`${route}: no CSP violation, foreign request or error on load, scrolling, toggling motion and navigating on`, async ({
		page,
		baseURL
	}) => {
		const violations = await watchViolations(page);
		const origin = new URL(baseURL ?? '').origin;
		const foreign = collectForeignRequests(page, origin);
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		// The preview page frames every embed at four widths; the framed pages are walked on their
		// own, so here each frame gets an empty page and the preview's own policy is what is tested.
		if (route === '/embed/preview/') {
			await page.route(
				(url) => url.pathname.includes('/embed/'),
				(request) =>
					request.request().frame() === page.mainFrame()
						? request.fallback()
						: request.fulfill({ contentType: 'text/html', body: '<!doctype html><title>framed</title>' })
			);
		}
		const response = await page.goto(pageUrl(route));
		const csp = response?.headers()['content-security-policy'] ?? '';
		expect(csp, 'the page is served with its policy').toContain("default-src 'self'");
		expect(csp).toContain(route.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'");
		// Inline only for style attributes (scripts/lib/csp.mjs); scripts and style elements by hash or 'self'.
		expect(csp.match(/[\w-]+ 'unsafe-inline'/g)).toEqual(["style-src-attr 'unsafe-inline'"]);
		expect(csp).not.toContain('unsafe-eval');

		if (route === '/embed/preview/') {
			await page.waitForLoadState('load');
			expect(await violations(), `violations on ${route}`).toEqual([]);
			expect(errors, 'uncaught errors').toEqual([]);
			return;
		}

		await settle(page);
		const chartStates = () =>
			page.locator('[data-active-state]').evaluateAll((els) => els.map((el) => el.getAttribute('data-active-state')));
		const before = await chartStates();
		await scrollThrough(page);
		// A chart card steps with its buttons, not the scroll.
		const next = page.locator('[data-step-button="next"]');
		for (const button of await next.all()) {
			while (await button.isEnabled()) await button.click();
		}
		await untilStill(page.locator('body'));
		// At the end every chart has stepped past its first state: the runtime styles happened.
		if (before.length > 0) expect(await chartStates()).not.toEqual(before);
		const toggle = page.locator('.motion-toggle');
		if ((await toggle.count()) > 0 && (await toggle.isEnabled())) {
			await toggle.click();
			await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
			await scrollThrough(page);
			await toggle.click();
		}
		expect(await violations(), `violations on ${route}`).toEqual([]);

		// The client-side router renders the next page inside this document, under this page's
		// policy: its charts must not break it either.
		const onward = page
			.locator('footer nav a')
			.filter({ hasNotText: /sources/i })
			.last();
		if (!route.startsWith('/embed/') && (await onward.count()) > 0) {
			await onward.click();
			await page.waitForLoadState('networkidle');
			await scrollThrough(page);
			expect(await violations(), `violations after navigating on from ${route}`).toEqual([]);
		}
		await page.waitForLoadState('networkidle');
		expect(foreign, `requests to origins other than ${origin}`).toEqual([]);
		expect(errors, 'uncaught errors').toEqual([]);
	});
}
