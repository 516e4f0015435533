import type { Figure } from '$lib/data/types';
import { BOX_SIZE, type ChartBox, type Geom, type Label, type LabelPart, type Scene } from './scene';

/**
 * What the unit charts (walk-talk-scale, misconduct-funnel, migrant-data-sharing) share in
 * their `layout.ts`: counting units, laying out squares in a grid, and their labels (a
 * figure's display as a large value, the words after it, a smaller line under them).
 * Everything is in percent of the plot box.
 */

/** A rectangle in percent of the box. */
export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/**
 * Room for `px` pixels of text, in percent of the height of the smallest plot the box is drawn
 * in (a unit chart's plot takes the box's full height there): for layouts that place labels by
 * what 12px type needs, not by a share of a plot of unknown size.
 */
export function textRoom(box: ChartBox, px: number): number {
	return (px / BOX_SIZE[box].height) * 100;
}

/**
 * The unit frame's plot in a wide box: this many times as wide as tall (about 406 by 214 px on
 * a phone turned sideways), so the squares can be laid out beside their labels.
 */
export const WIDE_UNIT_ASPECT = 1.9;
/** The unit frame's plot in a compact box: as wide as a 288 by 244 px box allows. */
export const COMPACT_UNIT_ASPECT = 1.15;

/** The unit frame's width over its height in a box: 1 (within 1.15 of square) in a regular one. */
export function unitAspect(box: ChartBox): number {
	return box === 'wide' ? WIDE_UNIT_ASPECT : box === 'compact' ? COMPACT_UNIT_ASPECT : 1;
}

/** A unit chart scene's frame for that shape (a fixed `aspect` only when it is not square). */
export function unitFrame(aspect: number): Pick<Scene, 'frame' | 'aspect'> {
	return aspect === 1 ? { frame: 'unit' } : { frame: 'unit', aspect };
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

/**
 * A group of rectangles shrunk together toward the middle of them all, to `k` of their size and
 * spread: where hidden marks wait before they grow in. One scale about one point for the whole
 * group, so its move in or out is one transform (toolkit/glide.ts) rather than one per square.
 */
export function gathered<B extends Box>(rects: readonly B[], k = 0.5): B[] {
	if (rects.length === 0) return [];
	const left = Math.min(...rects.map((r) => r.x));
	const top = Math.min(...rects.map((r) => r.y));
	const cx = (left + Math.max(...rects.map((r) => r.x + r.w))) / 2;
	const cy = (top + Math.max(...rects.map((r) => r.y + r.h))) / 2;
	return rects.map((r) => ({ ...r, x: cx + (r.x - cx) * k, y: cy + (r.y - cy) * k, w: r.w * k, h: r.h * k }));
}

/** A box as a mark's geometry, shown (o 1) or not (o 0). */
export function geomOf(b: Box, o = 1): Geom {
	return { x: b.x, y: b.y, w: b.w, h: b.h, o };
}

/** How a unit chart's label colours its value: like the marks it names, or muted ink. */
export type ValueTone = 'mark' | 'highlight' | 'muted';

export interface UnitLabel {
	id: string;
	/** A figure's display, exactly. */
	value?: string;
	valueTone?: ValueTone;
	/** The value on a line of its own, twice as large. */
	bigValue?: boolean;
	/** The words after the value. */
	text: string;
	/** A smaller line underneath: period, place or source. */
	sub?: string;
	x: number;
	y: number;
	maxWidth: number;
	anchor?: 'start' | 'middle';
	/** `bottom`: y is where the label ends, so it grows up, away from the marks under it. */
	valign?: 'top' | 'bottom';
	valueSize?: number;
	onDark?: boolean;
}

/** A unit chart's label, as the toolkit's `Label`. */
export function unitLabel(l: UnitLabel): Label {
	const parts: LabelPart[] = [];
	if (l.value) {
		parts.push({
			text: l.value,
			value: true,
			big: l.bigValue,
			tone: l.valueTone === 'muted' ? undefined : l.valueTone,
			muted: l.valueTone === 'muted'
		});
	}
	parts.push({ text: l.text });
	if (l.sub) parts.push({ text: l.sub, muted: true, block: true });
	return {
		id: l.id,
		parts,
		x: l.x,
		y: l.y,
		anchor: l.anchor ?? 'start',
		valign: l.valign ?? 'top',
		size: 'normal',
		maxWidth: l.maxWidth,
		value: l.value,
		valueSize: l.valueSize,
		onDark: l.onDark
	};
}
