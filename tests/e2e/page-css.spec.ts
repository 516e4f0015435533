// Each page carries only the CSS rules it can use (src/lib/server/page-css.ts). Every rule of the
// site's CSS (as the build compiled it, before any page left rules out) that a page does not
// carry must match no element of it, in any state of its charts, in any layout they take.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { frames, pageUrl, settle } from './helpers';

const ASSETS = path.resolve(import.meta.dirname, '../../.svelte-kit/output/server/_app/immutable/assets');
const siteCss = readdirSync(ASSETS)
	.filter((file) => file.endsWith('.css'))
	.map((file) => readFileSync(path.join(ASSETS, file), 'utf8'))
	.join('\n');

const PAGES = [
	'/measures/increased-police-presence/',
	'/measures/streetsafe/',
	'/measures/walk-and-talk/',
	'/measures/safe-connection/',
	'/measures/migrant-women/',
	'/embed/chart/who-gets-stopped/',
	'/embed/increased-police-presence/',
	'/'
];

/** How many selectors of the site's CSS the page left out, and those that match an element of it now. */
function leftOutButUsed(page: Page): Promise<{ leftOut: number; used: string[] }> {
	return page.evaluate((css) => {
		const split = (text: string) => {
			const parts: string[] = [];
			let [depth, start] = [0, 0];
			for (let i = 0; i < text.length; i++) {
				const c = text[i];
				if (c === '(' || c === '[') depth++;
				else if (c === ')' || c === ']') depth--;
				else if (c === ',' && depth === 0) {
					parts.push(text.slice(start, i).trim());
					start = i + 1;
				}
			}
			return [...parts, text.slice(start).trim()];
		};
		const selectorsOf = (rules: CSSRuleList, into: Set<string>): Set<string> => {
			for (const rule of rules) {
				if (rule instanceof CSSStyleRule) for (const s of split(rule.selectorText)) into.add(s);
				else if ('cssRules' in rule && !(rule instanceof CSSKeyframesRule))
					selectorsOf((rule as CSSGroupingRule).cssRules, into);
			}
			return into;
		};
		const site = new CSSStyleSheet();
		site.replaceSync(css);
		const kept = new Set<string>();
		for (const sheet of document.styleSheets) selectorsOf(sheet.cssRules, kept);
		// Whether the elements a selector styles are there, whatever the pointer, focus or size.
		const structural = (s: string) =>
			s
				.replace(/::?(before|after|marker|placeholder|selection|backdrop)\b/g, '')
				.replace(/:(hover|focus|focus-visible|focus-within|active|visited|disabled|checked)\b/g, '') || '*';
		const leftOut = [...selectorsOf(site.cssRules, new Set())].filter((s) => !kept.has(s));
		const used = leftOut.filter((s) => {
			try {
				return document.querySelector(structural(s)) !== null;
			} catch {
				return false;
			}
		});
		return { leftOut: leftOut.length, used };
	}, siteCss);
}

/**
 * Takes each figure through every state: by its steps on a page, by its buttons in a stepper; an
 * unrolled figure draws every state at once. With reduced motion each state is drawn at once, as
 * it is at the end of a move (the charts' tests check that a move ends on the same picture).
 */
async function everyState(page: Page, check: (where: string) => Promise<void>): Promise<void> {
	await check('first state');
	const figures = page.locator('figure[data-chart]');
	for (let f = 0; f < (await figures.count()); f++) {
		const figure = figures.nth(f);
		const chart = await figure.getAttribute('data-chart');
		const layout = await figure.getAttribute('data-layout');
		if (layout === 'unrolled') {
			await expect(figure.locator('[data-island="scrolly"]')).toHaveAttribute('data-hydrated', '');
			await check(`${chart}, every state unrolled`);
			continue;
		}
		if (layout === 'stepper') {
			const next = figure.getByRole('button', { name: /^Next/ });
			while (await next.isEnabled()) {
				await next.click();
				await check(`${chart} ${await figure.getAttribute('data-active-state')}`);
			}
			continue;
		}
		const states = await figure.locator('li[data-state]').evaluateAll((els) => els.map((el) => el.dataset.state!));
		// Its first state as the island draws it (for the box it measures), not only as the server did.
		await figure.locator('li[data-state]').first().scrollIntoViewIfNeeded();
		await expect(figure.locator('[data-island="scrolly"]')).toHaveAttribute('data-hydrated', '');
		for (const state of states) {
			await figure
				.locator(`li[data-state="${state}"]`)
				.first()
				.evaluate((el) => {
					el.scrollIntoView({ block: 'center', behavior: 'instant' });
				});
			await expect(figure).toHaveAttribute('data-active-state', state);
			await frames(page);
			await check(`${chart} ${state}`);
		}
	}
}

for (const route of PAGES) {
	test(`${route}: no rule it left out styles anything it draws, in any state`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(pageUrl(route));
		await settle(page);
		const found = new Map<string, string>();
		let leftOut = 0;
		await everyState(page, async (where) => {
			const seen = await leftOutButUsed(page);
			leftOut = seen.leftOut;
			for (const selector of seen.used) if (!found.has(selector)) found.set(selector, where);
		});
		expect([...found].map(([selector, where]) => `${selector} (${where})`)).toEqual([]);
		// The check checks something: every page leaves out some of the site's rules.
		expect(leftOut).toBeGreaterThan(0);
	});
}
