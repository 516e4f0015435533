// Crawls a deployed copy of the piece (or the local build behind scripts/serve.mjs) and lists
// what is wrong with it: broken links, pages, assets, CSVs, images and embeds; URLs that leave
// the base path; missing or wrong security and caching headers; a policy that does not cover
// the page's own inline code; social cards, sitemap and robots.txt that do not match.
//
// Used by `npm run check-deploy -- <url>` (scripts/check-deploy.mjs) and by the sub-path test.

import { parse } from 'node-html-parser';
import { inlineHashes, parseCsp } from './csp.mjs';
import { CONTENT_NAMED } from './headers-file.mjs';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * @typedef {{ url: string, problem: string }} Problem
 * @typedef {{ url: string, status: number, type: string, from: string }} Visited
 * @typedef {{ problems: Problem[], visited: Visited[], pages: string[], socialCards: string[], external: string[] }} Report
 */

/** PNG width and height from the IHDR chunk, or undefined when it is not a PNG. */
export function pngSize(/** @type {Uint8Array} */ bytes) {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

const SKIP = /^(mailto:|tel:|javascript:|data:|blob:|#)/i;

/**
 * @param {string} startUrl where the piece is served, e.g. https://graphics.example.org/interactive/x/
 * @param {{ publicOrigin?: string, fetch?: typeof fetch, maxUrls?: number }} [options]
 *   publicOrigin: the origin the build was made for (PUBLIC_SITE_ORIGIN), when it is not the
 *   origin being checked (a staging copy); absolute URLs at it are checked against startUrl.
 * @returns {Promise<Report>}
 */
export async function checkDeployment(startUrl, { publicOrigin, fetch: fetchImpl = fetch, maxUrls = 2000 } = {}) {
	const start = new URL(startUrl);
	if (!start.pathname.endsWith('/')) start.pathname += '/';
	const base = start.pathname; // ends with '/'
	const origin = start.origin;
	const expectedPublic = (publicOrigin ?? origin).replace(/\/$/, '');

	/** @type {Problem[]} */
	const problems = [];
	const report = (/** @type {string} */ url, /** @type {string} */ problem) => problems.push({ url, problem });
	/** @type {Visited[]} */
	const visited = [];
	/** @type {Map<string, string>} url -> where it was found */
	const queued = new Map();
	const queue = /** @type {string[]} */ ([]);
	const external = new Set();
	const pages = /** @type {string[]} */ ([]);
	const socialCards = new Set();
	/** @type {{ url: string, csp: Map<string, string[]> }[]} */
	const pagePolicies = [];

	/**
	 * Resolves a reference found in a file and queues it when it belongs to the piece.
	 * @param {string} raw
	 * @param {string} from
	 */
	function found(raw, from) {
		const value = raw.trim();
		if (!value || SKIP.test(value)) return undefined;
		let url;
		try {
			url = new URL(value, from);
		} catch {
			report(from, `unparseable URL "${value}"`);
			return undefined;
		}
		if (url.origin === expectedPublic && expectedPublic !== origin) url = new URL(url.pathname + url.search, origin);
		if (url.origin !== origin) {
			if (/^https?:$/.test(url.protocol)) external.add(url.href);
			return undefined;
		}
		url.hash = '';
		if (!url.pathname.startsWith(base)) {
			report(from, `links to ${url.pathname}, outside the base path ${base}`);
			return undefined;
		}
		if (!queued.has(url.href)) {
			queued.set(url.href, from);
			queue.push(url.href);
		}
		return url.href;
	}

	/**
	 * @param {string} url
	 * @param {Headers} headers
	 * @param {string} type
	 * @param {string} path path inside the piece, starting with '/'
	 */
	function checkHeaders(url, headers, type, path) {
		if (headers.get('x-content-type-options') !== 'nosniff') report(url, 'X-Content-Type-Options is not "nosniff"');
		const cache = headers.get('cache-control') ?? '';
		if (!cache) report(url, 'no Cache-Control');
		if (CONTENT_NAMED.some((folder) => path.startsWith(`/${folder}`))) {
			if (!/\bimmutable\b/.test(cache) || !/max-age=31536000\b/.test(cache))
				report(url, `hashed asset not cached as immutable for a year: "${cache}"`);
		} else if (/\bimmutable\b/.test(cache)) {
			report(url, `a file whose name has no hash is cached as immutable: "${cache}"`);
		}
		if (type === 'text/csv' && headers.get('access-control-allow-origin') !== '*')
			report(url, 'CSV without Access-Control-Allow-Origin: *');
		if (type !== 'text/html') return;

		const maxAge = Number(/max-age=(\d+)/.exec(cache)?.[1] ?? NaN);
		if (!(maxAge <= 3600)) report(url, `HTML cached too long or not at all: "${cache}"`);
		if (!headers.get('referrer-policy')) report(url, 'no Referrer-Policy');
		const permissions = headers.get('permissions-policy') ?? '';
		if (!permissions) report(url, 'no Permissions-Policy');
		else if (permissions.split(',').some((p) => !/=\(\)\s*$/.test(p)))
			report(url, `Permissions-Policy grants something: "${permissions}"`);

		const header = headers.get('content-security-policy');
		if (!header) return report(url, 'no Content-Security-Policy');
		if ((header.match(/default-src/g) ?? []).length !== 1)
			report(url, 'more than one Content-Security-Policy (or none with default-src)');
		const csp = parseCsp(header);
		if (!csp.get('default-src')?.includes("'self'")) report(url, "CSP default-src is not 'self'");
		for (const directive of ['default-src', 'script-src', 'style-src']) {
			if (csp.get(directive)?.some((s) => s === "'unsafe-inline'" || s === "'unsafe-eval'" || s === '*'))
				report(url, `CSP ${directive} is not strict`);
		}
		// Style attributes, and nothing else, are allowed inline (see scripts/lib/csp.mjs).
		const styleAttributes = (csp.get('style-src-attr') ?? []).join(' ');
		if (styleAttributes !== "'unsafe-inline'")
			report(url, `CSP style-src-attr is "${styleAttributes}", expected 'unsafe-inline'`);
		// Cloudflare Pages reads at most 2,000 characters of one header line.
		if (`Content-Security-Policy: ${header}`.length > 2000)
			report(url, `Content-Security-Policy is ${header.length} characters, too long for some hosts`);
		const embed = path.startsWith('/embed/');
		const ancestors = (csp.get('frame-ancestors') ?? []).join(' ');
		if (ancestors !== (embed ? '*' : "'self'"))
			report(url, `CSP frame-ancestors is "${ancestors}", expected ${embed ? '*' : "'self'"}`);
		pagePolicies.push({ url, csp });
	}

	/**
	 * @param {string} url
	 * @param {string} html
	 * @param {Map<string, string[]>|undefined} csp
	 */
	function checkPage(url, html, csp) {
		const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
		const attr = (/** @type {string} */ selector, /** @type {string} */ name) =>
			root.querySelectorAll(selector).map((el) => el.getAttribute(name) ?? '');
		for (const v of [
			...attr('a[href]', 'href'),
			...attr('link[href]', 'href'),
			...attr('script[src]', 'src'),
			...attr('img[src]', 'src'),
			...attr('iframe[src]', 'src'),
			...attr('source[src]', 'src'),
			...attr('[data-src]', 'data-src')
		])
			found(v, url);
		for (const v of [...attr('img[srcset]', 'srcset'), ...attr('source[srcset]', 'srcset')]) {
			for (const candidate of v.split(',')) found(candidate.trim().split(/\s+/)[0] ?? '', url);
		}
		for (const script of root.querySelectorAll('script:not([src])')) {
			for (const m of script.rawText.matchAll(/import\(\s*(["'`])([^"'`]+)\1\s*\)/g)) found(m[2] ?? '', url);
		}
		// A file an island fetches when it hydrates (the timelines' layouts: src/lib/islands/chart-data.ts).
		for (const data of root.querySelectorAll('script[data-island-props]')) {
			const { drawnFrom } = /** @type {{ drawnFrom?: unknown }} */ (JSON.parse(data.rawText));
			if (typeof drawnFrom === 'string') found(drawnFrom, url);
		}

		if (csp) {
			const hashes = inlineHashes(html);
			const scriptSrc = csp.get('script-src') ?? [];
			for (const h of hashes.scripts)
				if (!scriptSrc.includes(h)) report(url, `CSP script-src does not allow the page's inline script ${h}`);
			const styleSrc = csp.get('style-src') ?? [];
			for (const h of hashes.styles)
				if (!styleSrc.includes(h)) report(url, `CSP style-src does not allow the page's inline style ${h}`);
		}

		const metas = new Map(
			root
				.querySelectorAll('meta')
				.map((m) => [m.getAttribute('property') ?? m.getAttribute('name') ?? '', m.getAttribute('content') ?? ''])
		);
		const noindex = /noindex/.test(metas.get('robots') ?? '');
		if (noindex) return;
		pages.push(url);
		const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
		if (!canonical.startsWith(`${expectedPublic}${base}`))
			report(url, `canonical URL "${canonical}" is not under ${expectedPublic}${base}`);
		const image = metas.get('og:image') ?? '';
		if (!image) return report(url, 'no og:image');
		if (!image.startsWith(`${expectedPublic}${base}`))
			report(url, `og:image "${image}" is not an absolute URL under ${expectedPublic}${base}`);
		if (metas.get('twitter:image') !== image) report(url, 'twitter:image is not the og:image');
		if (metas.get('twitter:card') !== 'summary_large_image') report(url, 'twitter:card is not summary_large_image');
		if (metas.get('og:image:width') !== String(CARD_WIDTH) || metas.get('og:image:height') !== String(CARD_HEIGHT)) {
			report(url, `og:image:width/height are not ${CARD_WIDTH}×${CARD_HEIGHT}`);
		}
		if (!(metas.get('og:image:alt') ?? '').trim() || !(metas.get('twitter:image:alt') ?? '').trim())
			report(url, 'no og:image:alt or twitter:image:alt');
		const card = found(image, url);
		if (card) socialCards.add(card);
	}

	found(start.href, start.href);
	found('robots.txt', start.href);
	found('sitemap.xml', start.href);

	while (queue.length > 0 && visited.length < maxUrls) {
		const url = /** @type {string} */ (queue.shift());
		const from = queued.get(url) ?? start.href;
		let response;
		try {
			response = await fetchImpl(url, { redirect: 'follow' });
		} catch (error) {
			report(url, `could not be fetched (${error instanceof Error ? error.message : error}), linked from ${from}`);
			continue;
		}
		const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
		visited.push({ url, status: response.status, type, from });
		if (response.url && response.url !== url && !new URL(response.url).pathname.startsWith(base)) {
			report(url, `redirects outside the base path, to ${response.url}`);
		}
		if (response.status !== 200) {
			report(url, `HTTP ${response.status}, linked from ${from}`);
			await response.body?.cancel();
			continue;
		}
		const path = `/${new URL(response.url || url).pathname.slice(base.length)}`;
		checkHeaders(url, response.headers, type, path);

		if (type === 'text/html') {
			const csp = pagePolicies.at(-1)?.url === url ? pagePolicies.at(-1)?.csp : undefined;
			checkPage(url, await response.text(), csp);
		} else if (type === 'text/css') {
			for (const m of (await response.text()).matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) found(m[1] ?? '', url);
		} else if (type === 'text/javascript' || type === 'application/javascript') {
			const js = await response.text();
			for (const m of js.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) found(m[1] ?? '', url);
		} else if (type === 'application/xml' || type === 'text/xml') {
			const xml = await response.text();
			if (path === '/sitemap.xml') {
				for (const m of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
					const loc = m[1] ?? '';
					if (!loc.startsWith(`${expectedPublic}${base}`))
						report(url, `sitemap URL ${loc} is not under ${expectedPublic}${base}`);
					if (/\/embed\/|\/404\b/.test(loc)) report(url, `sitemap lists ${loc}, which should not be indexed`);
					found(loc, url);
				}
			}
		} else if (type === 'text/plain' && path === '/robots.txt') {
			const sitemap = /^sitemap:\s*(\S+)/im.exec(await response.text())?.[1];
			if (sitemap !== `${expectedPublic}${base}sitemap.xml`)
				report(url, `robots.txt Sitemap is "${sitemap}", expected ${expectedPublic}${base}sitemap.xml`);
			else found(sitemap, url);
		} else if (type === 'image/png' && socialCards.has(url)) {
			const size = pngSize(new Uint8Array(await response.arrayBuffer()));
			if (size?.width !== CARD_WIDTH || size?.height !== CARD_HEIGHT)
				report(url, `social card is not a ${CARD_WIDTH}×${CARD_HEIGHT} PNG`);
		} else {
			await response.body?.cancel();
		}
	}
	if (queue.length > 0) report(start.href, `stopped after ${maxUrls} URLs`);

	// A made-up address must get the 404 page with status 404.
	const probe = new URL('this-page-does-not-exist/', start).href;
	const missing = await fetchImpl(probe).catch(() => undefined);
	if (missing?.status !== 404) report(probe, `an unknown address answers ${missing?.status ?? 'nothing'}, not 404`);
	else if (!(missing.headers.get('content-type') ?? '').startsWith('text/html'))
		report(probe, 'the 404 answer is not an HTML page');
	await missing?.body?.cancel();

	return { problems, visited, pages, socialCards: [...socialCards], external: [...external].sort() };
}
