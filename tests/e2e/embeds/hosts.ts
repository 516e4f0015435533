import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Partner pages for the embed tests, from two other origins: the host, served on a free port as
 * `http://localhost:<port>` (the site is `http://127.0.0.1:<port>`, another origin; both on
 * loopback, as Chromium requires for a page to load a loopback script), and a third site
 * (`evil.test`, answered by Playwright) that tries to interfere. Each host frames one of our
 * embeds the way that kind of partner does.
 */
export const THIRD_ORIGIN = 'http://evil.test';
export const WP_SECRET = 'Q1w2E3r4T5';

export type HostKind = 'loader' | 'pym' | 'frames' | 'wordpress' | 'bare';

// The real parents, from npm: pym.js 1.3.2 and @newswire/frames' browser build.
const modules = path.resolve(import.meta.dirname, '../../../node_modules');
const PYM = readFileSync(path.join(modules, 'pym.js/dist/pym.v1.js'), 'utf8');
const FRAMES = readFileSync(path.join(modules, '@newswire/frames/dist/frames.umd.js'), 'utf8');

const filler = (n: number): string =>
	Array.from({ length: n }, (_, i) => `<p>Partner copy, paragraph ${i + 1}. The host’s own article text.</p>`).join(
		'\n'
	);

function frameFor(kind: HostKind, src: string, title: string): string {
	const sandbox =
		'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';
	switch (kind) {
		case 'loader':
			return `<div data-evaw-src="${src}" data-evaw-title="${title}"><a href="${src}">${title}</a></div>
<script async src="${src.slice(0, src.indexOf('/embed/'))}/embed/loader.js"></script>`;
		case 'pym':
			return `<div id="pym-holder"></div><script src="/pym.v1.js"></script>
<script>new pym.Parent('pym-holder', ${JSON.stringify(src)}, { title: ${JSON.stringify(title)}, trackscroll: true, scrollwait: 16, optionalparams: false, sandbox: '${sandbox}' });</script>`;
		case 'frames':
			return `<div id="frames-holder"></div><script src="/frames.umd.js"></script>
<script>newswireFrames.Framer(document.getElementById('frames-holder'), { src: ${JSON.stringify(src)}, attributes: { title: ${JSON.stringify(title)}, sandbox: '${sandbox}' } });</script>`;
		case 'wordpress':
			// What WordPress does with a discovered oEmbed: a secret in the fragment, a scripts-only
			// sandbox, and a listener that takes {message:'height'} from that frame, clamped to 200-1000.
			return `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="${src}#?secret=${WP_SECRET}"
  data-secret="${WP_SECRET}" width="100%" height="400" frameborder="0" title="${title}"></iframe>
<script>
(function () {
  var frame = document.querySelector('iframe[data-secret]');
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.secret !== frame.getAttribute('data-secret') || e.source !== frame.contentWindow) return;
    if (d.message === 'height') frame.height = Math.min(Math.max(parseInt(d.value, 10) || 0, 200), 1000);
  });
  frame.addEventListener('load', function () { frame.contentWindow.postMessage({ message: 'ready', secret: frame.getAttribute('data-secret') }, '*'); });
})();
</script>`;
		case 'bare':
			return `<iframe src="${src}" title="${title}" width="100%" height="900" style="border:0;width:100%"></iframe>`;
	}
}

function hostPage(url: URL): string {
	const kind = url.searchParams.get('kind') as HostKind;
	const src = url.searchParams.get('src') ?? '';
	const title = url.searchParams.get('title') ?? 'Embedded graphic';
	const forger = url.searchParams.has('forger')
		? `<iframe src="${THIRD_ORIGIN}/forger.html" title="Advertisement" width="300" height="60"></iframe>`
		: '';
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner news</title><style>body{margin:0;font:16px/1.5 sans-serif}main{max-width:60rem;margin:0 auto;padding:0 8px}</style>
<script>window.heightMessages = 0; addEventListener('message', function (e) { if (e.origin !== '${THIRD_ORIGIN}' && e.data && e.data.type === 'embed-size') window.heightMessages++; });</script></head>
<body><main><h1>Partner news</h1>${filler(6)}${forger}
<div class="embed-slot">${frameFor(kind, src, title)}</div>
${filler(40)}</main></body></html>`;
}

/** Starts the host site on a free port; returns its origin and how to stop it. */
export async function startHostServer(): Promise<{ origin: string; close: () => Promise<void> }> {
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const [type, body] =
			url.pathname === '/pym.v1.js'
				? ['text/javascript', PYM]
				: url.pathname === '/frames.umd.js'
					? ['text/javascript', FRAMES]
					: ['text/html; charset=utf-8', hostPage(url)];
		res.writeHead(200, { 'content-type': type });
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		origin: `http://localhost:${port}`,
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			})
	};
}

/** The third site: a frame on the host page that forges every message it can think of. */
export async function serveThirdSite(page: Page): Promise<void> {
	await page.route(`${THIRD_ORIGIN}/**`, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><html lang="en"><head><title>Ad</title></head><body><p>Ad</p><script>
var forged = [{ sentinel: 'amp', type: 'embed-size', height: 77 },
  { sentinel: 'evaw-embed', type: 'position', viewportHeight: 800, top: -500, bottom: 3000 },
  { message: 'height', value: 77, secret: '${WP_SECRET}' }];
function forge() {
  forged.forEach(function (m) {
    parent.postMessage(m, '*');
    for (var i = 0; i < parent.frames.length; i++) try { parent.frames[i].postMessage(m, '*'); } catch (e) {}
  });
}
forge(); setInterval(forge, 200);
</script></body></html>`
		})
	);
}

export function hostUrl(hostOrigin: string, kind: HostKind, src: string, title: string, forger = false): string {
	const query = new URLSearchParams({ kind, src, title });
	if (forger) query.set('forger', '1');
	return `${hostOrigin}/?${query}`;
}
