import { describe, expect, it } from 'vitest';
import { figures } from '../../src/lib/data/figures';
import misconduct from '../../src/lib/charts/misconduct-funnel/layout';
import type { Geom, MarkMeta } from '../../src/lib/charts/toolkit/scene';
import { opacityAt, pathAt, squaresPath, unitPaths } from '../../src/lib/charts/toolkit/unit-paths';

const unit = (kind: string, tone: MarkMeta['tone'], visible = true, extra: Partial<MarkMeta> = {}): MarkMeta => ({
	kind,
	key: kind,
	tone,
	visible,
	shape: 'unit',
	...extra
});
const box = (x: number, y: number, w = 2, h = 2, o = 1): Geom => ({ x, y, w, h, o });

/**
 * The squares a path's `d` draws, as [x, y, w, h]: each a closed subpath, its corner absolute
 * (`M`) or relative to the corner before (`m`), summed in thousandths as the browser would.
 */
const squaresOf = (d: string) => {
	let [x, y] = [0, 0];
	const all = [...d.matchAll(/([Mm])([\d.-]+) ([\d.-]+)h([\d.-]+)v([\d.-]+)h-([\d.-]+)z/g)];
	expect(all.map((m) => m[0]).join('')).toBe(d);
	return all.map((m) => {
		expect(m[6]).toBe(m[4]);
		const [mx, my] = [Number(m[2]), Number(m[3])];
		[x, y] = m[1] === 'M' ? [mx, my] : [Math.round((x + mx) * 1000) / 1000, Math.round((y + my) * 1000) / 1000];
		return [x, y, Number(m[4]), Number(m[5])];
	});
};

describe('unit squares as paths', () => {
	it('writes each square as a closed subpath from its top-left corner, leaving out squares of no size', () => {
		const d = squaresPath([box(1, 2, 3, 4), box(5, 6, 0, 4), box(7.12345, 8, 1, 1)]);
		expect(d).toBe('M1 2h3v4h-3zm6.123 6h1v1h-1z');
		expect(squaresOf(d)).toEqual([
			[1, 2, 3, 4],
			[7.123, 8, 1, 1]
		]);
	});

	it('writes a row of like squares as one repeated run, each corner where its absolute position rounds to', () => {
		const row = Array.from({ length: 36 }, (_, i) => box(0.28 + (100 / 36) * i, 10.39, 2.22, 3.11));
		const d = squaresPath(row);
		expect(squaresOf(d)).toEqual(row.map((s) => [s.x, s.y, s.w, s.h].map((v) => Math.round(v * 1000) / 1000)));
		// 100/36 is no whole number of thousandths: the steps between corners are one of two texts.
		const steps = new Set(
			d
				.slice(d.indexOf('z') + 1)
				.split('z')
				.filter(Boolean)
		);
		expect(steps.size).toBeLessThanOrEqual(2);
	});

	it('puts squares that look and fade alike in one path, and no others', () => {
		const meta = [
			unit('a', 'mark'),
			unit('a', 'mark'),
			unit('a', 'muted'),
			unit('b', 'mark'),
			unit('a', 'mark'),
			{ ...unit('a', 'mark'), shape: 'bar' as const }
		];
		const geom = [box(0, 0), box(3, 0), box(6, 0), box(9, 0), box(12, 0), box(15, 0)];
		const paths = unitPaths(geom, meta, geom);
		expect(paths.map((p) => [p.kind, p.tone, p.members])).toEqual([
			['a', 'mark', [0, 1, 4]],
			['a', 'muted', [2]],
			['b', 'mark', [3]]
		]);
		expect(paths.map((p) => p.id)).toEqual(['a-0', 'a-2', 'b-3']);
		expect(squaresOf(pathAt(paths[0]!, geom, geom, 1))).toEqual([
			[0, 0, 2, 2],
			[3, 0, 2, 2],
			[12, 0, 2, 2]
		]);
	});

	it('splits squares that fade differently, and leaves out squares hidden before and after', () => {
		const meta = [unit('a', 'mark'), unit('a', 'mark'), unit('a', 'mark', false)];
		const from = [box(0, 0, 2, 2, 1), box(3, 0, 2, 2, 0), box(6, 0, 2, 2, 0)];
		const to = [box(0, 0), box(3, 0), box(6, 0, 2, 2, 0)];
		const paths = unitPaths(from, meta, to);
		expect(paths.map((p) => [p.members, p.fromO, p.toO])).toEqual([
			[[0], 1, 1],
			[[1], 0, 1]
		]);
		expect(opacityAt(paths[1]!, 0.25)).toBe(0.25);
	});

	it('moves squares between their places, and writes a still path once', () => {
		const meta = [unit('a', 'mark'), unit('b', 'mark')];
		const from = [box(0, 0), box(10, 10)];
		const to = [box(10, 20, 4, 4), box(10, 10)];
		const [moving, still] = unitPaths(from, meta, to);
		expect(moving?.moves).toBe(true);
		expect(squaresOf(pathAt(moving!, from, to, 0.5))).toEqual([[5, 10, 3, 3]]);
		expect(squaresOf(pathAt(moving!, from, to, 1))).toEqual([[10, 20, 4, 4]]);
		expect(still?.moves).toBe(false);
		expect(still?.still).toBe('M10 10h2v2h-2z');
	});

	it('draws a real chart state with every shown square once, in few paths', () => {
		const scene = misconduct.draw('dismissed', figures);
		const paths = unitPaths(scene.geom, scene.meta, scene.geom);
		const shown = scene.meta.filter((m) => m.shape === 'unit' && m.visible).length;
		expect(paths.filter((p) => p.visible).reduce((n, p) => n + p.members.length, 0)).toBe(shown);
		expect(paths.length).toBeLessThanOrEqual(6);
		const drawn = paths.filter((p) => p.visible).flatMap((p) => squaresOf(pathAt(p, scene.geom, scene.geom, 1)));
		expect(drawn).toHaveLength(shown);
	});
});
