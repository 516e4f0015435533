import { absoluteUrl } from '$lib/config';
import { measures } from '$lib/server/story';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The pages search engines should index: the story, each measure and the sources page. Not the 404 page or embeds. */
const sitemapPaths = (): string[] => ['/', ...measures.map((m) => `/measures/${m.slug}/`), '/sources/'];

const escapeXml = (s: string): string =>
	s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);

export const GET: RequestHandler = () => {
	const urls = sitemapPaths()
		.map((path) => `\t<url><loc>${escapeXml(absoluteUrl(path))}</loc></url>`)
		.join('\n');
	const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
	return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
