/**
 * The query parameters a partner may put on an embed's address. Read in the browser only
 * (prerendered pages cannot vary by query). Anything unknown or malformed falls back to the
 * default: a bad parameter changes nothing.
 */

export type Theme = 'light' | 'dark' | 'auto';

export interface EmbedParams {
	theme: Theme;
	/** `motion=reduce` turns chart animation off; nothing can turn it on against the reader's system. */
	reduceMotion: boolean;
	/** Shown in a credit line only ("Published with …"); never used for anything else. */
	partner: string | null;
}

export const PARTNER_MAX_LENGTH = 60;

/** Letters (any script), digits, spaces and light punctuation; anything else makes the name invalid. */
const PARTNER_NAME = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} .,&’'()-]*$/u;

export function sanitisePartner(raw: string | null): string | null {
	if (raw === null) return null;
	const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
	if (name.length === 0 || name.length > PARTNER_MAX_LENGTH || !PARTNER_NAME.test(name)) return null;
	return name;
}

export function readEmbedParams(search: string): EmbedParams {
	const query = new URLSearchParams(search);
	return {
		theme: themeFromQuery(search),
		reduceMotion: query.get('motion') === 'reduce',
		partner: sanitisePartner(query.get('partner'))
	};
}

/** The theme alone, self-contained: also the embed's inline head script (theme-script.ts). */
export function themeFromQuery(search: string): Theme {
	const theme = new URLSearchParams(search).get('theme');
	return theme === 'dark' || theme === 'auto' ? theme : 'light';
}

/**
 * Runs before the embed's body is drawn, so a dark host never sees a white flash: sets
 * `data-theme` on <html> to light or dark (auto resolved from the reader's system).
 */
export function applyThemeFromQuery(): void {
	const theme = themeFromQuery(window.location.search);
	const dark = theme === 'dark' || (theme === 'auto' && window.matchMedia('(prefers-color-scheme: dark)').matches);
	document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
}
