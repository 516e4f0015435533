import { requireFigures, type Figures } from '../chartFigures';
import { defineChart } from '../define';
import { spec, type State } from './spec';
import { collapse, gridSquares, units, type Box } from '../toolkit/units';

/** A rectangle with an opacity (0 = hidden). */
export type Rect = Box & { o: number };
import type { ChartLabel } from '../labels/labels';

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

export type Tone = 'plain' | 'highlight' | 'on-dark';

export type Label = ChartLabel<Tone>;

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

/**
 * `n` squares in a grid of `columns`, filling cells `cellW` wide (percent of width) and
 * `cellW * ASPECT` tall (percent of height), from (x0, y0).
 */
function grid(n: number, columns: number, x0: number, y0: number, cellW: number): Rect[] {
	return gridSquares(n, { x: x0, y: y0, columns, cell: cellW, aspect: ASPECT, fill: FILL }).map((r) => ({
		...r,
		o: 1
	}));
}

/** The same squares, collapsed to their centres and invisible: where hidden marks wait. */
function collapsed(rects: Rect[]): Rect[] {
	return rects.map((r) => ({ ...collapse(r), o: 0 }));
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
	return gridSquares(n, { x: x0, y: y0, columns: OFFICER_COLUMNS, cell: cellW, aspect: ASPECT, fill: 1 }).map((r) => ({
		...r,
		o: 1
	}));
}

function killedGrid(n: number): Rect[] {
	const cellW = 6.5;
	const width = KILLED_COLUMNS * cellW;
	return grid(n, KILLED_COLUMNS, (100 - width) / 2, 40, cellW);
}

export function layoutFor(s: State, figures: Figures): Layout {
	const {
		officers: officersFig,
		women: womenFig,
		killed: killedFig
	} = requireFigures('walk-talk-scale', figures, {
		officers: 'walk-talk-officers',
		women: 'ons-women-da-2020',
		killed: 'partner-killings-per-year'
	});
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
					sub: 'Set side by side as EVAW’s argument does, to one scale: each officer and each woman takes the same space',
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

export default defineChart(spec, layoutFor);
