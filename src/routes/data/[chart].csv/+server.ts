import { error } from '@sveltejs/kit';
import { chartCsv } from '$lib/charts/csv';
import { chartById, charts } from '$lib/charts/registry';
import { figures } from '$lib/data/figures';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => charts.map((c) => ({ chart: c.id }));

export const GET: RequestHandler = ({ params }) => {
	const spec = chartById.get(params.chart);
	if (!spec) error(404, `No chart "${params.chart}"`);
	return new Response(chartCsv(spec, figures), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
