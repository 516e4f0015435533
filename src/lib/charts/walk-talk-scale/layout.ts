import { requireFigures, type Figures } from '../chartFigures';
import { defineChart } from '../define';
import { spec, type State } from './spec';
import { charts } from '$content/strings';
import { collapse, gridSquares, unitLabel, units } from '../toolkit/units';
import type { Geom, MarkMeta, Scene, Tone as MarkTone } from '../toolkit/scene';

/** A rectangle with an opacity (0 = hidden). */
type Rect = Geom;

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

export type MarkKind = 'women' | 'officer' | 'killed' | 'ring';
export type Tone = Extract<MarkTone, 'mark' | 'highlight'>;
export type Layout = Scene<State, MarkKind, Tone>;

/** Width over height of the box the marks are designed for (phones ~1, desktop ~1.3). */
export const ASPECT = 1;
/** Share of a cell a square fills (the rest is the gap between squares). */
const FILL = 0.78;
/** The labels' values, in em of their words. */
const VALUE_SIZE = 1.5;

const OFFICER_COLUMNS = 5;
const KILLED_COLUMNS = 10;

/** Where the women's area sits in the prevalence state. */
const WOMEN_TOP = 32;
const WOMEN = { x: 0, y: WOMEN_TOP, w: 100, h: 100 - WOMEN_TOP };
/** Where the speck of officers sits in the prevalence state (its centre). */
const SPECK = { x: 5, y: 14 };

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
	const x0 = SPECK.x - (OFFICER_COLUMNS * cellW) / 2;
	const y0 = SPECK.y - (rows * cellH) / 2;
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

/**
 * One state's marks, in one pool: the women's area, then the officers and the women killed
 * (one square each), then the ring; and its labels.
 */
function scene(
	state: State,
	marks: { women: Rect; officers: Rect[]; killed: Rect[]; ring: Rect },
	labels: Scene['labels'],
	womenDisplay: string
): Layout {
	const meta: MarkMeta<MarkKind, Tone>[] = [];
	const geom: Geom[] = [];
	const add = (kind: MarkKind, tone: Tone, rects: Rect[], shape: 'bar' | 'unit' | 'ring', value?: string) =>
		rects.forEach((r, i) => {
			meta.push({ kind, key: String(i), tone, visible: r.o > 0, shape, ...(r.o > 0 && value ? { value } : {}) });
			geom.push(r);
		});
	// The women are an area (every woman the same space as an officer), not counted squares.
	add('women', 'mark', [marks.women], 'bar', womenDisplay);
	add('officer', 'highlight', marks.officers, 'unit');
	add('killed', 'mark', marks.killed, 'unit');
	add('ring', 'highlight', [marks.ring], 'ring');
	return { state, caption: '', footnote: '', frame: 'unit', meta, geom, labels };
}

export function layoutFor(s: State, figures: Figures): Layout {
	const words = charts['walk-talk-scale'];
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
	const ring = (o: number): Rect => ({ ...SPECK, w: 0, h: 0, o });
	const draw = (marks: Parameters<typeof scene>[1], labels: Scene['labels']) =>
		scene(s, marks, labels, womenFig.display);

	const officersLabel = unitLabel({
		id: 'officers',
		value: officersFig.display,
		valueTone: 'highlight',
		text: officersFig.label,
		sub: words.scope(officersFig.place, officersFig.period),
		x: 0,
		y: 0,
		maxWidth: 100,
		valueSize: VALUE_SIZE
	});

	if (s === 'pilot') {
		return draw({ officers: pilot, women: womenHidden, killed: collapsed(killedMarks), ring: ring(0) }, [
			officersLabel
		]);
	}

	if (s === 'prevalence') {
		return draw(
			{
				officers: speck(nOfficers, womenFig.value),
				women: { ...WOMEN, o: 1 },
				killed: collapsed(killedMarks),
				ring: ring(1)
			},
			[
				unitLabel({
					id: 'officers-to-scale',
					value: officersFig.display,
					valueTone: 'highlight',
					text: words.officersToScale,
					sub: words.toScaleNote,
					x: SPECK.x + 7,
					y: 2,
					maxWidth: 100 - SPECK.x - 7,
					valueSize: VALUE_SIZE
				}),
				unitLabel({
					id: 'women',
					value: womenFig.display,
					text: womenFig.label,
					sub: words.scopeBy(womenFig.place, womenFig.period, 'ONS'),
					x: 3,
					y: WOMEN_TOP + 4,
					maxWidth: 94,
					valueSize: VALUE_SIZE,
					onDark: true
				})
			]
		);
	}

	// killed
	return draw({ officers: collapsed(pilot), women: { ...WOMEN, o: 0 }, killed: killedMarks, ring: ring(0) }, [
		unitLabel({
			id: 'killed',
			value: killedFig.display,
			text: killedFig.label,
			sub: words.scopeBy(killedFig.place, killedFig.period, 'HMICFRS'),
			x: 0,
			y: 0,
			maxWidth: 100,
			valueSize: VALUE_SIZE
		})
	]);
}

export default defineChart(spec, layoutFor);
