import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? files(full) : /\.(svelte|css)$/.test(name) ? [full] : [];
	});
}

describe('styles', () => {
	// A mobile address bar changes vh as the reader scrolls, which moves sticky graphics and
	// scroll triggers; heights use svh or measured pixels instead.
	it('use no vh units', () => {
		const offenders = files(SRC).flatMap((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.map((line, i) => ({ line, at: `${path.relative(SRC, file)}:${i + 1}` }))
				.filter(({ line }) => /\d(\.\d+)?vh\b/.test(line))
				.map(({ at, line }) => `${at}: ${line.trim()}`)
		);
		expect(offenders).toEqual([]);
	});
});
