import { charts } from '$lib/charts/registry';
import { figures } from '$lib/data/figures';
import { measures, story } from '$lib/server/story';
import { chartCard, measureCard, sourcesCard, storyCard, type SocialCard } from '$lib/social/cards';

/** Every social card the site has: the story, each measure, the sources page and each chart. */
export function allSocialCards(): SocialCard[] {
	// A chart's card names the chapter whose scrolly draws it.
	const chapterTitle = new Map(
		story.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.type === 'scrolly' ? [[b.chart, c.title] as const] : [])))
	);
	return [
		storyCard(story.title),
		...measures.map((chapter, i) => measureCard(chapter, i + 1, figures)),
		sourcesCard(),
		...charts.map((spec) => chartCard(spec, chapterTitle.get(spec.id) ?? story.title, figures))
	];
}
