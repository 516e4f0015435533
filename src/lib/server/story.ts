import source from '../../../content/story.aml?raw';
import { parseStory } from '$lib/content/parse';
import type { Chapter, Story } from '$lib/content/types';
import { figures } from '$lib/data/figures';
import { charts } from '$lib/charts/registry';
import { validateChartSpecs } from '$lib/charts/validate';

validateChartSpecs(charts, figures);

/** The copy, parsed and checked once when the site is built. */
export const story: Story = parseStory(source, {
	figureIds: new Set(Object.keys(figures)),
	chartStates: new Map(charts.map((c) => [c.id, c.states.map((s) => s.id)]))
});

export const measures: Chapter[] = story.chapters.filter((c) => c.slug !== undefined);

export interface NavItem {
	id: string;
	title: string;
	slug?: string;
}

export const nav: NavItem[] = story.chapters.map((c) => ({
	id: c.id,
	title: c.navTitle,
	...(c.slug ? { slug: c.slug } : {})
}));
