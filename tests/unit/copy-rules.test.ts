/**
 * The README's rules for editing the copy, checked on the copy, the figures and the CSVs.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { chartCsv } from '../../src/lib/charts/csv';
import { charts as chartSpecs } from '../../src/lib/charts/registry';
import { parseStory } from '../../src/lib/content/parse';
import type { Inline } from '../../src/lib/content/types';
import { figureList, figures } from '../../src/lib/data/figures';

const story = parseStory(readFileSync(new URL('../../content/story.aml', import.meta.url), 'utf8'), {
	figureIds: new Set(Object.keys(figures)),
	chartStates: new Map(chartSpecs.map((c) => [c.id, c.states.map((s) => s.id)]))
});

const words = (inlines: Inline[]) => inlines.map((i) => (i.kind === 'figure' ? '' : i.text)).join('');

/** Every piece of our own prose, named for the failure message (never EVAW's statement). */
const ourProse: [string, string][] = [
	['title', story.title],
	['dek', story.dek],
	['description', story.description],
	['contentNote', story.contentNote],
	...story.chapters.flatMap((c) =>
		c.blocks.flatMap((b, i): [string, string][] => {
			if (b.type === 'text' || b.type === 'note') return [[`${c.id} block ${i + 1}`, words(b.inlines)]];
			if (b.type === 'scrolly')
				return b.steps.map((s): [string, string] => [`${c.id} ${b.chart} ${s.state}`, words(s.inlines)]);
			return [];
		})
	),
	...chartSpecs.flatMap((c): [string, string][] => [
		[`${c.id} title`, c.title],
		[`${c.id} place`, c.place],
		[`${c.id} period`, c.period],
		[`${c.id} kind`, c.kind]
	]),
	...[...new Map(figureList.map((f) => [f.source.id, f.source])).values()].map((src): [string, string] => [
		`source ${src.id} publisher`,
		src.publisher
	]),
	...figureList.flatMap((f): [string, string][] => [
		[`${f.id} label`, f.label],
		...(f.note ? ([[`${f.id} note`, f.note]] as [string, string][]) : [])
	])
];

describe('README rules for the copy', () => {
	it('uses typographic quotes and apostrophes, never straight ones', () => {
		for (const [where, text] of ourProse) expect(text, where).not.toMatch(/['"]/);
	});

	it('never shows readers an internal figure id', () => {
		const ids = new Set(figureList.map((f) => f.id));
		for (const [where, text] of ourProse) {
			const shown = text.replace(/\{fig:[^}]*\}/g, '');
			for (const word of shown.match(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g) ?? [])
				expect(ids.has(word), `${where}: “${word}”`).toBe(false);
		}
	});

	it('writes what the Met’s schemes were in November 2021, not what they are now', () => {
		const present =
			/\b(StreetSafe|Safe Connection|Walk and Talk|the scheme|the tool|the pilot)\s+(is|are|lets|pairs|allows|offers|runs|has|asks)\b/;
		for (const [where, text] of ourProse) expect(text, where).not.toMatch(present);
	});

	it('never says that cases are part of the people accused, or turns the two counts into a share', () => {
		for (const [where, text] of ourProse) {
			expect(text, where).not.toMatch(
				/of (the )?771[^,;.]*(dismissed|formal action)|83 (dismissed )?of 771|kept their jobs/
			);
		}
		expect(figures['met-sm-formal-action']!.partOf).toBeUndefined();
	});
});

describe('figures published only in words', () => {
	// Words that mark a figure the source gives in words, not as a number.
	const IN_WORDS =
		/\b(almost|nearly|over|more than|less than|at least|approximately|about|around|half|quarter|\d+ in \d+|form of)\b/i;
	const inWords = figureList.filter((f) => f.inWords !== undefined);

	it('are marked as such, and only they', () => {
		for (const f of figureList) {
			if (f.unit === 'date') continue;
			expect(f.inWords !== undefined, `${f.id} (“${f.display}”)`).toBe(IN_WORDS.test(f.display));
		}
		expect(inWords.length).toBeGreaterThan(8);
	});

	it('keep their words in every CSV, and a number only as a bound, never as an exact value or a count', () => {
		let rows = 0;
		for (const spec of chartSpecs) {
			for (const row of csvParse(chartCsv(spec, figures))) {
				const f = figures[row.figure_id ?? '']!;
				if (f.inWords === undefined) {
					expect(row.value_is, f.id).toMatch(/^(exact|empty: a dated event)/);
					continue;
				}
				rows++;
				expect(row.display, f.id).toBe(f.display);
				expect(row.value_is, f.id).not.toMatch(/exact/);
				if (f.inWords === 'words-only') expect(row.value, f.id).toBe('');
				else expect(row.value_is, f.id).toMatch(/^(an upper bound|a lower bound|approximate)/);
			}
		}
		expect(rows).toBeGreaterThanOrEqual(4);
	});

	it('say which kind of bound in their notes', () => {
		for (const f of inWords) {
			if (f.inWords === 'upper-bound') expect(f.note ?? '', f.id).toMatch(/upper bound/);
			if (f.inWords === 'lower-bound') expect(f.note ?? '', f.id).toMatch(/lower bound/);
		}
	});
});
