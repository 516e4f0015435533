import type { Chapter, ScrollyBlock, Story } from '$lib/content/types';

/**
 * Every embeddable piece: the whole story, each chapter and each chart card. One list, read by
 * the embed routes, the oEmbed files, the preview page and the "Embed this" codes, so a page,
 * its address and its title never disagree.
 */
export interface EmbedEntry {
	kind: 'story' | 'chapter' | 'chart';
	/** The piece's id: 'story', a chapter id or a chart id. */
	id: string;
	/** The embed page, from the site root: /embed/…/ */
	path: string;
	/** The iframe's title and the embed page's <title>. */
	title: string;
	/** The story page this piece comes from (its canonical link and "read the full story" link). */
	storyPath: string;
	/** The fixed height offered in the iframe-only code, where nothing can size the frame. */
	fixedHeight: number;
}

/** Embed paths a chapter id may not take, because other embed routes live there. */
export const RESERVED_EMBED_SEGMENTS: readonly string[] = ['chart', 'preview', 'loader.js'];

const SITE_SUFFIX = 'EVAW on the Met’s plan';

/** The story page a chapter belongs on: its measure page, or the story itself. */
export function chapterStoryPath(chapter: Pick<Chapter, 'slug'>): string {
	return chapter.slug ? `/measures/${chapter.slug}/` : '/';
}

export function storyEntry(story: Pick<Story, 'title'>): EmbedEntry {
	return { kind: 'story', id: 'story', path: '/embed/', title: story.title, storyPath: '/', fixedHeight: 1400 };
}

export function chapterEntry(chapter: Pick<Chapter, 'id' | 'slug' | 'title'>): EmbedEntry {
	if (RESERVED_EMBED_SEGMENTS.includes(chapter.id)) {
		throw new Error(`Chapter id "${chapter.id}" would clash with /embed/${chapter.id}/: choose another id`);
	}
	return {
		kind: 'chapter',
		id: chapter.id,
		path: `/embed/${chapter.id}/`,
		title: `${chapter.title}: ${SITE_SUFFIX}`,
		storyPath: chapterStoryPath(chapter),
		fixedHeight: 1400
	};
}

/** `takeaway` is the chart's title with its figures filled in. */
export function chartEntry(chart: string, takeaway: string, chapter: Pick<Chapter, 'slug'>): EmbedEntry {
	return {
		kind: 'chart',
		id: chart,
		path: `/embed/chart/${chart}/`,
		title: `Chart: ${takeaway}`,
		storyPath: chapterStoryPath(chapter),
		fixedHeight: 1000
	};
}

/** Each chart the copy shows, with the block that steps through it and the chapter it is in. */
export function chartBlocks(story: Story): { block: ScrollyBlock; chapter: Chapter }[] {
	return story.chapters.flatMap((chapter) =>
		chapter.blocks.flatMap((block) => (block.type === 'scrolly' ? [{ block, chapter }] : []))
	);
}
