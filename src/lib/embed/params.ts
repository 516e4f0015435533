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

export const DEFAULT_PARAMS: EmbedParams = { theme: 'light', reduceMotion: false, partner: null };

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
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
	const theme = query.get('theme');
	return {
		theme: THEMES.find((t) => t === theme) ?? DEFAULT_PARAMS.theme,
		reduceMotion: query.get('motion') === 'reduce',
		partner: sanitisePartner(query.get('partner'))
	};
}
