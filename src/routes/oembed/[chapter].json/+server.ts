import { error, json } from '@sveltejs/kit';
import { SITE_NAME, absoluteUrl } from '$lib/config';
import { oembedResponse } from '$lib/embed/oembed';
import { chapterEmbeds } from '$lib/server/embeds';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => chapterEmbeds.map(({ chapter }) => ({ chapter: chapter.id }));

export const GET: RequestHandler = ({ params }) => {
	const found = chapterEmbeds.find(({ chapter }) => chapter.id === params.chapter);
	if (!found) error(404, `No chapter "${params.chapter}"`);
	return json(oembedResponse(found.entry, absoluteUrl(''), SITE_NAME));
};
