/**
 * What each social card (the 1200×630 image that Open Graph and Twitter show) says. Pure data,
 * read by the pages for their meta tags and by the build-time renderer
 * (`src/lib/server/social/render.ts`, through `src/routes/social/[...card]/+server.ts`).
 *
 * A card never shows a number that is not a figure record: its headline is a chart's takeaway
 * with each {fig:…} filled from src/lib/data/figures.ts, and its source line names the
 * publishers of those figures.
 */
import { chartOf } from '$lib/charts/registry';
import { SITE_NAME } from '$lib/config';
import type { ChartSpec } from '$lib/charts/define';
import { fillTemplate } from '$lib/charts/validate';
import { STATEMENT } from '$lib/config';
import type { Chapter } from '$lib/content/types';
import type { Figure } from '$lib/data/types';

export const SOCIAL_CARD_WIDTH = 1200;
export const SOCIAL_CARD_HEIGHT = 630;

export interface SocialCard {
	/** Site path of the PNG, e.g. /social/measures/streetsafe.png */
	path: string;
	/** Small line above the title. */
	kicker: string;
	title: string;
	/** The sentence under the title: a chart takeaway, or a standfirst of our own. */
	headline?: string;
	/** "Source: …" for the figures in the headline. */
	sourceLine?: string;
	/** Alt text for og:image:alt and twitter:image:alt: what the card says, in words. */
	alt: string;
}

type Figures = Readonly<Record<string, Figure>>;

const TOKEN = /\{fig:([^}]*)\}/g;

/** Publishers of the figures a chart's takeaway names, or of all its figures when it names none. */
function chartSources(spec: ChartSpec, figures: Figures): string {
	const named = [...spec.title.matchAll(TOKEN)].map((m) => m[1] ?? '');
	const claim = named.find((id) => figures[id]?.confidence === 'CLAIM');
	// A card has no room for "EVAW says, and no source confirms": an unverified number stays off it.
	if (claim) throw new Error(`Social card for chart "${spec.id}": its takeaway shows "${claim}", an unverified claim`);
	const ids = named.length > 0 ? named : spec.figureIds;
	const used = ids.map((id) => figures[id]).filter((f): f is Figure => f !== undefined);
	const publishers = [...new Set(used.map((f) => f.source.publisher))];
	const after =
		named.length > 0 && used.some((f) => f.publishedAfterStatement) ? ' (published after the statement)' : '';
	return `${publishers.length > 1 ? 'Sources' : 'Source'}: ${publishers.join('; ')}${after}`;
}

function describe(card: Omit<SocialCard, 'alt'>): string {
	return [card.kicker, card.title, card.headline, card.sourceLine].filter(Boolean).join('. ').replace(/\.\./g, '.');
}

function withAlt(card: Omit<SocialCard, 'alt'>): SocialCard {
	return { ...card, alt: `Card: ${describe(card)}` };
}

/** The first chart a chapter's copy drives, if any. */
export function chapterChart(chapter: Chapter): string | undefined {
	for (const block of chapter.blocks) if (block.type === 'scrolly') return block.chart;
	return undefined;
}

export function storyCard(title: string): SocialCard {
	return withAlt({
		path: '/social/story.png',
		kicker: `${STATEMENT.publisher}, ${STATEMENT.dateText}`,
		title,
		headline: 'The statement in full, in EVAW’s words, with the sourced figures behind what it says.'
	});
}

export function sourcesCard(): SocialCard {
	return withAlt({
		path: '/social/sources.png',
		kicker: SITE_NAME,
		title: 'Sources and methods',
		headline: 'Every figure in the piece, with its source, the sentence that supports it, and what we could not verify.'
	});
}

export function measureCard(chapter: Chapter, number: number, figures: Figures): SocialCard {
	const chart = chapterChart(chapter);
	const spec = chart ? chartOf(chart) : undefined;
	return withAlt({
		path: `/social/measures/${chapter.slug}.png`,
		kicker: `Measure ${number} · ${SITE_NAME}`,
		title: chapter.title,
		...(spec ? { headline: fillTemplate(spec.title, figures), sourceLine: chartSources(spec, figures) } : {})
	});
}

export function chartCard(spec: ChartSpec, chapterTitle: string, figures: Figures): SocialCard {
	return withAlt({
		path: `/social/chart/${spec.id}.png`,
		kicker: `${chapterTitle} · ${SITE_NAME}`,
		title: fillTemplate(spec.title, figures),
		sourceLine: chartSources(spec, figures)
	});
}
