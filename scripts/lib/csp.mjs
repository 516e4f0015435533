// The Content-Security-Policy of a built page, computed from its HTML.
//
// Scripts: only our own files ('self') and the page's inline <script> elements, each allowed by
// the SHA-256 of its exact text (the embeds' theme script); JSON data blocks are never executed
// and need nothing. No 'unsafe-inline', no 'unsafe-eval' for scripts. Style elements (every
// page's CSS is inlined) are allowed by hash in style-src too.
//
// Style attributes (style="…") are allowed with style-src-attr 'unsafe-inline'. They used to be
// allowed one by one, by hash with 'unsafe-hashes': a chart label's position is a style
// attribute, so the story page needed about 60 hashes and the whole-story embed about 200, a
// header of 4,000 and 13,000 characters, far over the 2,000 Cloudflare Pages accepts for one
// header line. A style attribute cannot run script, and style-src-attr governs nothing else
// (style elements and style sheets stay under style-src, by hash or 'self'); what CSS injected
// into an attribute could still do, load an image from elsewhere, img-src ('self', and data: for the favicon) forbids. And the pages are static, built from our own files, with no reader
// input written into them. So the trade is a header every host accepts, one policy for the
// styles the server writes and those the islands' templates create, for a protection the site
// does not need.

import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';

/** @param {string} text */
export function sha256(text) {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The inline code of a page, hashed.
 * @param {string} html
 * @returns {{ scripts: string[], styles: string[] }}
 */
export function inlineHashes(html) {
	const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
	const unique = (/** @type {string[]} */ values) => [...new Set(values)].sort();
	const scripts = root
		.querySelectorAll('script')
		// Data blocks (JSON-LD, island props) are never executed: no hash.
		.filter(
			(el) =>
				!el.hasAttribute('src') && !['application/ld+json', 'application/json'].includes(el.getAttribute('type') ?? '')
		)
		.map((el) => sha256(el.rawText));
	const styles = root.querySelectorAll('style').map((el) => sha256(el.rawText));
	return { scripts: unique(scripts), styles: unique(styles) };
}

/**
 * @param {{ scripts: string[], styles: string[] }} hashes
 * @param {{ frameAncestors: string }} options `'self'` for the site's pages, `*` for embeds
 */
export function contentSecurityPolicy(hashes, { frameAncestors }) {
	const directives = [
		['default-src', "'self'"],
		['script-src', ["'self'", ...hashes.scripts].join(' ')],
		['style-src', ["'self'", ...hashes.styles].join(' ')],
		// Style attributes only: see the note at the top of this file.
		['style-src-attr', "'unsafe-inline'"],
		// data: for the favicon, which every page carries in its head (src/hooks.server.ts).
		['img-src', "'self' data:"],
		['font-src', "'self'"],
		['connect-src', "'self'"],
		['object-src', "'none'"],
		['base-uri', "'none'"],
		['form-action', "'self'"],
		['frame-ancestors', frameAncestors]
	];
	return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/**
 * frame-ancestors for a page: any origin may frame the partner embeds under /embed/, only our
 * own origin may frame everything else.
 * @param {string} pagePath site path without the base, e.g. /embed/chart/x/
 */
export function frameAncestorsFor(pagePath) {
	return pagePath === '/embed/' || pagePath.startsWith('/embed/') ? '*' : "'self'";
}

/**
 * Parses a CSP header into directive -> source list.
 * @param {string} header
 * @returns {Map<string, string[]>}
 */
export function parseCsp(header) {
	const map = new Map();
	for (const part of header.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) map.set(name.toLowerCase(), values);
	}
	return map;
}
