import { absoluteUrl } from '$lib/config';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

// Crawlers read robots.txt only at the root of a host: when the piece lives under BASE_PATH, the
// host's own robots.txt should carry this Sitemap line (see the README's "Deploying").
export const GET: RequestHandler = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
