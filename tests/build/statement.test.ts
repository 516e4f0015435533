// The statement on the built pages, as a reader without JavaScript gets them, checked sentence
// by sentence against the statement as EVAW published it (a copy of the received text), so this
// checks the pages against the source, not against our own copy file.
// (Moved from tests/e2e/statement.spec.ts: the same checks, on the prerendered HTML.)

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATEMENT_GAP, STATEMENT_GAP_SPOKEN } from '../../src/lib/content/types';
import { chartSpecs, figures, measures, story } from '../story';
import { builtFiles, builtPage, normalise, readBuilt, readerText, routeOf } from './built';

const received = readFileSync(new URL('../fixtures/statement-as-received.txt', import.meta.url), 'utf8')
	.split('\n')
	.map((l) => l.trim())
	.filter(Boolean);

const DEBRIS = new Set(['Skip to content', 'Date Published', 'November 10, 2021', 'Back To Top', 'Media contact']);
const PRESS_CONTACT = /^(Sinead Geoghegan|Tel:)/;
// The statement's own sub-headings, one a measure, in the received text's words.
const HEADINGS: Record<string, string> = {
	'Increased police presence': 'increased-police-presence',
	'StreetSafe service': 'streetsafe',
	'Walk and Talk sessions': 'walk-and-talk',
	'Safe Connection': 'safe-connection',
	'Discrimination against migrant women': 'migrant-women'
};
// The one sentence that appears incomplete in the received copy: shown as received, every
// word of it, with our visible mark where words appear to be missing.
const INCOMPLETE =
	'Since it was announced in June, which risks increasing the racial profiling and over-surveillance of Black and minoritised communities.';
const MARKED = `Since it was announced in June, ${STATEMENT_GAP} which risks increasing`;

const statementLines = received.filter((l) => !DEBRIS.has(l) && !PRESS_CONTACT.test(l));

function sentences(paragraph: string): string[] {
	return paragraph
		.split(/(?<=[.?!:][”’]?)\s+(?=[“‘A-Z])/)
		.map((s) => s.trim())
		.filter(Boolean);
}

/** Text with our gap marks (visible and spoken) taken out: EVAW's words only, for comparison. */
const withoutGaps = (text: string) =>
	normalise(text.split(STATEMENT_GAP_SPOKEN).join(' ').split(STATEMENT_GAP).join(' '));

const mainText = (route: string) => withoutGaps(readerText(builtPage(route).querySelector('main')!));

/** Asserts each sentence is in the text, in order. */
function expectInOrder(text: string, expected: string[]): void {
	let from = 0;
	for (const sentence of expected) {
		const at = text.indexOf(normalise(sentence), from);
		expect(at, `sentence missing or out of order: "${sentence}"`).toBeGreaterThanOrEqual(0);
		from = at + sentence.length;
	}
}

