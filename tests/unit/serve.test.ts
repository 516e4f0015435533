// The test server (scripts/serve.mjs) as a host applies the build's `_headers`: after a rebuild
// it must serve the new file's headers, or a server left running blocks the new pages' inline
// styles under the old CSP.

import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';

let root: string;
let server: Awaited<ReturnType<typeof startServer>>;

const headersFile = (csp: string, when: number) => {
	const file = path.join(root, '_headers');
	writeFileSync(file, `/*\n  Content-Security-Policy: ${csp}\n`);
	utimesSync(file, when, when);
};

beforeAll(async () => {
	root = mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
	writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
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
