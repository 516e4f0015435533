import { fit, type Fit } from './glide';
import { thousandths } from './marks';
import type { Geom, MarkMeta, Tone } from './scene';

/**
 * The unit squares as paths: a chart with a thousand squares draws a handful of `<path>`
 * elements, one per set of squares that look alike (kind, tone, group, shown or not) and fade
 * alike, each square a subpath. Far fewer elements to render, hydrate and restyle than one
 * `<rect>` per square, and a move between states rewrites a few `d` attributes per frame.
 */

/** One path's squares and look, for one move between states. */
export interface UnitPath {
	/** Stable while the same squares lead the path, so its element (and a colour transition) lives on. */
	id: string;
	kind: string;
	tone: Tone;
	/** data-group, when the marks carry one. */
	group?: string;
	value?: string;
	visible: boolean;
	/** Where the squares are, in the pool of unit marks. */
	members: number[];
	/** The opacity the squares fade from and to. */
	fromO: number;
	toO: number;
	/** Whether any square moves or changes size. */
	moves: boolean;
	/** The `d` of a path whose squares stay where they are, written once. */
	still?: string;
	/**
	 * A path whose squares all move alike (one scale and shift carries every one from where it
	 * was to where it goes): drawn once at `d`, and moved by a transform from `fits[0]` to
	 * `fits[1]` (maps of the squares drawn). Any other path that moves is redrawn each frame.
	 */
	glide?: { d: string; fits: readonly [Fit, Fit] };
}

/**
 * Squares written as one path's `d`, each a closed subpath drawn clockwise from its top-left
 * corner as a `<rect>` is (so a dashed outline starts in the same place); nothing for a square of
 * no width or height, as a `<rect>` of no size is not drawn. Numbers are to a thousandth of a
 * percent of the plot (0.01 px in 1,000 px). The first square's corner is absolute (`M`), each
 * next one's relative to the one before (`m`: a closed subpath leaves the pen at its start),
 * counted in whole thousandths so that no rounding adds up: every corner lands exactly where
 * its absolute position would. A row of like squares is then one run of repeated text, which
 * compresses to almost nothing (the who-gets-stopped and misconduct-funnel pages are about 2 KB
 * gzip lighter).
 */
function writeSquares(each: (draw: (x: number, y: number, w: number, h: number) => void) => void): string {
	let d = '';
	let x0 = 0;
	let y0 = 0;
	each((x, y, w, h) => {
		if (!(w > 0 && h > 0)) return;
		const kx = Math.round(x * 1000);
		const ky = Math.round(y * 1000);
		const across = thousandths(w);
		d += `${d ? 'm' : 'M'}${(kx - x0) / 1000} ${(ky - y0) / 1000}h${across}v${thousandths(h)}h-${across}z`;
		x0 = kx;
		y0 = ky;
	});
	return d;
}

/** Squares as one path's `d` (see writeSquares). */
export function squaresPath(squares: Iterable<Geom>): string {
	return writeSquares((draw) => {
		for (const s of squares) draw(s.x, s.y, s.w, s.h);
	});
}

/** The geometry `t` of the way from `a` to `b`. */
export function between(a: Geom, b: Geom, t: number): Geom {
	if (t >= 1) return b;
	if (t <= 0) return a;
	const at = (p: number, q: number) => p + (q - p) * t;
	return { x: at(a.x, b.x), y: at(a.y, b.y), w: at(a.w, b.w), h: at(a.h, b.h), o: at(a.o, b.o) };
}

const sameBox = (a: Geom, b: Geom) => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
const shown = (o: number) => o > 0.001;

/**
 * The paths for a move of a scene's unit squares (`meta[i].shape` 'unit') from `from` (where
 * each mark is now, by its place in the pool) to `to`. Squares share a path when they look
 * alike in the next state and fade from and to the same opacity; a square that is hidden and
 * stays so is not drawn. A square the pool did not have before starts where it ends.
 */
