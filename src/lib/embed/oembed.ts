import { escapeAttribute } from './codes';
import type { EmbedEntry } from './entries';

/**
 * The oEmbed `rich` response for a chart card or a chapter, prerendered as a file (a static host
 * cannot answer `?url=`; WordPress fetches the discovery link as it is). The whole story has
 * none: WordPress clamps discovered frames to 1000 px, too short for it.
 */
export interface OembedResponse {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	cache_age: number;
}

export const OEMBED_WIDTH = 600;
/** WordPress's own ceiling for a discovered frame. */
export const OEMBED_MAX_HEIGHT = 1000;

/** Where an entry's oEmbed file lives, or null for the whole story, which has none. */
export function oembedPath(entry: EmbedEntry): string | null {
	if (entry.kind === 'chart') return `/oembed/chart/${entry.id}.json`;
	if (entry.kind === 'chapter') return `/oembed/${entry.id}.json`;
	return null;
}

/** `siteUrl`: absolute origin and base path, no trailing slash. */
export function oembedResponse(entry: EmbedEntry, siteUrl: string, providerName: string): OembedResponse {
	const height = Math.min(entry.fixedHeight, OEMBED_MAX_HEIGHT);
	return {
		version: '1.0',
		type: 'rich',
		title: entry.title,
		provider_name: providerName,
		provider_url: `${siteUrl}/`,
		html: `<iframe src="${escapeAttribute(siteUrl + entry.path)}" width="100%" height="${height}" frameborder="0" title="${escapeAttribute(entry.title)}"></iframe>`,
		width: OEMBED_WIDTH,
		height,
		cache_age: 86400
	};
}
