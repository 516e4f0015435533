#!/usr/bin/env node
// Writes `_headers` (Netlify / Cloudflare Pages format) into the build, from the files the build
// actually holds. Runs after `vite build` and the islands build (see package.json "build").
//
//   every path       X-Content-Type-Options, Referrer-Policy, a Permissions-Policy granting nothing
//   each HTML page   its own Content-Security-Policy (scripts/lib/csp.mjs), short caching
//   /_app/immutable/ cached for a year, immutable (file names carry a content hash; the islands' chunks too),
//                    and so is /layouts/ (the timelines' layouts, named by their content)
//   other files      short caching (CSV, social cards, chart downloads, the islands entry /_islands/main.js, ...);
//                    every file: Access-Control-Allow-Origin: *
//
// Every path is prefixed with BASE_PATH. `node scripts/headers-to-nginx.mjs` turns the file into
// an nginx include with the same rules.
//
// Usage: node scripts/write-headers.mjs   (BUILD_DIR, default build; BASE_PATH, default '')

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy, frameAncestorsFor, inlineHashes } from './lib/csp.mjs';
import { CONTENT_NAMED, formatHeadersFile, headersFor, parseHeadersFile } from './lib/headers-file.mjs';
import { normaliseBase } from './serve.mjs';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const SHORT = 'public, max-age=300, must-revalidate';
export const REFERRER_POLICY = 'no-referrer';
// Every powerful feature, allowed to no one (the piece needs none of them).
export const PERMISSIONS_POLICY = [
	'accelerometer',
	'autoplay',
	'browsing-topics',
	'camera',
	'display-capture',
	'encrypted-media',
	'fullscreen',
	'geolocation',
	'gyroscope',
	'hid',
	'idle-detection',
	'local-fonts',
	'magnetometer',
	'microphone',
	'midi',
	'payment',
	'picture-in-picture',
	'publickey-credentials-get',
	'screen-wake-lock',
	'serial',
	'usb',
	'xr-spatial-tracking'
]
	.map((feature) => `${feature}=()`)
	.join(', ');

/** @param {string} dir @returns {Promise<string[]>} paths relative to dir, with "/" */
async function listFiles(dir, prefix = '') {
	const out = [];
	for (const entry of await fs.readdir(path.join(dir, prefix), { withFileTypes: true })) {
		const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
		else out.push(rel);
	}
	return out.sort();
}

/**
 * The site path a build-relative file is served at ('x/index.html' -> '/x/', '404.html' -> '/404').
 * @param {string} file
 */
export function sitePath(file) {
	if (file === 'index.html') return '/';
	if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
	if (file.endsWith('.html')) return `/${file.slice(0, -'.html'.length)}`;
	return `/${file}`;
}

/**
 * @param {{ root: string, base: string }} options
 * @returns {Promise<{ pattern: string, headers: [string, string][], comment?: string }[]>}
 */
