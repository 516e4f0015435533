/**
 * The site's colours for images drawn at build time (social cards, chart downloads), read from
 * the one place they are typed: the custom properties in `src/lib/styles/global.css`, so an
 * exported chart has the on-page chart's colours (its light theme, the only one the site has).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Every `--name: value;` declared in the stylesheet; a later declaration wins, as in CSS. */
export function customProperties(stylesheet: string): Map<string, string> {
	const found = new Map<string, string>();
	for (const m of stylesheet.matchAll(/--([a-z0-9-]+)\s*:\s*([^;]+);/gi)) found.set(m[1]!, m[2]!.trim());
	return found;
}

const properties = customProperties(readFileSync(path.resolve('src/lib/styles/global.css'), 'utf8'));

/** A colour custom property's value; throws naming it when the stylesheet has none. */
export function cssColour(name: string): string {
	const value = properties.get(name);
	if (!value || !/^#[0-9a-f]{3,8}$/i.test(value)) {
		throw new Error(`src/lib/styles/global.css declares no colour --${name} (images drawn at build time read it)`);
	}
	return value;
}

export const palette = {
	ink: cssColour('ink'),
	inkMuted: cssColour('ink-muted'),
	paper: cssColour('paper'),
	paperTint: cssColour('paper-tint'),
	rule: cssColour('rule'),
	accent: cssColour('accent'),
	mark: cssColour('mark'),
	markHighlight: cssColour('mark-highlight'),
	markMuted: cssColour('mark-muted'),
	markOutline: cssColour('mark-outline'),
	markFaint: cssColour('mark-faint'),
	markText: cssColour('mark-text')
} as const;
