/**
 * Rasterised PNGs kept between builds, by a hash of everything that decides their pixels (the
 * SVG, the renderer's version and options, the font files' bytes). Rasterising the chart
 * downloads is about 3 s of each build's prerender, and the site built for a sub-path (the build
 * tests) draws the very same images.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const PNG_CACHE_DIR = path.resolve('node_modules', '.cache', 'chart-download-pngs');

/** The key of one image: a SHA-256 of its parts, in order. */
export function pngKey(parts: (string | Uint8Array)[]): string {
	const hash = createHash('sha256');
	for (const part of parts) {
		hash.update(part);
		hash.update('\0');
	}
	return hash.digest('hex');
}

/** The PNG kept under `key`, or `render()`'s, kept for next time. */
export function cachedPng(key: string, render: () => Buffer, dir = PNG_CACHE_DIR): Buffer {
	const file = path.join(dir, `${key}.png`);
	try {
		return readFileSync(file);
	} catch {
		// Not kept yet (or unreadable): draw it.
	}
	const png = render();
	mkdirSync(dir, { recursive: true });
	// Written whole, then renamed: a build reading it at the same moment never sees half a file.
	const partial = `${file}.${process.pid}.partial`;
	writeFileSync(partial, png);
	renameSync(partial, file);
	return png;
}
