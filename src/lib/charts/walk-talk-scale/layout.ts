import type { Figure } from '$lib/data/types';

/**
 * Walk and Talk: the size of the scheme beside the size of the problem.
 *
 * - pilot: the pilot's officers, one square each.
 * - prevalence: the same officers beside the women who experienced domestic abuse in a
 *   year, drawn at one scale: every person takes up the same area. The women fill the
 *   box; the officers shrink to a speck that needs a ring and a label to be found.
 *   Nothing is divided or compared in numbers: the picture carries the comparison.
 * - killed: the women killed by a partner or ex-partner in an average year, one square each.
 *
 * Everything is in percent of the chart box (LayerCake percentRange). Marks are designed
 * for a box about ASPECT times as wide as it is tall, so squares stay roughly square.
 */

export const STATES = ['pilot', 'prevalence', 'killed'] as const;
export type State = (typeof STATES)[number];

/** A rectangle in percent of the box, with an opacity (0 = hidden). */
export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
	o: number;
}

export type Tone = 'plain' | 'highlight' | 'on-dark';

export interface Label {
	id: string;
	/** The figure's display text, shown large (exactly as `display` gives it). */
	value?: string;
	/** The words after the value. */
	text: string;
	/** A smaller line underneath: period and place. */
	sub?: string;
	x: number;
	y: number;
	tone: Tone;
	/** Maximum width in percent of the box. */
	maxWidth: number;
}

/** The ring that points out the officers when they are too small to see. */
export interface Ring {
	cx: number;
	cy: number;
}

export interface Layout {
	state: State;
	officers: Rect[];
	women: Rect;
	killed: Rect[];
	labels: Label[];
	ring: Ring | null;
}

type Figures = Readonly<Record<string, Figure>>;

/** Width over height of the box the marks are designed for (phones ~1, desktop ~1.3). */
export const ASPECT = 1;
/** Share of a cell a square fills (the rest is the gap between squares). */
const FILL = 0.78;

const OFFICER_COLUMNS = 5;
const KILLED_COLUMNS = 10;

/** Where the women's area sits in the prevalence state. */
const WOMEN_TOP = 32;
const WOMEN = { x: 0, y: WOMEN_TOP, w: 100, h: 100 - WOMEN_TOP };
/** Where the speck of officers sits in the prevalence state (its centre). */
const SPECK = { cx: 5, cy: 14 };

function need(figures: Figures, id: string): Figure {
	const f = figures[id];
	if (!f) throw new Error(`walk-talk-scale: missing figure "${id}"`);
	return f;
}

/** A unit count as a whole, non-negative number of marks. */
function units(f: Figure): number {
	return Math.max(0, Math.round(f.value));
}

export function resolveState(state: string): State {
	return (STATES as readonly string[]).includes(state) ? (state as State) : STATES[0];
}

/**
 * `n` squares in a grid of `columns`, filling cells `cellW` wide (percent of width) and
 * `cellW * ASPECT` tall (percent of height), from (x0, y0).
 */
function grid(n: number, columns: number, x0: number, y0: number, cellW: number, o = 1): Rect[] {
	const cellH = cellW * ASPECT;
	const w = cellW * FILL;
	const h = cellH * FILL;
	return Array.from({ length: n }, (_, i) => ({
		x: x0 + (i % columns) * cellW + (cellW - w) / 2,
		y: y0 + Math.floor(i / columns) * cellH + (cellH - h) / 2,
		w,
		h,
		o
	}));
}

/** The same squares, collapsed to their centres and invisible: where hidden marks wait. */
function collapsed(rects: Rect[]): Rect[] {
	return rects.map((r) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2, w: 0, h: 0, o: 0 }));
}

function pilotGrid(n: number): Rect[] {
	const cellW = 9;
	const width = OFFICER_COLUMNS * cellW;
	return grid(n, OFFICER_COLUMNS, (100 - width) / 2, 40, cellW);
}

/**
 * The officers at the women's scale: their total area is `officers / women` of the
 * women's area, laid out as the same 5-wide grid with no gaps, centred on SPECK.
 */
function speck(n: number, women: number): Rect[] {
	const area = (WOMEN.w * WOMEN.h * n) / Math.max(women, 1);
	const rows = Math.ceil(n / OFFICER_COLUMNS);
	// Each officer's cell: w * h = area / n, with h = w * ASPECT.
	const cellW = Math.sqrt(area / n / ASPECT);
	const cellH = cellW * ASPECT;
	const x0 = SPECK.cx - (OFFICER_COLUMNS * cellW) / 2;
	const y0 = SPECK.cy - (rows * cellH) / 2;
	return Array.from({ length: n }, (_, i) => ({
		x: x0 + (i % OFFICER_COLUMNS) * cellW,
		y: y0 + Math.floor(i / OFFICER_COLUMNS) * cellH,
		w: cellW,
		h: cellH,
		o: 1
	}));
}

function killedGrid(n: number): Rect[] {
	const cellW = 6.5;
	const width = KILLED_COLUMNS * cellW;
	return grid(n, KILLED_COLUMNS, (100 - width) / 2, 40, cellW);
}

export function layoutFor(state: string, figures: Figures): Layout {
	const s = resolveState(state);
	const officersFig = need(figures, 'walk-talk-officers');
	const womenFig = need(figures, 'ons-women-da-2020');
	const killedFig = need(figures, 'partner-killings-per-year');
	const nOfficers = units(officersFig);
	const nKilled = units(killedFig);

	const pilot = pilotGrid(nOfficers);
	const killedMarks = killedGrid(nKilled);
	const womenHidden: Rect = { x: WOMEN.x, y: 100, w: WOMEN.w, h: 0, o: 0 };

	const officersLabel: Label = {
		id: 'officers',
		value: officersFig.display,
		text: officersFig.label,
		sub: `${officersFig.place}, ${officersFig.period}`,
		x: 0,
		y: 0,
		tone: 'highlight',
		maxWidth: 100
	};

	if (s === 'pilot') {
		return {
			state: s,
			officers: pilot,
			women: womenHidden,
			killed: collapsed(killedMarks),
			labels: [officersLabel],
			ring: null
		};
	}

	if (s === 'prevalence') {
		return {
			state: s,
			officers: speck(nOfficers, womenFig.value),
			women: { ...WOMEN, o: 1 },
			killed: collapsed(killedMarks),
			labels: [
				{
					id: 'officers-to-scale',
					value: officersFig.display,
					text: 'officers: the speck in the ring',
					sub: 'Drawn to one scale: each officer and each woman takes up the same space',
					x: SPECK.cx + 7,
					y: 2,
					tone: 'highlight',
					maxWidth: 100 - SPECK.cx - 7
				},
				{
					id: 'women',
					value: womenFig.display,
					text: womenFig.label,
					sub: `${womenFig.place}, ${womenFig.period} (ONS)`,
					x: 3,
					y: WOMEN_TOP + 4,
					tone: 'on-dark',
					maxWidth: 94
				}
			],
			ring: { ...SPECK }
		};
	}

	// killed
	return {
		state: s,
		officers: collapsed(pilot),
		women: { ...WOMEN, o: 0 },
		killed: killedMarks,
		labels: [
			{
				id: 'killed',
				value: killedFig.display,
				text: killedFig.label,
				sub: `${killedFig.place}, ${killedFig.period} (HMICFRS)`,
				x: 0,
				y: 0,
				tone: 'plain',
				maxWidth: 100
			}
		],
		ring: null
	};
}
