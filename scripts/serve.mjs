#!/usr/bin/env node
// A dependency-free static file server for the built site that behaves like a
// static host / CDN, so end-to-end tests and benchmarks see what visitors will:
//
//   /x/            -> x/index.html
//   /x             -> 308 to /x/ when x/index.html exists (x.html is served if present)
//   exact files    -> served with their Content-Type
//   anything else  -> 404.html with status 404 (plain text when there is no 404.html)
//   /_app/immutable/* is cached forever; everything else must be revalidated.
//   headers from the build's `_headers` file (Netlify / Cloudflare Pages format) are applied
//   on top, as those hosts do (scripts/lib/headers-file.mjs); a rebuild's new `_headers` is read
//   without a restart.
//
// Usage: node scripts/serve.mjs
//   BUILD_DIR  directory to serve (default: build)
//   BASE_PATH  path the site lives under, e.g. /interactive/evaw (default: '')
//   PORT       port on 127.0.0.1 (default: 4173; 0 picks a free one)
//   HOST       interface to listen on (default: 127.0.0.1)
//   COMPRESS   set to 0 to turn compression off (default: on, like a CDN: brotli when the browser
//              accepts it, as Cloudflare and Netlify send it, else gzip)
//
// Also importable: `const { url, close } = await startServer({ port, root, base })`.

import { createReadStream, promises as fs, realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from './lib/headers-file.mjs';

/** @type {Record<string, string>} */
export const CONTENT_TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.htm': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.otf': 'font/otf',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm',
	'.mp4': 'video/mp4',
	'.webm': 'video/webm',
	'.vtt': 'text/vtt; charset=utf-8'
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|javascript)|image\/svg\+xml)/;

