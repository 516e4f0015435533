import { error, json } from '@sveltejs/kit';
import { SITE_NAME, absoluteUrl } from '$lib/config';
import { oembedResponse } from '$lib/embed/oembed';
import { chartEmbeds } from '$lib/server/embeds';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => chartEmbeds.map(({ block }) => ({ chart: block.chart }));

export const GET: RequestHandler = ({ params }) => {
	const found = chartEmbeds.find(({ block }) => block.chart === params.chart);
	if (!found) error(404, `No chart "${params.chart}"`);
	return json(oembedResponse(found.entry, absoluteUrl(''), SITE_NAME));
};
