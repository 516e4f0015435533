import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, frameAncestorsFor, inlineHashes, parseCsp, sha256 } from '../../scripts/lib/csp.mjs';
import { formatHeadersFile, headersFor, parseHeadersFile, patternRegex } from '../../scripts/lib/headers-file.mjs';
import { nginxConfig } from '../../scripts/headers-to-nginx.mjs';
import { headerRules, IMMUTABLE, SHORT } from '../../scripts/write-headers.mjs';

describe('_headers format', () => {
	it('matches exact paths, splats and placeholders', () => {
		expect(patternRegex('/a/b/').test('/a/b/')).toBe(true);
		expect(patternRegex('/a/b/').test('/a/b/c')).toBe(false);
		expect(patternRegex('/x/*').test('/x/y/z.png')).toBe(true);
		expect(patternRegex('/x/*').test('/xy')).toBe(false);
		expect(patternRegex('/m/:slug/').test('/m/streetsafe/')).toBe(true);
		expect(patternRegex('/m/:slug/').test('/m/a/b/')).toBe(false);
		expect(patternRegex('/a.b').test('/axb')).toBe(false);
	});

	it('parses rules, combines matching rules and rejects a header outside a rule', () => {
		const rules = parseHeadersFile('# c\n/*\n  A: 1\n\n/x/*\n  B: 2\n  A: 3\n');
		expect(Object.fromEntries(headersFor(rules, '/x/y'))).toEqual({ a: '1, 3', b: '2' });
		expect(Object.fromEntries(headersFor(rules, '/z'))).toEqual({ a: '1' });
		expect(() => parseHeadersFile('  A: 1\n')).toThrow(/line 1/);
		expect(parseHeadersFile(formatHeadersFile([{ pattern: '/p', headers: [['N', 'v: w']] }]))[0]?.headers).toEqual([
			['N', 'v: w']
		]);
	});
});

describe('Content-Security-Policy from HTML', () => {
	const html = `<!doctype html><html><head><script>boot()</script><style>p{}</style></head>
<body><div style="display: contents"><p style="top: 1%;">x</p><p style="top: 1%;">y</p><script src="/a.js"></script></div></body></html>`;

	it('hashes inline scripts and style elements, not data blocks', () => {
		const withData = html.replace('</head>', '<script type="application/json">{"a":1}</script></head>');
		expect(inlineHashes(withData)).toEqual({ scripts: [sha256('boot()')], styles: [sha256('p{}')] });
	});

	it('allows scripts and style elements by hash only, style attributes inline, and frames pages by our own origin, embeds by any', () => {
		const csp = parseCsp(contentSecurityPolicy(inlineHashes(html), { frameAncestors: frameAncestorsFor('/sources/') }));
		expect(csp.get('script-src')).toEqual(["'self'", sha256('boot()')]);
		expect(csp.get('style-src')).toEqual(["'self'", sha256('p{}')]);
		expect(csp.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
		expect(csp.get('default-src')).toEqual(["'self'"]);
		expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
		expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
		expect(frameAncestorsFor('/embed/')).toBe('*');
		expect(frameAncestorsFor('/embed/chart/one-a-week/')).toBe('*');
		expect(frameAncestorsFor('/embedded/')).toBe("'self'");
	});
});

describe('headerRules', () => {
	let dir = '';
	afterAll(async () => {
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	it('writes one policy per page, under the base path, with no header set twice for a path', async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'headers-'));
		const page = '<html><head><script>s()</script></head><body><i style="a: b"></i></body></html>';
		for (const [file, body] of Object.entries({
			'index.html': page,
			'404.html': page,
			'embed/chart/x/index.html': page,
			'data/x.csv': 'a,b\n',
			'social/story.png': '',
			'downloads/x/state.svg': '<svg/>',
			'downloads/x/state.png': '',
			'_app/immutable/entry/app.abc.js': 'f(`<span style="c: d">`)',
			'layouts/x.0123abcd.json': '{}',
			'_app/version.json': '{}'
		})) {
			await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
			await writeFile(path.join(dir, file), body);
		}
		const rules = await headerRules({ root: dir, base: '/news/x' });
		const byPattern = new Map(rules.map((r) => [r.pattern, Object.fromEntries(r.headers)]));
		expect(byPattern.get('/news/x/_app/immutable/*')?.['Cache-Control']).toBe(IMMUTABLE);
		expect(byPattern.get('/news/x/layouts/*')?.['Cache-Control']).toBe(IMMUTABLE);
		expect(byPattern.get('/news/x/')?.['Content-Security-Policy']).toContain("frame-ancestors 'self'");
		expect(byPattern.get('/news/x/')?.['Content-Security-Policy']).toContain(sha256('s()'));
		expect(byPattern.get('/news/x/')?.['Cache-Control']).toBe(SHORT);
		expect(byPattern.get('/news/x/embed/chart/x/')?.['Content-Security-Policy']).toContain('frame-ancestors *');
		expect(byPattern.get('/news/x/404.html')?.['Content-Security-Policy']).toBeDefined();
		// One rule lets any origin read every file (CSV for newsrooms; scripts and data for sandboxed cards).
		expect(byPattern.get('/news/x/*')?.['Access-Control-Allow-Origin']).toBe('*');
		expect(rules.filter((r) => r.headers.some(([name]) => name === 'Access-Control-Allow-Origin'))).toHaveLength(1);
		expect(byPattern.get('/news/x/_app/version.json')?.['Cache-Control']).toBe(SHORT);
		expect(byPattern.get('/news/x/downloads/*')?.['Cache-Control']).toBe(SHORT);
		expect(rules.every((r) => r.pattern.startsWith('/news/x/'))).toBe(true);
	});
});

describe('nginx rules from _headers', () => {
	const config = nginxConfig(
		"/b/*\n  X-A: 1\n\n/b/_app/immutable/*\n  Cache-Control: immutable\n\n/b/p/\n  Content-Security-Policy: default-src 'self'\n\n/b/404\n  Content-Security-Policy: x\n"
	);

	it('repeats the common headers in every location, since nginx does not inherit add_header', () => {
		const blocks = config.split('\n\n').filter((b) => b.startsWith('location'));
		expect(blocks).toHaveLength(4);
		for (const block of blocks) expect(block).toContain('add_header X-A "1" always;');
	});

	it('serves pages from exact locations with their policy, and the 404 page for unknown paths', () => {
		expect(config).toContain('error_page 404 /b/404.html;');
		expect(config).toContain('location = /b/p/ {\n\ttry_files ${uri}index.html =404;');
		expect(config).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
		expect(config).toContain('location = /b/404 {\n\ttry_files $uri.html =404;');
		expect(config).toContain('location ^~ /b/_app/immutable/ {');
		expect(config).toContain('location /b/ {\n\ttry_files $uri $uri/ =404;');
	});
});
