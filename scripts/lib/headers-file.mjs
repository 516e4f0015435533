// The `_headers` file format that Netlify and Cloudflare Pages read:
//
//   # comment
//   /path/or/pattern/*
//     Header-Name: value
//
// A pattern matches the request path exactly, with `*` matching anything (slashes included) and
// `:name` one path segment. Every matching rule applies. Where two matching rules set the same
// header, Cloudflare joins the values with ", " and Netlify keeps the last: the rules we write
// never set one header twice for a path (scripts/write-headers.mjs checks), so both hosts agree.

/** @typedef {{ pattern: string, regex: RegExp, headers: [string, string][] }} HeaderRule */

/** @param {string} pattern */
export function patternRegex(pattern) {
	const source = pattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) =>
			part === '*'
				? '.*'
				: part.startsWith(':') && part.length > 1
					? '[^/]+'
					: part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
		)
		.join('');
	return new RegExp(`^${source}$`);
}

/**
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	for (const [i, line] of text.split(/\r?\n/).entries()) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = line.trim();
			rules.push({ pattern, regex: patternRegex(pattern), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule || colon === -1)
			throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path: ${line.trim()}`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/**
 * The headers for a request path, combined the way Cloudflare Pages does (same name: values
 * joined with ", ").
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Map<string, string>} lower-case name -> value
 */
export function headersFor(rules, pathname) {
	const out = new Map();
	for (const rule of rules) {
		if (!rule.regex.test(pathname)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			out.set(key, out.has(key) ? `${out.get(key)}, ${value}` : value);
		}
	}
	return out;
}

/**
 * @param {{ pattern: string, headers: [string, string][], comment?: string }[]} rules
 */
export function formatHeadersFile(rules) {
	return rules
		.map((rule) =>
			[rule.comment ? `# ${rule.comment}` : '', rule.pattern, ...rule.headers.map(([n, v]) => `  ${n}: ${v}`)]
				.filter(Boolean)
				.join('\n')
		)
		.join('\n\n')
		.concat('\n');
}

/** Folders whose file names carry a hash of their content (a new build writes new names): cached for a year. */
export const CONTENT_NAMED = ['_app/immutable/', 'layouts/'];
