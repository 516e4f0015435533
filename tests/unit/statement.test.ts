import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/lib/content/parse';
import { STATEMENT_GAP, type StatementBlock } from '../../src/lib/content/types';
import { figures } from '../../src/lib/data/figures';
import { charts as chartSpecs } from '../../src/lib/charts/registry';

// The statement as received (a copy of the seed), and our copy of it in content/story.aml.
const received = readFileSync(new URL('../fixtures/statement-as-received.txt', import.meta.url), 'utf8')
	.split('\n')
	.map((l) => l.trim())
	.filter(Boolean);
const story = parseStory(readFileSync(new URL('../../content/story.aml', import.meta.url), 'utf8'), {
	figureIds: new Set(Object.keys(figures)),
	chartStates: new Map(chartSpecs.map((c) => [c.id, c.states.map((s) => s.id)]))
});

// Page furniture of the copy we received, not the statement: navigation, the date line
// and the press contact (whose personal mobile number is never published).
const DEBRIS = new Set(['Skip to content', 'Date Published', 'November 10, 2021', 'Back To Top', 'Media contact']);
const PRESS_CONTACT = /^(Sinead Geoghegan|Tel:)/;
const statementLines = received.filter((l) => !DEBRIS.has(l) && !PRESS_CONTACT.test(l));

const blocks = story.chapters.flatMap((c) => c.blocks).filter((b): b is StatementBlock => b.type === 'statement');
const ours = blocks.flatMap((b) => [...(b.heading ? [b.heading] : []), ...b.paragraphs]);
const withoutGap = (s: string) => s.split(STATEMENT_GAP).join(' ').replace(/\s+/g, ' ').trim();

describe('the statement, against the copy we received', () => {
	it('is there in full: every line of the received text, in order, with nothing removed or replaced', () => {
		expect(statementLines.length).toBeGreaterThan(20);
		expect(ours.map(withoutGap)).toEqual(statementLines.map((l) => l.replace(/\s+/g, ' ')));
	});

	it('keeps the incomplete StreetSafe sentence as received, with our mark where words are missing', () => {
		const withMark = ours.filter((p) => p.includes(STATEMENT_GAP));
		expect(withMark).toHaveLength(1);
		expect(withMark[0]).toContain(`Since it was announced in June, ${STATEMENT_GAP} which risks increasing`);
		expect(withoutGap(withMark[0]!)).toContain(
			'Since it was announced in June, which risks increasing the racial profiling and over-surveillance of Black and minoritised communities.'
		);
		// The mark is explained in an editor’s note in the same chapter.
		const chapter = story.chapters.find((c) =>
			c.blocks.some((b) => b.type === 'statement' && b.paragraphs.some((p) => p.includes(STATEMENT_GAP)))
		)!;
		const notes = chapter.blocks
			.filter((b) => b.type === 'note')
			.flatMap((b) => b.inlines.map((i) => ('text' in i ? i.text : '')));
		expect(notes.join(' ')).toContain('appears incomplete');
		expect(notes.join(' ')).toContain(STATEMENT_GAP);
	});

	it('never publishes the press officer’s mobile number', () => {
		const everything = readFileSync(new URL('../../content/story.aml', import.meta.url), 'utf8');
		expect(everything).not.toMatch(/07960|744 ?502/);
	});
});
