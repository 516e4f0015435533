// The test server (scripts/serve.mjs) as a host applies the build's `_headers`: after a rebuild
// it must serve the new file's headers, or a server left running blocks the new pages' inline
// styles under the old CSP.

import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preferredEncoding, startServer } from '../../scripts/serve.mjs';

let root: string;
let server: Awaited<ReturnType<typeof startServer>>;
const page = `<!doctype html><title>long</title>${'<p>A paragraph long enough to be worth compressing.</p>'.repeat(40)}`;

const headersFile = (csp: string, when: number) => {
	const file = path.join(root, '_headers');
	writeFileSync(file, `/*\n  Content-Security-Policy: ${csp}\n`);
	utimesSync(file, when, when);
};

beforeAll(async () => {
	root = mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
	writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
	writeFileSync(path.join(root, 'long.html'), page);
	headersFile("style-src 'sha256-old'", 1_700_000_000);
	server = await startServer({ port: 0, root });
});

afterAll(async () => {
	await server.close();
	rmSync(root, { recursive: true, force: true });
});

it('serves the headers of the `_headers` file as it is now, not as it was at start', async () => {
	const csp = async () => (await fetch(`${server.url}/`)).headers.get('content-security-policy');
	expect(await csp()).toBe("style-src 'sha256-old'");
	headersFile("style-src 'sha256-new'", 1_700_000_100);
	expect(await csp()).toBe("style-src 'sha256-new'");
	rmSync(path.join(root, '_headers'));
	expect(await csp()).toBeNull();
});

/** The raw response, as a browser's network layer sees it before decoding. */
function rawGet(url: string, acceptEncoding: string) {
	return new Promise<{ encoding: string | undefined; vary: string | undefined; body: Buffer }>((resolve, reject) => {
		get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () =>
				resolve({
					encoding: res.headers['content-encoding'],
					vary: res.headers.vary,
					body: Buffer.concat(chunks)
				})
			);
		}).on('error', reject);
	});
}

describe('compression, as Cloudflare and Netlify send it', () => {
	it('sends brotli to a browser that accepts it', async () => {
		const res = await rawGet(`${server.url}/long.html`, 'gzip, deflate, br, zstd');
		expect(res.encoding).toBe('br');
		expect(res.vary).toBe('Accept-Encoding');
		expect(brotliDecompressSync(res.body).toString()).toBe(page);
	});

	it('sends gzip to one that accepts only gzip, or refuses brotli', async () => {
		for (const accept of ['gzip', 'br;q=0, gzip;q=0.8']) {
			const res = await rawGet(`${server.url}/long.html`, accept);
			expect(res.encoding, accept).toBe('gzip');
			expect(gunzipSync(res.body).toString()).toBe(page);
		}
	});

	it('sends the file as it is to one that accepts neither', async () => {
		const res = await rawGet(`${server.url}/long.html`, 'identity');
		expect(res.encoding).toBeUndefined();
		expect(res.body.toString()).toBe(page);
	});

	it('reads q-values the way browsers write them', () => {
		expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(preferredEncoding('BR;q=0.5, gzip')).toBe('br');
		expect(preferredEncoding('br; q=0.0, gzip')).toBe('gzip');
		expect(preferredEncoding('')).toBeUndefined();
	});
});
