#!/usr/bin/env node
// Turns the build's `_headers` into nginx `location` blocks with the same headers, to include in
// the `server { }` that serves the uploaded folder at BASE_PATH (see the README's "Deploying").
//
//   node scripts/headers-to-nginx.mjs [build/_headers] > /etc/nginx/snippets/met-vawg.conf
//
// nginx drops inherited add_header lines in any location that sets its own, so each block
// carries every header that applies to its paths. Pages get exact-match locations that serve
// their index.html with try_files (an `index` lookup would jump to another location and lose the
// page's policy); `always` keeps the headers on 404 answers.

import { readFileSync } from 'node:fs';
import { headersFor, parseHeadersFile } from './lib/headers-file.mjs';

/** @param {string} text the _headers file */
export function nginxConfig(text) {
	const rules = parseHeadersFile(text);
	const catchAll = rules.find(
		(r) => r.pattern.endsWith('/*') && !rules.some((o) => o !== r && o.pattern.length < r.pattern.length)
	);
	const base = catchAll ? catchAll.pattern.slice(0, -2) : '';
	const names = new Map(rules.flatMap((r) => r.headers.map(([name]) => [name.toLowerCase(), name])));
	const block = (/** @type {string} */ location, /** @type {string} */ sample, /** @type {string[]} */ extra = []) => {
		const lines = [...headersFor(rules, sample)].map(
			([name, value]) => `\tadd_header ${names.get(name) ?? name} "${value.replace(/"/g, '\\"')}" always;`
		);
		return [`location ${location} {`, ...extra.map((l) => `\t${l}`), ...lines, '}'].join('\n');
	};
	const blocks = [
		`# Generated from _headers by scripts/headers-to-nginx.mjs: regenerate after every build.`,
		`error_page 404 ${base}/404.html;`
	];
	for (const rule of rules) {
		const { pattern } = rule;
		if (pattern === `${base}/*`) {
			blocks.push(block(`${base}/`, `${base}/-`, ['try_files $uri $uri/ =404;']));
		} else if (pattern.endsWith('/*')) {
			blocks.push(block(`^~ ${pattern.slice(0, -1)}`, `${pattern.slice(0, -1)}-`));
		} else if (pattern.endsWith('/')) {
			blocks.push(block(`= ${pattern}`, pattern, ['try_files ${uri}index.html =404;']));
		} else if (rule.headers.some(([name]) => /^content-security-policy$/i.test(name)) && !pattern.endsWith('.html')) {
			blocks.push(block(`= ${pattern}`, pattern, ['try_files $uri.html =404;']));
		} else {
			blocks.push(block(`= ${pattern}`, pattern));
		}
	}
	return `${blocks.join('\n\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	process.stdout.write(nginxConfig(readFileSync(process.argv[2] ?? 'build/_headers', 'utf8')));
}
