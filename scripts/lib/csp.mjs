// The Content-Security-Policy of a built page, computed from its HTML.
//
// Every inline <script> and <style> element and every style="…" attribute the page ships is
// hashed (SHA-256 of the exact text the browser checks). Scripts and style elements are allowed
// by hash in script-src / style-src; style attributes, which CSP can only allow by hash with
// 'unsafe-hashes', go in style-src-attr.
//
// After load, two things make style attributes:
// - Svelte setting a dynamic style (chart positions, tweens): it writes `style.cssText` or calls
//   `style.setProperty`, through the CSSOM, which CSP does not restrict;
// - an element with a static style="…" created from a compiled template (e.g. SvelteKit's route
//   announcer, or any component the client-side router renders): the template is HTML inside
//   the JavaScript bundles, so `templateStyleAttributes` reads those values from the built JS and
//   every page's policy allows them too.

import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';

/** @param {string} text */
export function sha256(text) {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The inline code of a page, hashed.
 * @param {string} html
 * @returns {{ scripts: string[], styles: string[], styleAttributes: string[] }}
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
	const styleAttributes = root
		.querySelectorAll('[style]')
		.map((el) => el.getAttribute('style'))
		.filter((value) => value !== undefined)
		.map((value) => sha256(/** @type {string} */ (value)));
	return { scripts: unique(scripts), styles: unique(styles), styleAttributes: unique(styleAttributes) };
}

/**
 * The static style="…" attribute values in compiled component templates inside built JavaScript.
 * @param {string} js
 * @returns {string[]}
 */
export function templateStyleAttributes(js) {
	return [...js.matchAll(/\bstyle=\\?"([^"\\]*)\\?"/g)].map((m) => m[1] ?? '');
}

/**
 * @param {{ scripts: string[], styles: string[], styleAttributes: string[] }} hashes
 * @param {{ frameAncestors: string }} options `'self'` for the site's pages, `*` for embeds
 */
export function contentSecurityPolicy(hashes, { frameAncestors }) {
	const directives = [
		['default-src', "'self'"],
		['script-src', ["'self'", ...hashes.scripts].join(' ')],
		['style-src', ["'self'", ...hashes.styles].join(' ')],
		[
			'style-src-attr',
			hashes.styleAttributes.length ? ["'unsafe-hashes'", ...hashes.styleAttributes].join(' ') : "'none'"
		],
		['img-src', "'self'"],
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
