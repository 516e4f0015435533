import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { chartSpecs } from './chart-specs';
import { STATEMENT_GAP, STATEMENT_GAP_SPOKEN } from '../../src/lib/content/types';
import { figures } from '../../src/lib/data/figures';
import { pageUrl } from './helpers';

// The statement exactly as EVAW published it (a copy of the received text), so this test
// checks the page against the source, not against our own copy file.
const received = readFileSync(new URL('../fixtures/statement-as-received.txt', import.meta.url), 'utf8')
	.split('\n')
	.map((l) => l.trim())
	.filter(Boolean);

const DEBRIS = new Set(['Skip to content', 'Date Published', 'November 10, 2021', 'Back To Top', 'Media contact']);
const PRESS_CONTACT = /^(Sinead Geoghegan|Tel:)/;
const HEADINGS: Record<string, string> = {
	'Increased police presence': 'increased-police-presence',
	'StreetSafe service': 'streetsafe',
	'Walk and Talk sessions': 'walk-and-talk',
	'Safe Connection': 'safe-connection',
	'Discrimination against migrant women': 'migrant-women'
};
// The one sentence that appears incomplete in the received copy: shown as received, every
// word of it, with our visible mark where words appear to be missing.
const INCOMPLETE = 'Since it was announced in June, which risks increasing the racial profiling and over-surveillance of Black and minoritised communities.';
const MARKED = `Since it was announced in June, ${STATEMENT_GAP} which risks increasing`;

const statementLines = received.filter((l) => !DEBRIS.has(l) && !PRESS_CONTACT.test(l));

