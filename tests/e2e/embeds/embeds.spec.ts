import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { AXE_TAGS, EXIT_URL, formatViolations, frames, pageUrl, stubExitSite } from '../helpers';
import { hostUrl, serveThirdSite, startHostServer, type HostKind } from './hosts';

// Our embeds inside partner pages from another origin, framed by the real pym.js and
// @newswire/frames parents, our loader, a WordPress-style sandboxed frame and a bare iframe.
// Widths are set per test, so the phone profile leaves this file out (playwright.config.ts).

const PIECES = {
	story: { path: '/embed/', title: 'The whole story' },
	chapter: { path: '/embed/streetsafe/', title: 'StreetSafe' },
	card: { path: '/embed/chart/who-gets-stopped/', title: 'Chart: who gets stopped' }
} as const;
type Piece = keyof typeof PIECES;
const WIDTHS = [1280, 768, 375, 320] as const;
const AXE_SOURCE = readFileSync(path.resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js'), 'utf8');
const AXE_ONCE = `if (!window.axe) {\n${AXE_SOURCE}\n}`;

let host: Awaited<ReturnType<typeof startHostServer>>;
test.beforeAll(async () => {
	host = await startHostServer();
});
test.afterAll(async () => {
	await host.close();
});

function siteUrl(baseURL: string | undefined, path: string): string {
	return new URL(pageUrl(path).replace(/^\//, ''), new URL('/', baseURL)).href;
}

/** Opens a host page framing `piece`; returns the frame once its document has loaded. */
async function openHost(
	page: Page,
	baseURL: string | undefined,
	kind: HostKind,
	piece: Piece,
	{ query = '', forger = false } = {}
): Promise<{ frame: Frame; errors: string[] }> {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(String(error)));
	page.on('console', (message) => {
		if (message.type() === 'error' && !/favicon/.test(message.text())) errors.push(message.text());
	});
	await serveThirdSite(page);
	const src = siteUrl(baseURL, PIECES[piece].path) + query;
	await page.goto(hostUrl(host.origin, kind, src, PIECES[piece].title, forger));
	const iframe = page.locator('.embed-slot iframe');
	await expect(iframe).toHaveCount(1);
	const frame = await (await iframe.elementHandle())!.contentFrame();
	if (!frame) throw new Error('the embed has no frame');
	await frame.waitForLoadState('load');
	return { frame, errors };
}

interface Fit {
	frameHeight: number;
	contentHeight: number;
	scrollbars: boolean;
	/** The frame's width on the host page, and as its document last saw it (the two differ until a resize has reached the frame). */
	frameWidth: number;
	innerWidth: number;
}

async function measure(page: Page, frame: Frame): Promise<Fit> {
	const box = await page.locator('.embed-slot iframe').boundingBox();
	const inner = await frame.evaluate(() => {
		const root = document.scrollingElement ?? document.documentElement;
		return {
			contentHeight: document.documentElement.getBoundingClientRect().height,
			scrollbars: root.scrollHeight > window.innerHeight + 1 || root.scrollWidth > root.clientWidth + 1,
			innerWidth: window.innerWidth
		};
	});
	return { frameHeight: box?.height ?? 0, frameWidth: box?.width ?? 0, ...inner };
}

/** Waits until the frame is as tall as its content (within 2 px) and nothing scrolls inside it. */
async function expectFits(page: Page, frame: Frame, label: string, clamp = Infinity): Promise<Fit> {
	let last: Fit | undefined;
	await expect
		.poll(
			async () => {
				last = await measure(page, frame);
				const wanted = Math.min(last.contentHeight, clamp);
				// A frame from another site is laid out in its own process: a resize of the host reaches
				// it a moment later, and until then its old height still "fits" its old width.
				const resized = Math.abs(last.frameWidth - last.innerWidth) <= 1;
				const fits =
					resized && Math.abs(last.frameHeight - wanted) <= 2 && (clamp < last.contentHeight || !last.scrollbars);
				return fits ? 'fits' : JSON.stringify(last);
			},
			{ message: label, timeout: 15_000 }
		)
		.toBe('fits');
	return last!;
}

for (const kind of ['loader', 'pym', 'frames'] as const) {
	for (const piece of Object.keys(PIECES) as Piece[]) {
		test(`${kind}: the ${piece} is as tall as its content at every width, both ways`, async ({ page, baseURL }) => {
			await page.setViewportSize({ width: WIDTHS[0], height: 800 });
			const { frame, errors } = await openHost(page, baseURL, kind, piece, { forger: kind === 'loader' });
			// Hosts that report scroll (pym trackscroll, our loader) switch the story and chapters to
			// the scroll-driven layout on their first report: measure from then on.
			await page.mouse.wheel(0, 10);
			// Measure the page the reader settles on: every island hydrated (their code loads
			// asynchronously) and, where the host reports scroll, the scroll-driven layout on.
			const islands = frame.locator('[data-island]');
			await expect(frame.locator('[data-island]:not([data-hydrated])')).toHaveCount(0);
			expect(await islands.count()).toBeGreaterThan(0);
			if (kind !== 'frames' && piece !== 'card') {
				await expect(frame.locator('figure.scrolly[data-layout="hosted"]').first()).toBeVisible();
			}
			const heights: number[] = [];
			for (const width of [...WIDTHS, WIDTHS[0]]) {
				await page.setViewportSize({ width, height: 800 });
				heights.push((await expectFits(page, frame, `${kind} ${piece} at ${width} px`)).frameHeight);
			}
			// Narrower is taller; back at the widest it shrinks to what it was.
			expect(heights[3]).toBeGreaterThan(heights[0]!);
			expect(Math.abs(heights[4]! - heights[0]!)).toBeLessThanOrEqual(2);
			// Settled: no more height messages while nothing changes (no resize loop, which would
			// send one every frame or two), over thirty frames of the host and of the embed.
			const before = await page.evaluate(() => (window as unknown as { heightMessages: number }).heightMessages);
			await Promise.all([frames(page, 30), frames(frame, 30)]);
			const after = await page.evaluate(() => (window as unknown as { heightMessages: number }).heightMessages);
			expect(after - before, 'height messages while idle').toBe(0);
			expect(errors).toEqual([]);
		});
	}
}

test('WordPress: a card and a chapter in a scripts-only sandbox size themselves up to 1000 px, and exit says it cannot leave', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await stubExitSite(page);
	const { frame, errors } = await openHost(page, baseURL, 'wordpress', 'card', { forger: true });
	await expect(frame.locator('figure.scrolly')).toHaveAttribute('data-layout', 'stepper');
	await expectFits(page, frame, 'WordPress card', 1000);
	await frame.getByRole('button', { name: 'Next step' }).click();
	await expect(frame.locator('figure.scrolly')).toHaveAttribute('data-active-state', /./);

	await frame.locator('a[data-exit-page]').click();
	await expect(frame.getByRole('alert')).toContainText('does not let us leave');
	await expect(frame.locator('[data-embed-content]')).toBeHidden();
	expect(new URL(page.url()).origin).toBe(host.origin);
	// Chromium logs the refused navigation; nothing else may go wrong.
	const unexpected = (list: string[]) => list.filter((e) => !/Unsafe attempt to initiate navigation/.test(e));
	expect(unexpected(errors)).toEqual([]);

	await page.setViewportSize({ width: 1280, height: 800 });
	const chapter = await openHost(page, baseURL, 'wordpress', 'chapter');
	await expectFits(page, chapter.frame, 'WordPress chapter', 1000);
	expect(unexpected(chapter.errors)).toEqual([]);
});

test('a bare iframe shows every piece unrolled, and ignores messages from a third site', async ({ page, baseURL }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	for (const piece of ['story', 'chapter', 'card'] as const) {
		const { frame, errors } = await openHost(page, baseURL, 'bare', piece, { forger: true });
		await frame.locator('[data-embed-content]').waitFor();
		// The server draws every piece unrolled; a card's stepper comes with its hydration.
		await expect
			.poll(() =>
				frame
					.locator('[data-island="scrolly"]')
					.evaluateAll((islands) => islands.every((island) => island.hasAttribute('data-hydrated')))
			)
			.toBe(true);
		const layouts = await frame
			.locator('figure.scrolly')
			.evaluateAll((figures) => figures.map((f) => f.getAttribute('data-layout')));
		// The third site's forged positions never switch an embed to the scroll-driven layout.
		expect(layouts.length).toBeGreaterThan(0);
		expect(new Set(layouts)).toEqual(new Set([piece === 'card' ? 'stepper' : 'unrolled']));
		expect(errors).toEqual([]);
	}
});

for (const kind of ['pym', 'loader'] as const) {
	test(`${kind}: scrolling the host page steps the chart through its states`, async ({ page, baseURL }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		const { frame } = await openHost(page, baseURL, kind, 'chapter');
		const figure = frame.locator('figure.scrolly');
		const states = await figure.locator('.step').evaluateAll((steps) => steps.map((s) => s.getAttribute('data-state')));
		expect(states.length).toBeGreaterThan(1);

		// The host reports positions once it scrolls: the embed takes the sticky story layout.
		await page.mouse.wheel(0, 200);
		await expect(figure).toHaveAttribute('data-layout', 'hosted');
		await expectFits(page, frame, `${kind} hosted chapter`);

		const seen: string[] = [];
		const iframe = page.locator('.embed-slot iframe');
		const graphicOnScreen: boolean[] = [];
		for (let i = 0; i < 80; i++) {
			await page.mouse.wheel(0, 150);
			// The host's scroll, its report to the frame and the chart's answer: a frame or two each.
			await frames(page, 2);
			await frames(frame, 2);
			const state = await figure.getAttribute('data-active-state');
			if (state && seen[seen.length - 1] !== state) seen.push(state);
			const [frameBox, graphicBox] = await Promise.all([
				iframe.boundingBox(),
				figure.locator('.graphic').boundingBox()
			]);
			const figureBox = await figure.boundingBox();
			// While the steps pass, the chart stays in the host's viewport, as it sticks on the story page.
			if (frameBox && graphicBox && figureBox && figureBox.y < -200 && figureBox.y + figureBox.height > 1200) {
				graphicOnScreen.push(graphicBox.y > -20 && graphicBox.y < 400);
			}
			if (state === states[states.length - 1]) break;
		}
		expect(seen).toEqual(states);
		expect(graphicOnScreen.length).toBeGreaterThan(0);
		expect(graphicOnScreen.every(Boolean)).toBe(true);
	});
}

test('pym: what the host says before the embed’s script has loaded is heard when it loads', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize({ width: 375, height: 800 });
	// The islands entry is held back (it starts after the first paint): the host's scroll reports
	// reach the embed before anything of ours listens.
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_islands/main.js', async (route) => {
		await released;
		await route.continue();
	});
	const { frame, errors } = await openHost(page, baseURL, 'pym', 'chapter');
	const figure = frame.locator('figure.scrolly');
	await page.mouse.wheel(0, 200);
	await frames(page, 10);
	await expect(frame.locator('[data-island="embed-host"]')).not.toHaveAttribute('data-hydrated');
	await expect(figure).toHaveAttribute('data-layout', 'unrolled');
	// No more scrolling: the reports already sent switch the chapter to the scroll-driven layout.
	release();
	await expect(figure).toHaveAttribute('data-layout', 'hosted');
	expect(errors).toEqual([]);
});

