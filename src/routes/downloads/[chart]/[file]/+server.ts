import { error } from '@sveltejs/kit';
import { downloadFiles, renderDownloadFile } from '$lib/server/downloads/charts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () =>
	downloadFiles().map((path) => {
		const [chart = '', file = ''] = path.split('/');
		return { chart, file };
	});

export const GET: RequestHandler = ({ params }) => {
	const found = renderDownloadFile(params.chart, params.file);
	if (!found) error(404, `No chart download "${params.chart}/${params.file}"`);
	return new Response(found.body, { headers: { 'content-type': found.type } });
};