function sentences(paragraph: string): string[] {
	return paragraph
		.split(/(?<=[.?!:][”’]?)\s+(?=[“‘A-Z])/)
		.map((s) => s.trim())
		.filter(Boolean);
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Text with our gap marks (visible and spoken) taken out: EVAW's words only, for comparison. */
const withoutGaps = (text: string) => normalise(text.split(STATEMENT_GAP_SPOKEN).join(' ').split(STATEMENT_GAP).join(' '));

async function pageText(page: Page): Promise<string> {
	return withoutGaps(await page.locator('main').innerText());
}

/** Asserts each sentence is on the page, in order. */
function expectInOrder(text: string, expected: string[]): void {
	let from = 0;
	for (const sentence of expected) {
		const at = text.indexOf(normalise(sentence), from);
		expect(at, `sentence missing or out of order: "${sentence}"`).toBeGreaterThanOrEqual(0);
		from = at + sentence.length;
	}
}

test.describe('the statement, without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every sentence is on / verbatim and in order, inside attributed quotations', async ({ page }) => {
		await page.goto(pageUrl('/'));
		const text = await pageText(page);
		const expected = statementLines.flatMap(sentences);
		expect(expected.length).toBeGreaterThan(40);
		expectInOrder(text, expected);

		// Everything EVAW wrote sits in a blockquote, each attributed and linked to the original.
		const quotes = page.locator('figure[data-statement]');
		const quoted = withoutGaps((await page.locator('figure[data-statement] blockquote').allInnerTexts()).join(' '));
		for (const sentence of statementLines.filter((l) => !(l in HEADINGS)).flatMap(sentences)) {
			expect(quoted, `not inside a quotation: "${sentence}"`).toContain(normalise(sentence));
		}
		const count = await quotes.count();
		for (let i = 0; i < count; i++) {
			const caption = quotes.nth(i).locator('figcaption');
			await expect(caption).toContainText('End Violence Against Women Coalition');
			await expect(caption).toContainText('10 November 2021');
			await expect(caption.locator('a[href*="endviolenceagainstwomen.org.uk"]')).toHaveCount(1);
		}
	});

	test('the incomplete StreetSafe sentence is shown as received, with a visible mark and a note', async ({ page }) => {
		await page.goto(pageUrl('/measures/streetsafe/'));
		expect(await pageText(page)).toContain(INCOMPLETE);
		const quote = page.locator('figure[data-statement] blockquote');
		await expect(quote.locator('[data-editorial-gap]')).toHaveCount(1);
		await expect(quote.locator('[data-editorial-gap] [aria-hidden="true"]')).toBeVisible();
		expect(normalise((await quote.innerText()).split(STATEMENT_GAP_SPOKEN).join(''))).toContain(MARKED);
		await expect(page.getByText('Editor’s note.')).toBeVisible();
		await expect(page.locator('main')).toContainText('appears incomplete');
	});

	test('the press officer’s phone number is not published', async ({ page }) => {
		for (const route of ['/', '/measures/migrant-women/', '/sources/']) {
			await page.goto(pageUrl(route));
			const html = await page.content();
			expect(html).not.toContain('07960');
			expect(html).not.toContain('744 502');
		}
	});

	for (const [heading, slug] of Object.entries(HEADINGS)) {
		test(`/measures/${slug}/ carries its passage "${heading}" in full`, async ({ page }) => {
			const start = received.indexOf(heading);
			let end = start + 1;
			while (end < received.length && !(received[end] as string in HEADINGS) && !received[end]?.startsWith('Deniz Uğur')) end++;
			const passage = received.slice(start + 1, end);
			expect(passage.length).toBeGreaterThan(0);

			await page.goto(pageUrl(`/measures/${slug}/`));
			await expect(page.locator('h1')).toHaveCount(1);
			const text = await pageText(page);
			expectInOrder(text, [heading, ...passage.flatMap(sentences)]);
		});
	}

	test('measure pages link to each other in order', async ({ page }) => {
		const slugs = Object.values(HEADINGS);
		for (const [i, slug] of slugs.entries()) {
			await page.goto(pageUrl(`/measures/${slug}/`));
			const prev = page.locator('a[rel="prev"]');
			const next = page.locator('a[rel="next"]');
			if (i === 0) await expect(prev).toHaveCount(0);
			else await expect(prev).toHaveAttribute('href', new RegExp(`/measures/${slugs[i - 1]}/$`));
			if (i === slugs.length - 1) await expect(next).toHaveCount(0);
			else await expect(next).toHaveAttribute('href', new RegExp(`/measures/${slugs[i + 1]}/$`));
		}
	});

	test('the contents list links to every chapter', async ({ page }) => {
		await page.goto(pageUrl('/'));
		const links = page.locator('nav.toc a[href^="#"]');
		expect(await links.count()).toBe(8);
		for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
			await expect(page.locator(`${href}`)).toHaveCount(1);
		}
	});

	test('every number in our prose links to its entry on the sources page, which links the source', async ({ page, request }) => {
		await page.goto(pageUrl('/'));
		const hrefs = new Set(await page.locator('a.figure-ref').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')));
		expect(hrefs.size).toBeGreaterThan(30);
		const sources = await request.get(pageUrl('/sources/'));
		const html = await sources.text();
		for (const href of hrefs) {
			const id = href.split('#')[1];
			expect(html, `no entry ${id} on /sources/`).toContain(`id="${id}"`);
		}
	});

	test('the sources page gives the source address of every figure shown, with its quote', async ({ page }) => {
		await page.goto(pageUrl('/'));
		const inProse = await page
			.locator('a.figure-ref')
			.evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').split('#fig-')[1] ?? ''));
		const shown = new Set([...inProse, ...chartSpecs.flatMap((c) => c.figureIds)]);
		await page.goto(pageUrl('/sources/'));
		for (const id of shown) {
			const figure = figures[id];
			expect(figure, `unknown figure ${id}`).toBeDefined();
			if (!figure) continue;
			const entry = page.locator(`#fig-${id}`);
			await expect(entry).toHaveCount(1);
			await expect(entry.locator('q')).toHaveText(figure.quote);
			const source = page.locator(`#source-${figure.source.id}`);
			await expect(source.locator(`a[href="${figure.source.url}"]`)).toHaveCount(1);
			await expect(source.locator(`#fig-${id}`)).toHaveCount(1);
		}
	});
});
