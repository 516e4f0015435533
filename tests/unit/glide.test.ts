import { describe, expect, it } from 'vitest';
import { fit, glideFrames, glidingMarks, Moves } from '../../src/lib/charts/toolkit/glide';
import type { Geom, MarkMeta } from '../../src/lib/charts/toolkit/scene';
import { unitPaths } from '../../src/lib/charts/toolkit/unit-paths';
import { gathered } from '../../src/lib/charts/toolkit/units';

const box = (x: number, y: number, w: number, h: number, o = 1): Geom => ({ x, y, w, h, o });
const bar = (visible: boolean): MarkMeta => ({ kind: 'bar', key: 'b', tone: 'mark', visible, shape: 'bar' });
const unit = (kind = 'u'): MarkMeta => ({ kind, key: kind, tone: 'mark', visible: true, shape: 'unit' });

describe('marks moved by Web Animations', () => {
	it('maps the box drawn onto where a mark starts and ends, a flat axis only moved along', () => {
		expect(fit(box(10, 20, 30, 10), box(0, 20, 0, 10))).toEqual({ sx: 0, tx: 0, sy: 1, ty: 0 });
		expect(fit(box(10, 20, 30, 10), box(20, 10, 60, 5))).toEqual({ sx: 2, tx: 0, sy: 0.5, ty: 0 });
		// A vertical rule moved across: no width to scale, so only a shift.
		expect(fit(box(5, 0, 0, 50), box(8, 0, 0, 50))).toEqual({ sx: 1, tx: 3, sy: 1, ty: 0 });
		// A flat box cannot be stretched into a real one.
		expect(fit(box(5, 0, 0, 50), box(5, 0, 4, 50))).toBeUndefined();
	});

	it('keyframes only what changes: a fade in place has no transform, a still mark no frames', () => {
		const at = box(10, 10, 20, 20);
		expect(glideFrames(at, at, at, 'mark')).toBeUndefined();
		expect(glideFrames(at, { ...at, o: 0 }, at, 'mark')).toEqual([{ opacity: 0 }, { opacity: 1 }]);
		// A stroked mark (repainted each frame of a transform) that appears only fades in.
		expect(glideFrames(at, box(10, 10, 0, 20, 0), at, 'ink')).toEqual([{ opacity: 0 }, { opacity: 1 }]);
		const grow = glideFrames(at, box(10, 10, 0, 20, 0), at, 'mark');
		expect(grow).toEqual([
			{ transform: 'translate(10px, 0px) scale(0, 1)', opacity: 0 },
			{ transform: 'translate(0px, 0px) scale(1, 1)', opacity: 1 }
		]);
	});

	it('starts a mark cut short mid-move from where it is seen, and keeps a leaving mark drawn where it was', () => {
		const moves = new Moves();
		const meta = [bar(true)];
		const first = [box(0, 0, 10, 10)];
		const second = [box(0, 0, 50, 10)];
		const [a] = glidingMarks({ meta, geom: second }, first, ['bar'], moves, 600);
		expect(a).toMatchObject({ drawn: second[0], from: first[0], leaving: false });
		// Hidden next, straight away: it leaves from about where it started, drawn at its last target.
		const hidden = [box(0, 0, 0, 10, 0)];
		const [b] = glidingMarks({ meta: [bar(false)], geom: hidden }, second, ['bar'], moves, 600);
		expect(b?.leaving).toBe(true);
		expect(b?.drawn).toEqual(second[0]);
		expect(b?.from.w).toBeLessThan(11);
		// With no motion it is gone at once, and nothing moves.
		expect(glidingMarks({ meta: [bar(false)], geom: hidden }, second, ['bar'], new Moves(), 0)).toEqual([]);
	});

	it('moves a path of squares as one transform when one scale and shift carries them all', () => {
		const grid = [box(10, 10, 2, 2), box(14, 10, 2, 2), box(10, 14, 2, 2)];
		const hidden = gathered(grid).map((g) => ({ ...g, o: 0 }));
		const meta = grid.map(() => unit());
		const [fadeIn] = unitPaths(hidden, meta, grid);
		expect(fadeIn?.glide?.fits[1]).toEqual({ sx: 1, sy: 1, tx: 0, ty: 0 });
		expect(fadeIn?.glide?.fits[0].sx).toBeCloseTo(0.5);
		// Regrouped squares each move their own way: redrawn per frame instead.
		const regrouped = [box(10, 10, 2, 2), box(10, 14, 2, 2), box(14, 10, 2, 2)];
		const [moved] = unitPaths(grid, meta, regrouped);
		expect(moved?.glide).toBeUndefined();
		expect(moved?.still).toBeUndefined();
	});
});
