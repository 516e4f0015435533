import type { Figure } from '$lib/data/types';

/**
 * What the unit charts (walk-talk-scale, misconduct-funnel, migrant-data-sharing) share in
 * their `layout.ts`: naming their states, counting units and laying out squares in
 * a grid. Everything is in percent of the chart box (LayerCake percentRange).
 */

/** A rectangle in percent of the box. */
export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** A rectangle with an opacity (0 = hidden). */
export interface Rect extends Box {
	o: number;
}

/** A unit count as a whole, non-negative number of marks. */
export function units(f: Figure): number {
	return Math.max(0, Math.round(f.value));
}

/** A grid of cells, filled row by row from its top-left corner. */
export interface Grid {
	x: number;
	y: number;
	columns: number;
	/** A cell's width, percent of the box width. */
	cell: number;
	/** A cell's height over its width (percent of height per percent of width). */
	aspect: number;
	/** Share of a cell a square fills (the rest is the gap between squares); 1 = no gaps. */
	fill: number;
}

/** `n` squares, each centred in its cell of the grid. */
export function gridSquares(n: number, g: Grid): Box[] {
	const cellH = g.cell * g.aspect;
	const w = g.cell * g.fill;
	const h = cellH * g.fill;
	return Array.from({ length: n }, (_, i) => ({
		x: g.x + (i % g.columns) * g.cell + (g.cell - w) / 2,
		y: g.y + Math.floor(i / g.columns) * cellH + (cellH - h) / 2,
		w,
		h
	}));
}

/** A rectangle shrunk to its centre: where a hidden mark waits before it grows in. */
export function collapse<B extends Box>(r: B): B {
	return { ...r, x: r.x + r.w / 2, y: r.y + r.h / 2, w: 0, h: 0 };
}

/** A rectangle as the geometry attributes of an SVG `<rect>` (opacity when it has one). */
export function rectAttrs(r: Box & { o?: number }): {
	x: number;
	y: number;
	width: number;
	height: number;
	opacity?: number;
} {
	return { x: r.x, y: r.y, width: r.w, height: r.h, opacity: r.o };
}
