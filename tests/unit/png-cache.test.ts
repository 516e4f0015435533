import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cachedPng, pngKey } from '../../src/lib/server/downloads/png-cache';

describe('PNGs kept between builds', () => {
	let dir = '';
	beforeEach(() => void (dir = mkdtempSync(path.join(tmpdir(), 'png-cache-'))));
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('draws an image once, then reads it back', () => {
		const render = vi.fn(() => Buffer.from('first drawing'));
		const key = pngKey(['resvg 2', '<svg/>']);
		expect(cachedPng(key, render, dir).toString()).toBe('first drawing');
		expect(cachedPng(key, render, dir).toString()).toBe('first drawing');
		expect(render).toHaveBeenCalledTimes(1);
		expect(readdirSync(dir)).toEqual([`${key}.png`]);
	});

	it('draws again when anything in the key differs: the SVG, the renderer, a font', () => {
		const keys = [
			pngKey(['resvg 2', 'font A', '<svg/>']),
			pngKey(['resvg 2', 'font A', '<svg width="1"/>']),
			pngKey(['resvg 3', 'font A', '<svg/>']),
			pngKey(['resvg 2', new Uint8Array([1, 2]), '<svg/>']),
			// Parts are separated: moving a boundary is another key.
			pngKey(['resvg 2font A', '<svg/>'])
		];
		expect(new Set(keys).size).toBe(keys.length);
		const render = vi.fn(() => Buffer.from('drawn'));
		for (const key of keys) cachedPng(key, render, dir);
		expect(render).toHaveBeenCalledTimes(keys.length);
	});

	it('reads a kept file as it is, and makes the folder when there is none, leaving no partial file', () => {
		const key = pngKey(['x']);
		writeFileSync(path.join(dir, `${key}.png`), 'kept');
		expect(cachedPng(key, () => Buffer.from('new'), dir).toString()).toBe('kept');
		const missing = path.join(dir, 'not-yet');
		expect(cachedPng(key, () => Buffer.from('new'), missing).toString()).toBe('new');
		expect(readdirSync(missing)).toEqual([`${key}.png`]);
	});
});