test('loader: card steps by buttons and arrow keys; its links and exit leave through the top window', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize({ width: 768, height: 800 });
	await stubExitSite(page);
	const { frame, errors } = await openHost(page, baseURL, 'loader', 'card');
	const figure = frame.locator('figure.scrolly');
	await expect(figure).toHaveAttribute('data-layout', 'stepper');
	const states = await figure.locator('.step').evaluateAll((steps) => steps.map((s) => s.getAttribute('data-state')));
	await expect(figure).toHaveAttribute('data-active-state', states[0]!);
	await expect(frame.getByRole('button', { name: 'Previous step' })).toBeDisabled();
	await frame.getByRole('button', { name: 'Next step' }).click();
	await expect(figure).toHaveAttribute('data-active-state', states[1]!);
	await expect(frame.getByRole('status').filter({ hasText: 'Step 2 of' })).toBeVisible();
	await frame.getByRole('button', { name: 'Next step' }).press('ArrowRight');
	await expect(figure).toHaveAttribute('data-active-state', states[2]!);
	await frame.locator('body').press('ArrowLeft');
	await expect(figure).toHaveAttribute('data-active-state', states[1]!);
	await expectFits(page, frame, 'card after stepping');

	// Every link leaves through the top window.
	const targets = await frame.evaluate(() => ({
		base: document.querySelector('base')?.target,
		own: [...document.querySelectorAll('a[target]')].map((a) => a.getAttribute('target'))
	}));
	expect(targets.base).toBe('_top');
	expect(new Set(targets.own)).toEqual(new Set(['_top']));
	// The card's story page is the measure page its chart is on.
	await frame.getByRole('link', { name: /Read the full story/ }).click();
	await expect(page).toHaveURL(siteUrl(baseURL, '/measures/increased-police-presence/'));

	const again = await openHost(page, baseURL, 'loader', 'card');
	await again.frame.locator('a[data-exit-page]').click();
	await expect(page).toHaveURL(EXIT_URL);
	expect([...errors, ...again.errors]).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
	test(`axe finds nothing inside a chapter and a card, ${theme} theme`, async ({ page, baseURL }) => {
		for (const [piece, width] of [
			['chapter', 375],
			['card', 1280]
		] as const) {
			await page.setViewportSize({ width, height: 800 });
			const { frame } = await openHost(page, baseURL, 'loader', piece, {
				query: `?theme=${theme}&partner=The%20Gazette`
			});
			await expect(frame.locator('html')).toHaveAttribute('data-theme', theme);
			await expect(frame.locator('[data-partner]')).toHaveText('Published with The Gazette');
			await page.locator('.embed-slot iframe').scrollIntoViewIfNeeded();
			// AxeBuilder gives each frame one second to take axe-core, too little for a frame in
			// another process on a busy machine (it then skips the frame silently): load it first,
			// with no time limit, and let AxeBuilder's own injection find it there.
			await frame.evaluate(AXE_SOURCE);
			const results = await new AxeBuilder({ page, axeSource: AXE_ONCE })
				.include('.embed-slot')
				.withTags(AXE_TAGS)
				.analyze();
			expect(results.violations, formatViolations(results.violations)).toEqual([]);
			// The scan reached inside the frame (a node in a frame has a target path through it).
			expect(results.passes.some((rule) => rule.nodes.some((node) => node.target.length > 1))).toBe(true);
		}
	});
}
