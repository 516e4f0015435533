import type { Handle } from '@sveltejs/kit';

/**
 * With every style sheet inlined (`inlineStyleThreshold` in svelte.config.js), SvelteKit still
 * lists each one as a disabled `<link rel="stylesheet">` for its client-side router to find. The
 * pages have no SvelteKit client (`csr = false`): the links are dropped, so a browser never
 * considers fetching them.
 */
const INLINED_STYLESHEET = /<link href="[^"]*" rel="stylesheet" disabled media="\(max-width: 0\)">/g;

export function withoutUnusedTags(html: string): string {
	return html.replace(INLINED_STYLESHEET, '');
}

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => withoutUnusedTags(html) });
