import { describe, expect, it } from 'vitest';
import { parseInlines, parseStory, StoryError } from '../../src/lib/content/parse';
import type { StoryContext } from '../../src/lib/content/types';

const ctx: StoryContext = {
	figureIds: new Set(['a-figure', 'b-figure']),
	chartStates: new Map([['demo-chart', ['first', 'second']]])
};

const header = `title: T
dek: D
description: Desc
contentNote: Note
byline: B
published: 2026-11-23
`;

function doc(blocks: string, extra = ''): string {
	return `${header}
[chapters]
id: opening
title: Opening
${extra}
[.+blocks]
${blocks}
[]
[]
`;
}

describe('parseStory', () => {
	it('turns ArchieML into typed blocks in order', () => {
		const story = parseStory(
			doc(`text: Intro with {fig:a-figure} and [a link](https://example.org/x).
{.statement}
heading: A heading
[.paragraphs]
* First paragraph, verbatim.
* Second: with a colon.
[]
{}
note: A note.
{.scrolly}
chart: demo-chart
[.steps]
state: first
text: Step one {fig:b-figure}.
state: second
text: Step two.
[]
{}`),
			ctx
		);
		expect(story.title).toBe('T');
		const [chapter] = story.chapters;
		expect(chapter?.navTitle).toBe('Opening');
		expect(chapter?.blocks.map((b) => b.type)).toEqual(['text', 'statement', 'note', 'scrolly']);
		expect(chapter?.blocks[0]).toEqual({
			type: 'text',
			inlines: [
				{ kind: 'text', text: 'Intro with ' },
				{ kind: 'figure', id: 'a-figure' },
				{ kind: 'text', text: ' and ' },
				{ kind: 'link', text: 'a link', href: 'https://example.org/x' },
				{ kind: 'text', text: '.' }
			]
		});
		expect(chapter?.blocks[1]).toEqual({
			type: 'statement',
			heading: 'A heading',
			paragraphs: ['First paragraph, verbatim.', 'Second: with a colon.']
		});
		const scrolly = chapter?.blocks[3];
		expect(scrolly?.type === 'scrolly' && scrolly.steps.map((s) => s.state)).toEqual(['first', 'second']);
	});

	it('rejects an unknown block type, naming the chapter, block and type', () => {
		expect(() => parseStory(doc('chart: demo-chart'), ctx)).toThrow(
			'content/story.aml: chapter "opening", block 1: unknown block type "chart" (known: text, statement, note, scrolly)'
		);
	});

	it('rejects a figure that does not exist', () => {
		expect(() => parseStory(doc('text: See {fig:no-such-figure}.'), ctx)).toThrow(
			'chapter "opening", block 1 ("text"): unknown figure "{fig:no-such-figure}"'
		);
	});

	it('rejects a malformed figure reference', () => {
		expect(() => parseStory(doc('text: See {fig:a-figure.'), ctx)).toThrow(/malformed figure reference/);
	});

	it('rejects an unknown chart and an unknown state', () => {
		const scrolly = (chart: string, state: string) => `{.scrolly}
chart: ${chart}
[.steps]
state: ${state}
text: Words.
[]
{}`;
		expect(() => parseStory(doc(scrolly('pie', 'first')), ctx)).toThrow('unknown chart "pie" (known: demo-chart)');
		expect(() => parseStory(doc(scrolly('demo-chart', 'third')), ctx)).toThrow(
			'step 1: chart "demo-chart" has no state "third" (its states: first, second)'
		);
	});

	it('keeps figure references out of the statement', () => {
		const statement = `{.statement}
[.paragraphs]
* EVAW said {fig:a-figure}.
[]
{}`;
		expect(() => parseStory(doc(statement), ctx)).toThrow(/cannot hold figure references/);
	});

	it('rejects a statement with no paragraphs and a chapter with no blocks', () => {
		expect(() => parseStory(doc('{.statement}\nheading: H\n{}'), ctx)).toThrow(/needs a \[\.paragraphs\] list/);
		expect(() => parseStory(`${header}\n[chapters]\nid: empty\ntitle: Empty\n[]\n`, ctx)).toThrow(
			'chapter "empty": needs a [.+blocks] list'
		);
	});

	it('rejects a missing top-level field and bad or duplicate slugs', () => {
		expect(() => parseStory(doc('text: x').replace('dek: D\n', ''), ctx)).toThrow('top: "dek" is missing or empty');
		expect(() => parseStory(doc('text: x', 'slug: Not A Slug'), ctx)).toThrow(/slug "Not A Slug"/);
		const twice = `${header}\n[chapters]\nid: one\ntitle: A\nslug: same\n[.+blocks]\ntext: x\n[]\nid: two\ntitle: B\nslug: same\n[.+blocks]\ntext: y\n[]\n[]\n`;
		expect(() => parseStory(twice, ctx)).toThrow('duplicate chapter slug "same"');
	});

	it('throws StoryError, so the build names the file', () => {
		try {
			parseStory('title: only', ctx);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(StoryError);
			expect((e as Error).message).toMatch(/^content\/story\.aml: /);
		}
	});
});

describe('parseInlines', () => {
	it('returns plain text untouched', () => {
		expect(parseInlines('No figures here.', 'x', ctx)).toEqual([{ kind: 'text', text: 'No figures here.' }]);
	});
});

describe('the real copy', () => {
	it('parses with the real figures and charts, and places every chart once', async () => {
		// tests/story.ts parses content/story.aml as the build does; importing it throws on any error.
		const { chartSpecs, chartsIn, measures, story } = await import('../story');
		expect(story.chapters.length).toBeGreaterThan(0);
		expect(measures.length, 'the five police measures have pages').toBe(5);
		const placed = story.chapters.flatMap(chartsIn);
		expect(placed.sort()).toEqual(chartSpecs.map((c) => c.id).sort());
	});
});