/** @param {string} file */
export function contentType(file) {
	return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The encoding a CDN would answer an Accept-Encoding header with: brotli first, then gzip.
 * A coding the browser lists with q=0 is refused.
 * @param {string} acceptEncoding
 * @returns {'br' | 'gzip' | undefined}
 */
export function preferredEncoding(acceptEncoding) {
	const accepted = new Set(
		acceptEncoding
			.split(',')
			.map((part) => part.trim().toLowerCase().split(';'))
			.filter(([, ...params]) => !params.some((param) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(param)))
			.map(([coding = '']) => coding.trim())
	);
	if (accepted.has('br')) return 'br';
	if (accepted.has('gzip')) return 'gzip';
	return undefined;
}

/**
 * Brotli at quality 5, a level CDNs use when they compress on the fly (11, the maximum, would
 * send `/` about 15% smaller but takes 40 times as long).
 * @param {'br' | 'gzip'} encoding @param {Buffer} data
 */
function encode(encoding, data) {
	if (encoding === 'gzip') return gzipSync(data);
	return brotliCompressSync(data, {
		params: {
			[zlibConstants.BROTLI_PARAM_QUALITY]: 5,
			[zlibConstants.BROTLI_PARAM_SIZE_HINT]: data.length
		}
	});
}

/** '/interactive/evaw/' -> '/interactive/evaw', '' or '/' -> '' */
export function normaliseBase(base = '') {
	const trimmed = base.trim().replace(/\/+$/, '');
	if (!trimmed) return '';
	return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * @param {{ port?: number, root?: string, base?: string, host?: string, compress?: boolean }} [options]
 * @returns {Promise<{ server: import('node:http').Server, url: string, origin: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({
	port = 4173,
	root = 'build',
	base = '',
	host = '127.0.0.1',
	compress = true
} = {}) {
	const rootDir = await fs.realpath(path.resolve(root)).catch(() => {
		throw new Error(`Nothing to serve: ${path.resolve(root)} does not exist (run \`npm run build\` first)`);
	});
	const basePath = normaliseBase(base);
	const headersFile = path.join(rootDir, '_headers');
	/** @type {{ stamp: string, rules: ReturnType<typeof parseHeadersFile> } | undefined} */
	let headers;
	/** The `_headers` rules, read again after a rebuild changes the file (a new CSP lists new inline hashes). */
	async function headerRules() {
		const stat = await fs.stat(headersFile).catch(() => undefined);
		const stamp = stat ? `${stat.mtimeMs}:${stat.size}` : '';
		if (headers?.stamp !== stamp) {
			const text = stat ? await fs.readFile(headersFile, 'utf8').catch(() => '') : '';
			headers = { stamp, rules: parseHeadersFile(text) };
		}
		return headers.rules;
	}
	/** @type {Map<string, Buffer>} compressed bodies, keyed by encoding + file + mtime + size */
	const compressedCache = new Map();

	/** @param {string} file */
	async function statFile(file) {
		try {
			const stat = await fs.stat(file);
			if (!stat.isFile()) return undefined;
			// Refuse anything that escapes the root through a symlink.
			const real = await fs.realpath(file);
			if (real !== rootDir && !real.startsWith(rootDir + path.sep)) return undefined;
			return stat;
		} catch {
			return undefined;
		}
	}

	/** @param {string} dir */
	async function isDirectory(dir) {
		try {
			return (await fs.stat(dir)).isDirectory();
		} catch {
			return false;
		}
	}

	/**
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 * @param {number} status
	 * @param {string} file
	 * @param {import('node:fs').Stats} stat
	 * @param {string} cacheControl
	 */
	async function sendFile(req, res, status, file, stat, cacheControl) {
		const type = contentType(file);
		const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
		res.setHeader('Content-Type', type);
		if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', cacheControl);
		res.setHeader('Last-Modified', stat.mtime.toUTCString());
		res.setHeader('X-Content-Type-Options', 'nosniff');
		if (status === 200) res.setHeader('ETag', etag);
		if (status === 200 && req.headers['if-none-match'] === etag) {
			res.writeHead(304).end();
			return;
		}

		const compressible = compress && COMPRESSIBLE.test(type);
		const encoding =
			compressible && stat.size > 512 ? preferredEncoding(String(req.headers['accept-encoding'] ?? '')) : undefined;
		if (compressible) res.setHeader('Vary', 'Accept-Encoding');

		if (encoding) {
			const key = `${encoding}:${file}:${stat.mtimeMs}:${stat.size}`;
			let body = compressedCache.get(key);
			if (!body) {
				body = encode(encoding, await fs.readFile(file));
				compressedCache.set(key, body);
			}
			res.setHeader('Content-Encoding', encoding);
			res.setHeader('Content-Length', body.length);
			res.writeHead(status);
			res.end(req.method === 'HEAD' ? undefined : body);
			return;
		}

		res.setHeader('Content-Length', stat.size);
		res.writeHead(status);
		if (req.method === 'HEAD') {
			res.end();
			return;
		}
		createReadStream(file)
			.on('error', () => res.destroy())
			.pipe(res);
	}

	/**
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 */
	async function notFound(req, res) {
		const file = path.join(rootDir, '404.html');
		const stat = await statFile(file);
		if (stat) return sendFile(req, res, 404, file, stat, REVALIDATE);
		const body = 'Not found\n';
		res.writeHead(404, {
			'Content-Type': 'text/plain; charset=utf-8',
			'Content-Length': Buffer.byteLength(body),
			'Cache-Control': REVALIDATE
		});
		res.end(req.method === 'HEAD' ? undefined : body);
	}

	/**
	 * @param {import('node:http').ServerResponse} res
	 * @param {number} status
	 * @param {string} location
	 */
	function redirect(res, status, location) {
		res.writeHead(status, { Location: location, 'Content-Length': 0, 'Cache-Control': REVALIDATE });
		res.end();
	}

	/**
	 * @param {import('node:http').ServerResponse} res
	 * @param {number} status
	 * @param {string} message
	 * @param {Record<string, string>} [headers]
	 */
	function plain(res, status, message, headers = {}) {
		res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
		res.end(`${message}\n`);
	}

	/**
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 */
	async function handle(req, res) {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
		}

		const rawUrl = req.url ?? '/';
		const queryAt = rawUrl.search(/[?#]/);
		const rawPath = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
		const query = queryAt === -1 ? '' : rawUrl.slice(queryAt).replace(/#.*$/, '');
		if (!rawPath.startsWith('/')) return plain(res, 400, 'Bad request');

		let pathname;
		try {
			pathname = decodeURIComponent(rawPath);
		} catch {
			return plain(res, 400, 'Bad request');
		}
		if (pathname.includes('\0')) return plain(res, 400, 'Bad request');
		for (const [name, value] of headersFor(await headerRules(), pathname)) res.setHeader(name, value);

		let relative = pathname;
		if (basePath) {
			if (pathname === basePath) return redirect(res, 308, `${rawPath}/${query}`);
			if (pathname === '/') return redirect(res, 302, `${basePath}/`);
			if (!pathname.startsWith(`${basePath}/`)) return notFound(req, res);
			relative = pathname.slice(basePath.length);
		}

		// Like Netlify and Cloudflare Pages, apply _headers but do not serve it.
		if (relative === '/_headers') return notFound(req, res);
		const target = path.resolve(rootDir, `.${relative}`);
		if (target !== rootDir && !target.startsWith(rootDir + path.sep)) return notFound(req, res);

		if (relative.endsWith('/')) {
			const index = path.join(target, 'index.html');
			const stat = await statFile(index);
			return stat ? sendFile(req, res, 200, index, stat, REVALIDATE) : notFound(req, res);
		}

		const stat = await statFile(target);
		if (stat) {
			const immutable = relative.startsWith('/_app/immutable/');
			return sendFile(req, res, 200, target, stat, immutable ? IMMUTABLE : REVALIDATE);
		}
		if ((await isDirectory(target)) && (await statFile(path.join(target, 'index.html')))) {
			return redirect(res, 308, `${rawPath}/${query}`);
		}
		// Like most static hosts, /x also finds x.html.
		const html = `${target}.html`;
		const htmlStat = await statFile(html);
		if (htmlStat) return sendFile(req, res, 200, html, htmlStat, REVALIDATE);
		return notFound(req, res);
	}

	const server = createServer((req, res) => {
		handle(req, res).catch((error) => {
			console.error(error);
			if (!res.headersSent) plain(res, 500, 'Internal server error');
			else res.destroy();
		});
	});

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve(undefined);
		});
	});

	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	const origin = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;

	return {
		server,
		port: actualPort,
		origin,
		url: `${origin}${basePath}/`,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			})
	};
}

function isMain() {
	if (!process.argv[1]) return false;
	try {
		return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
	} catch {
		return false;
	}
}

if (isMain()) {
	const port = Number(process.env.PORT ?? 4173);
	const root = process.env.BUILD_DIR ?? 'build';
	try {
		const { url, close } = await startServer({
			port,
			root,
			base: process.env.BASE_PATH ?? '',
			host: process.env.HOST ?? '127.0.0.1',
			compress: process.env.COMPRESS !== '0'
		});
		console.log(`Serving ${path.resolve(root)} at ${url}`);
		const stop = () => {
			void close().then(() => process.exit(0));
		};
		process.on('SIGINT', stop);
		process.on('SIGTERM', stop);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
