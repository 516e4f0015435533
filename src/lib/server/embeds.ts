import { chartOf } from '$lib/charts/registry';
import { fillTemplate } from '$lib/charts/validate';
import { figures } from '$lib/data/figures';
import { chapterEntry, chartBlocks, chartEntry, storyEntry, type EmbedEntry } from '$lib/embed/entries';
import { story } from './story';

/** Every embed, built once from the copy: the story, its chapters and its chart cards. */
export const storyEmbed: EmbedEntry = storyEntry(story);

export const chapterEmbeds = story.chapters.map((chapter) => ({ chapter, entry: chapterEntry(chapter) }));

export const chartEmbeds = chartBlocks(story).map(({ block, chapter }) => ({
	block,
	chapter,
	entry: chartEntry(block.chart, fillTemplate(chartOf(block.chart).title, figures), chapter)
}));

export const allEmbeds: EmbedEntry[] = [
	storyEmbed,
	...chapterEmbeds.map((c) => c.entry),
	...chartEmbeds.map((c) => c.entry)
];