export async function headerRules({ root, base }) {
	const files = (await listFiles(root)).filter((f) => f !== '_headers');
	/** @type {{ pattern: string, headers: [string, string][], comment?: string }[]} */
	const rules = [
		{
			comment: 'Every response',
			pattern: `${base}/*`,
			headers: [
				['X-Content-Type-Options', 'nosniff'],
				['Referrer-Policy', REFERRER_POLICY],
				['Permissions-Policy', PERMISSIONS_POLICY],
				// Every file is public. A WordPress card runs in a sandboxed frame with no origin of its
				// own, so its module scripts, data and CSVs load only when any origin is allowed.
				['Access-Control-Allow-Origin', '*']
			]
		},
		...CONTENT_NAMED.filter((folder) => files.some((f) => f.startsWith(folder))).map((folder) => ({
			comment: 'Hashed file names: cache for a year',
			pattern: `${base}/${folder}*`,
			headers: /** @type {[string, string][]} */ ([['Cache-Control', IMMUTABLE]])
		}))
	];
	const contentNamed = (/** @type {string} */ f) => CONTENT_NAMED.some((folder) => f.startsWith(folder));

	for (const file of files.filter((f) => f.endsWith('.html'))) {
		const page = sitePath(file);
		const hashes = inlineHashes(await fs.readFile(path.join(root, file), 'utf8'));
		const csp = contentSecurityPolicy(hashes, { frameAncestors: frameAncestorsFor(page) });
		const headers = /** @type {[string, string][]} */ ([
			['Content-Security-Policy', csp],
			['Cache-Control', SHORT]
		]);
		rules.push({ comment: `Page ${file}`, pattern: `${base}${page}`, headers });
		// 404.html is also reachable by its file name.
		if (!file.endsWith('index.html')) rules.push({ pattern: `${base}/${file}`, headers });
	}

	// Everything else (CSV, social cards, chart downloads, sitemap, __data.json, ...): short caching. A top-level
	// folder with no page and no hashed file in it gets one rule for all its files.
	const others = files.filter((f) => !f.endsWith('.html') && !contentNamed(f));
	const topFolder = (/** @type {string} */ f) => (f.includes('/') ? f.slice(0, f.indexOf('/')) : undefined);
	const mixed = new Set(files.filter((f) => f.endsWith('.html') || contentNamed(f)).map(topFolder));
	const done = new Set();
	for (const file of others) {
		const folder = topFolder(file);
		const grouped = folder !== undefined && !mixed.has(folder);
		const pattern = grouped ? `${base}/${folder}/*` : `${base}/${file}`;
		if (done.has(pattern)) continue;
		done.add(pattern);
		/** @type {[string, string][]} */
		const headers = [['Cache-Control', SHORT]];
		rules.push({ pattern, headers });
	}

	checkRules(
		rules,
		files.map((f) => `${base}${sitePath(f)}`)
	);
	return rules;
}

/**
 * Fails when a path gets one header from two rules (Cloudflare would join them, Netlify keep
 * one), and warns about Cloudflare Pages' limits (100 rules, 2,000 characters a line).
 * @param {{ pattern: string, headers: [string, string][] }[]} rules
 * @param {string[]} paths
 */
function checkRules(rules, paths) {
	const parsed = parseHeadersFile(formatHeadersFile(rules));
	for (const p of paths) {
		for (const [name, value] of headersFor(parsed, p)) {
			const setters = parsed.filter((r) => r.regex.test(p) && r.headers.some(([n]) => n.toLowerCase() === name));
			if (setters.length > 1) {
				throw new Error(`_headers: ${p} gets ${name} from ${setters.map((r) => r.pattern).join(' and ')}: ${value}`);
			}
		}
	}
	if (rules.length > 100) console.warn(`_headers: ${rules.length} rules; Cloudflare Pages reads at most 100.`);
	for (const rule of rules) {
		for (const [name, value] of rule.headers) {
			const length = name.length + 2 + value.length;
			if (length > 2000) {
				console.warn(
					`_headers: ${name} for ${rule.pattern} is ${length} characters; Cloudflare Pages accepts 2,000 (Netlify and nginx have no such limit).`
				);
			}
		}
	}
}

/** @param {{ root?: string, base?: string }} [options] */
export async function writeHeaders({ root = 'build', base = '' } = {}) {
	const rules = await headerRules({ root: path.resolve(root), base: normaliseBase(base) });
	const text = `# Written by scripts/write-headers.mjs from the built files: do not edit.\n\n${formatHeadersFile(rules)}`;
	await fs.writeFile(path.join(root, '_headers'), text);
	return rules;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const root = process.env.BUILD_DIR ?? 'build';
	const rules = await writeHeaders({ root, base: process.env.BASE_PATH ?? '' });
	console.log(`Wrote ${path.join(root, '_headers')}: ${rules.length} rules.`);
}