export function unitPaths(from: readonly Geom[], meta: readonly MarkMeta[], to: readonly Geom[]): UnitPath[] {
	const paths = new Map<string, UnitPath>();
	// Squares come in runs that look alike: a square like the one before joins its path unlooked-up.
	let last: { m: MarkMeta; fromO: number; toO: number; path: UnitPath } | undefined;
	meta.forEach((m, i) => {
		const b = to[i];
		if (m.shape !== 'unit' || !b) return;
		const a = from[i] ?? b;
		if (!m.visible && !shown(a.o) && !shown(b.o)) return;
		let path: UnitPath | undefined;
		if (last && alike(last.m, m) && last.fromO === a.o && last.toO === b.o) path = last.path;
		else {
			const group = m.grouped ? m.key : undefined;
			const look = [
				m.kind,
				m.tone,
				group ?? '',
				m.visible ? 1 : 0,
				m.value ?? '',
				thousandths(a.o),
				thousandths(b.o)
			].join('|');
			path = paths.get(look);
			if (!path) {
				path = {
					id: `${m.kind}-${i}`,
					kind: m.kind,
					tone: m.tone,
					group,
					value: m.value,
					visible: m.visible,
					members: [],
					fromO: a.o,
					toO: b.o,
					moves: false
				};
				paths.set(look, path);
			}
		}
		last = { m, fromO: a.o, toO: b.o, path };
		path.members.push(i);
		if (!sameBox(a, b)) path.moves = true;
	});
	for (const path of paths.values()) {
		if (!path.moves) path.still = squaresPath(path.members.map((i) => to[i] as Geom));
		else path.glide = glideOf(path.members, from, to, path.toO <= 0.001);
	}
	return [...paths.values()];
}

const drawable = (g: Geom) => g.w > 0 && g.h > 0;
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
const sameFit = (a: Fit, b: Fit) => near(a.sx, b.sx) && near(a.sy, b.sy) && near(a.tx, b.tx) && near(a.ty, b.ty);

/**
 * How a path's squares move together, if they do: drawn where they end (where they start if
 * they fade out, or end with no size), and one map of those onto where they start and one onto
 * where they end that holds for every square.
 */
function glideOf(
	members: readonly number[],
	from: readonly Geom[],
	to: readonly Geom[],
	fadesOut: boolean
): UnitPath['glide'] {
	const ends = members.map((i) => to[i] as Geom);
	const starts = members.map((i) => from[i] ?? (to[i] as Geom));
	const [preferred, other] = fadesOut ? [starts, ends] : [ends, starts];
	const drawn = preferred.every(drawable) ? preferred : other.every(drawable) ? other : undefined;
	if (!drawn) return undefined;
	let first: [Fit, Fit] | undefined;
	for (let k = 0; k < drawn.length; k++) {
		const a = fit(drawn[k] as Geom, starts[k] as Geom);
		const b = fit(drawn[k] as Geom, ends[k] as Geom);
		if (!a || !b) return undefined;
		if (!first) first = [a, b];
		else if (!sameFit(first[0], a) || !sameFit(first[1], b)) return undefined;
	}
	return first && { d: squaresPath(drawn), fits: first };
}

const alike = (p: MarkMeta, q: MarkMeta) =>
	p.kind === q.kind &&
	p.tone === q.tone &&
	p.visible === q.visible &&
	p.value === q.value &&
	Boolean(p.grouped) === Boolean(q.grouped) &&
	(!p.grouped || p.key === q.key);

/**
 * A path's `d` `t` of the way through its move (`from` and `to` by square, as given to
 * unitPaths), written straight from the numbers: no object per square per frame.
 */
export function pathAt(path: UnitPath, from: readonly Geom[], to: readonly Geom[], t: number): string {
	if (path.still !== undefined) return path.still;
	if (t >= 1) return squaresPath(path.members.map((i) => to[i] as Geom));
	const at = (p: number, q: number) => p + (q - p) * t;
	return writeSquares((draw) => {
		for (const i of path.members) {
			const b = to[i] as Geom;
			const a = from[i] ?? b;
			draw(at(a.x, b.x), at(a.y, b.y), at(a.w, b.w), at(a.h, b.h));
		}
	});
}

/** A path's opacity `t` of the way through its move. */
export function opacityAt(path: UnitPath, t: number): number {
	return path.fromO + (path.toO - path.fromO) * Math.min(1, Math.max(0, t));
}
