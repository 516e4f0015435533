import type { Handle } from '@sveltejs/kit';
import { minifySync } from 'vite';
import { outsideIslandsWithoutMarkers } from '$lib/islands/markers';
import { withPageCss } from '$lib/server/page-css';
import favicon from '$lib/favicon.svg?raw';

/**
 * With every style sheet inlined (`inlineStyleThreshold` in svelte.config.js), SvelteKit still
 * lists each one as a disabled `<link rel="stylesheet">` for its client-side router to find. The
 * pages have no SvelteKit client (`csr = false`): the links are dropped, so a browser never
 * considers fetching them.
 */
const INLINED_STYLESHEET = /<link href="[^"]*" rel="stylesheet" disabled media="\(max-width: 0\)">/g;

/**
 * The islands loader (IslandsScript.svelte) on a page with nothing to hydrate and no embed code to
 * copy (the embed preview) is dropped: such a page needs no script of ours.
 */
const ISLANDS_ENTRY = /<script data-islands-entry>[^<]*<\/script>/;
const needsIslands = (html: string) => html.includes('data-island=') || html.includes('data-copy-code');

/**
 * The islands loader is written, typed and tested as TypeScript functions (islands-loader.ts) and
 * inlined as their source; in the page it is minified (its comments, indentation and long local
 * names cost every page about 130 bytes gzip). `</script` never survives in it.
 */
const withMinifiedLoader = (html: string) =>
	html.replace(ISLANDS_ENTRY, (element) => {
		const source = element.slice(element.indexOf('>') + 1, element.lastIndexOf('</'));
		const { code } = minifySync('islands-loader.js', source, { compress: true, mangle: true });
		return `<script data-islands-entry>${code.trim().replace(/<\/(script)/gi, '<\\/$1')}</script>`;
	});

/**
 * `whole`: the chunk is the whole page (a prerendered page is never streamed in parts); then the
 * hydration markers outside its islands go too (islands/markers.ts), and the CSS rules the page
 * cannot use (server/page-css.ts).
 */
export function withoutUnusedTags(html: string, whole: boolean): string {
	if (!whole) return html.replace(INLINED_STYLESHEET, '');
	const page = withPageCss(outsideIslandsWithoutMarkers(html.replace(INLINED_STYLESHEET, '')));
	// The loader names the embed host's island itself: look for islands in the rest of the page.
	const withoutLoader = page.replace(ISLANDS_ENTRY, '');
	return needsIslands(withoutLoader) ? withMinifiedLoader(page) : withoutLoader;
}

/**
 * The favicon is in the page (app.html's `%favicon%`), not a request: a browser fetching it while
 * the page is first drawn competes with the HTML (Lighthouse counted it into the chart cards'
 * largest paint). `img-src` allows `data:` for it (scripts/lib/csp.mjs). Only what a URL may not
 * hold as it is is escaped (its double quotes become single ones).
 */
const FAVICON_HREF = `data:image/svg+xml,${favicon
	.trim()
	.replace(/"/g, "'")
	.replace(/[%#<>\s]/g, (c) => encodeURIComponent(c))}`;

export const handle: Handle = ({ event, resolve }) => {
	let first = true;
	return resolve(event, {
		transformPageChunk: ({ html, done }) => {
			const whole = first && done;
			first = false;
			return withoutUnusedTags(html.replace('%favicon%', FAVICON_HREF), whole);
		}
	});
};
