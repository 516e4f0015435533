import { charts } from '$lib/charts/registry';
import { figures } from '$lib/data/figures';
import { measures, story } from '$lib/server/story';
import { chapterChart, chartCard, measureCard, sourcesCard, storyCard, type SocialCard } from '$lib/social/cards';

/** Every social card the site has: the story, each measure, the sources page and each chart. */
export function allSocialCards(): SocialCard[] {
	const chapterTitle = new Map(story.chapters.map((c) => [chapterChart(c), c.title]));
	return [
		storyCard(story.title),
		...measures.map((chapter, i) => measureCard(chapter, i + 1, figures)),
		sourcesCard(),
		...charts.map((chart) => chartCard(chart, chapterTitle.get(chart.id) ?? story.title, figures))
	];
}
