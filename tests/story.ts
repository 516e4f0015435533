// The piece's chapters, measures and charts, read from the sources the site is built from
// (content/story.aml through the parser, the chart specs and the figure records), so that
// tests follow the copy instead of typing ids in. Shared by the Vitest and Playwright tests.

import { readFileSync } from 'node:fs';
import { chartSpecs } from './chart-specs';
import { parseStory } from '../src/lib/content/parse';
import type { Chapter, ScrollyBlock } from '../src/lib/content/types';
import { figures } from '../src/lib/data/figures';

export { chartSpecs, figures };

export const story = parseStory(readFileSync(new URL('../content/story.aml', import.meta.url), 'utf8'), {
	figureIds: new Set(Object.keys(figures)),
	chartStates: new Map(chartSpecs.map((c) => [c.id, c.states.map((s) => s.id)]))
});

/** The chapters with a page of their own at /measures/<slug>/, in story order. */
export const measures = story.chapters.filter((c): c is Chapter & { slug: string } => c.slug !== undefined);

/** The ids of the charts a chapter's copy drives, in order. */
export function chartsIn(chapter: Chapter): string[] {
	return chapter.blocks.filter((b): b is ScrollyBlock => b.type === 'scrolly').map((b) => b.chart);
}

/** Every page the site has, as routes relative to the base path. */
export const sitePages = ['/', ...measures.map((m) => `/measures/${m.slug}/`), '/sources/'];

/** Where the "Exit this page" control must send people (the contract, so typed here, not read from the code). */
export const EXIT_URL = 'https://www.bbc.co.uk/weather';
