import { error } from '@sveltejs/kit';
import { charts } from '$lib/charts/registry';
import { figures } from '$lib/data/figures';
import { layoutsFile, travelsAsFile } from '$lib/islands/chart-data';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * The layouts a chart's island fetches when they are too large to carry in the page (the
 * timelines'; see chart-data.ts): `/layouts/<chart-id>.<hash>.json`, every state.
 */
export const prerender = true;
export const trailingSlash = 'never';

const files = () => charts.filter((chart) => travelsAsFile(chart, figures)).map((chart) => layoutsFile(chart, figures));

export const entries: EntryGenerator = () => files().map(({ name }) => ({ file: name }));

export const GET: RequestHandler = ({ params }) => {
	const file = files().find(({ name }) => name === params.file);
	if (!file) error(404, `No layouts file "${params.file}"`);
	return new Response(file.body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