describe('the statement, without JavaScript', () => {
	it('every sentence is on / verbatim and in order, inside attributed quotations', () => {
		const expected = statementLines.flatMap(sentences);
		expect(expected.length).toBeGreaterThan(40);
		expectInOrder(mainText('/'), expected);

		// Everything EVAW wrote sits in a blockquote, each attributed and linked to the original.
		const quotes = builtPage('/').querySelectorAll('figure[data-statement]');
		const quoted = withoutGaps(quotes.map((q) => q.querySelectorAll('blockquote').map(readerText).join(' ')).join(' '));
		for (const sentence of statementLines.filter((l) => !(l in HEADINGS)).flatMap(sentences)) {
			expect(quoted, `not inside a quotation: "${sentence}"`).toContain(normalise(sentence));
		}
		for (const quote of quotes) {
			const caption = quote.querySelector('figcaption');
			expect(caption, 'a figcaption').not.toBeNull();
			expect(readerText(caption!)).toContain('End Violence Against Women Coalition');
			expect(readerText(caption!)).toContain('10 November 2021');
			expect(caption!.querySelectorAll('a[href*="endviolenceagainstwomen.org.uk"]')).toHaveLength(1);
		}
	});

	it('the incomplete StreetSafe sentence is shown as received, with a visible mark and a note', () => {
		const page = builtPage('/measures/streetsafe/');
		const text = mainText('/measures/streetsafe/');
		expect(text).toContain(INCOMPLETE);
		const quote = page.querySelector('figure[data-statement] blockquote')!;
		const gaps = quote.querySelectorAll('[data-editorial-gap]');
		expect(gaps).toHaveLength(1);
		expect(gaps[0]!.querySelector('[aria-hidden="true"]'), 'the visible mark').not.toBeNull();
		expect(normalise(readerText(quote).split(STATEMENT_GAP_SPOKEN).join(''))).toContain(MARKED);
		expect(text).toContain('Editor’s note.');
		expect(text).toContain('appears incomplete');
	});

	it('the press officer’s phone number is not published', () => {
		for (const file of builtFiles().filter((f) => /\.(html|csv|js)$/.test(f))) {
			const content = readBuilt(file);
			expect(content, file).not.toContain('07960');
			expect(content, file).not.toContain('744 502');
		}
	});

	for (const [heading, slug] of Object.entries(HEADINGS)) {
		it(`/measures/${slug}/ carries its passage "${heading}" in full`, () => {
			const start = received.indexOf(heading);
			let end = start + 1;
			while (
				end < received.length &&
				!((received[end] as string) in HEADINGS) &&
				!received[end]?.startsWith('Deniz Uğur')
			)
				end++;
			const passage = received.slice(start + 1, end);
			expect(passage.length).toBeGreaterThan(0);

			expect(builtPage(`/measures/${slug}/`).querySelectorAll('h1')).toHaveLength(1);
			expectInOrder(mainText(`/measures/${slug}/`), [heading, ...passage.flatMap(sentences)]);
		});
	}

	it('measure pages link to each other in story order', () => {
		const slugs = measures.map((m) => m.slug);
		expect(slugs).toEqual(Object.values(HEADINGS));
		for (const [i, slug] of slugs.entries()) {
			const page = builtPage(`/measures/${slug}/`);
			const prev = page.querySelectorAll('a[rel="prev"]').map((a) => routeOf(a.getAttribute('href') ?? ''));
			const next = page.querySelectorAll('a[rel="next"]').map((a) => routeOf(a.getAttribute('href') ?? ''));
			expect(prev, `previous link on ${slug}`).toEqual(i === 0 ? [] : [`/measures/${slugs[i - 1]}/`]);
			expect(next, `next link on ${slug}`).toEqual(i === slugs.length - 1 ? [] : [`/measures/${slugs[i + 1]}/`]);
		}
	});

	it('the contents list links to every chapter', () => {
		const page = builtPage('/');
		const hrefs = page.querySelectorAll('nav.toc a[href^="#"]').map((a) => a.getAttribute('href') ?? '');
		expect(hrefs).toEqual(story.chapters.map((c) => `#${c.id}`));
		for (const href of hrefs) expect(page.querySelectorAll(`[id="${href.slice(1)}"]`), href).toHaveLength(1);
	});

	it('every number in our prose links to its entry on the sources page, which links the source', () => {
		const hrefs = new Set(
			builtPage('/')
				.querySelectorAll('a.figure-ref')
				.map((a) => a.getAttribute('href') ?? '')
		);
		expect(hrefs.size).toBeGreaterThan(30);
		const sources = builtPage('/sources/');
		for (const href of hrefs) {
			expect(routeOf(href), href).toBe('/sources/');
			const id = href.split('#')[1] ?? '';
			expect(sources.querySelectorAll(`[id="${id}"]`), `no entry ${id} on /sources/`).toHaveLength(1);
		}
	});

	it('the sources page gives the source address of every figure shown, with its quote', () => {
		const inProse = builtPage('/')
			.querySelectorAll('a.figure-ref')
			.map((a) => (a.getAttribute('href') ?? '').split('#fig-')[1] ?? '');
		const shown = new Set([...inProse, ...chartSpecs.flatMap((c) => c.figureIds)]);
		const sources = builtPage('/sources/');
		for (const id of shown) {
			const figure = figures[id];
			expect(figure, `unknown figure ${id}`).toBeDefined();
			if (!figure) continue;
			const entries = sources.querySelectorAll(`[id="fig-${id}"]`);
			expect(entries, `entry for ${id}`).toHaveLength(1);
			expect(entries[0]!.querySelectorAll('q').map(readerText), `quote for ${id}`).toEqual([normalise(figure.quote)]);
			const source = sources.querySelector(`[id="source-${figure.source.id}"]`);
			expect(source, `source ${figure.source.id}`).not.toBeNull();
			expect(
				source!.querySelectorAll('a').filter((a) => a.getAttribute('href') === figure.source.url),
				`link to ${figure.source.url}`
			).toHaveLength(1);
			expect(source!.querySelectorAll(`[id="fig-${id}"]`), `${id} under its source`).toHaveLength(1);
		}
	});
});
