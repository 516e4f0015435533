import { error } from '@sveltejs/kit';
import { allSocialCards } from '$lib/server/social/cards';
import { renderSocialCard } from '$lib/server/social/render';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

const cards = new Map(allSocialCards().map((card) => [card.path.replace(/^\/social\//, ''), card]));

export const entries: EntryGenerator = () => [...cards.keys()].map((card) => ({ card }));

export const GET: RequestHandler = async ({ params }) => {
	const card = cards.get(params.card);
	if (!card) error(404, `No social card "${params.card}"`);
	const png = await renderSocialCard(card);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
