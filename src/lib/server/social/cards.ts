import { chartSpecs } from '$lib/charts/specs';
import { figures } from '$lib/data/figures';
import { measures, story } from '$lib/server/story';
import { chartCard, measureCard, sourcesCard, storyCard, type SocialCard } from '$lib/social/cards';

/** Every social card the site has: the story, each measure, the sources page and each chart. */
export function allSocialCards(): SocialCard[] {
	const chapterTitle = new Map(story.chapters.map((c) => [c.id, c.title]));
	return [
		storyCard(story.title),
		...measures.map((chapter, i) => measureCard(chapter, i + 1, figures)),
		sourcesCard(),
		...chartSpecs.map((spec) => chartCard(spec, chapterTitle.get(spec.chapter) ?? story.title, figures))
	];
}
