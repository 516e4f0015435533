// Builds the piece for a sub-path (BASE_PATH) into its own folder, serves it there with the
// build's _headers applied (scripts/serve.mjs), and crawls it with the same checker as
// `npm run check-deploy`: every page and every file they link to answers 200 with the right
// headers, nothing leaves the base path, the social cards, sitemap and robots.txt carry the
// public origin and base path.

import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartSpecs } from '../story';
import { checkDeployment, pngSize, type Report } from '../../scripts/lib/check-deployment.mjs';
import { startServer } from '../../scripts/serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BASE = '/interactive/2021/met-vawg';
const BUILD_DIR = 'build-subpath';

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd: ROOT,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0
				? resolve(output)
				: reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output.slice(-3000)}`))
		);
	});
}

let server: Awaited<ReturnType<typeof startServer>>;
let origin = '';
let site = '';
let report: Report;

beforeAll(async () => {
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	site = `${origin}${BASE}/`;
	await rm(path.join(ROOT, BUILD_DIR), { recursive: true, force: true });
	await run('npm', ['run', 'build'], { BASE_PATH: BASE, BUILD_DIR, PUBLIC_SITE_ORIGIN: origin });
	server = await startServer({ port, root: path.join(ROOT, BUILD_DIR), base: BASE, compress: false });
	report = await checkDeployment(site);
}, 240_000);

afterAll(async () => {
	await server?.close();
});

describe(`the site built for ${BASE}`, () => {
	it('has no broken link, no URL outside the base path and no missing or wrong header', () => {
		expect(report.problems).toEqual([]);
	});

	it('reaches every page, asset, CSV, social card, layouts file, sitemap and robots.txt', () => {
		const paths = report.visited.map((v) => new URL(v.url).pathname);
		expect(paths.every((p) => p.startsWith(`${BASE}/`))).toBe(true);
		for (const page of ['/', '/measures/streetsafe/', '/sources/']) expect(paths).toContain(`${BASE}${page}`);
		for (const chart of chartSpecs) expect(paths).toContain(`${BASE}/data/${chart.id}.csv`);
		for (const file of ['/sitemap.xml', '/robots.txt', '/social/story.png', '/social/sources.png']) {
			expect(paths).toContain(`${BASE}${file}`);
		}
		expect(paths).toContain(`${BASE}/_islands/main.js`);
		// Every page's CSS is inline: no style sheet to fetch.
		expect(paths.filter((p) => p.endsWith('.css'))).toEqual([]);
		// The timelines' layouts, named in the islands' data.
		expect(paths.filter((p) => p.startsWith(`${BASE}/layouts/`) && p.endsWith('.json')).length).toBe(2);
		expect(report.visited.every((v) => v.status === 200)).toBe(true);
	});

	it('serves every chunk the islands entry imports, relative to it, under the base path', async () => {
		const entry = new URL('_islands/main.js', site);
		const source = await (await fetch(entry)).text();
		const chunks = [
			...new Set([...source.matchAll(/"(\.\.\/_app\/immutable\/islands\/[^"]+\.js)"/g)].map((m) => m[1]!))
		];
		expect(chunks.length, 'the entry names its chunks').toBeGreaterThan(3);
		for (const chunk of chunks) {
			const url = new URL(chunk, entry);
			expect(url.pathname.startsWith(`${BASE}/_app/immutable/islands/`), url.pathname).toBe(true);
			const response = await fetch(url);
			expect(response.status, url.pathname).toBe(200);
			expect(response.headers.get('cache-control'), url.pathname).toContain('immutable');
		}
	});

	it('gives every indexable page its own social card, with absolute URLs at the public origin', () => {
		expect(report.pages).toHaveLength(7);
		expect(new Set(report.socialCards).size).toBe(7);
		expect(report.socialCards.every((url) => url.startsWith(`${site}social/`))).toBe(true);
	});

	it('has a 1200×630 PNG card for every chart', async () => {
		for (const chart of chartSpecs) {
			const response = await fetch(`${site}social/chart/${chart.id}.png`);
			expect(response.status, chart.id).toBe(200);
			expect(response.headers.get('content-type')).toBe('image/png');
			expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
		}
	}, 30_000);

	it('lists the story, the measures and the sources page in the sitemap, and nothing else', async () => {
		const xml = await (await fetch(`${site}sitemap.xml`)).text();
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
		expect(locs).toEqual(
			expect.arrayContaining([site, `${site}measures/streetsafe/`, `${site}measures/migrant-women/`, `${site}sources/`])
		);
		expect(locs).toHaveLength(7);
		// The path only: the test server's random port may itself contain 404.
		expect(locs.some((l) => /\/(embed|404)\b/.test(new URL(l ?? '', site).pathname))).toBe(false);
		expect(await (await fetch(`${site}robots.txt`)).text()).toContain(`Sitemap: ${site}sitemap.xml`);
	});

	it('lets only the piece itself frame its pages, and any origin read its CSVs', async () => {
		const page = await fetch(`${site}measures/streetsafe/`);
		expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
		const csv = await fetch(`${site}data/one-a-week.csv`);
		expect(csv.headers.get('access-control-allow-origin')).toBe('*');
		expect((await fetch(`${site}_headers`)).status).toBe(404);
	});

	it('`npm run check-deploy` passes against it, and exits 1 on a site with problems', async () => {
		const output = await run('node', ['scripts/check-deploy.mjs', site], {});
		expect(output).toContain('No problems found.');
		// The same build served at the wrong path: every root-relative URL now escapes the base path.
		const wrong = await startServer({ port: 0, root: path.join(ROOT, BUILD_DIR), base: '/elsewhere', compress: false });
		try {
			await expect(run('node', ['scripts/check-deploy.mjs', wrong.url], {})).rejects.toThrow(/outside the base path/);
		} finally {
			await wrong.close();
		}
	}, 60_000);
});
