import { requireFigures, type Figures } from '../chartFigures';
import { defineChart } from '../define';
import { spec, type State } from './spec';
import { words } from '$content/charts/walk-talk-scale';
import { gathered, gridSquares, unitLabel, units, unitAspect, unitFrame } from '../toolkit/units';
import type { ChartBox, Geom, MarkMeta, Scene, Tone as MarkTone } from '../toolkit/scene';

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
 * for the box's shape (see geometryFor), so squares stay square.
 */

export type MarkKind = 'women' | 'officer' | 'killed' | 'ring';
export type Tone = Extract<MarkTone, 'mark' | 'highlight'>;
export type Layout = Scene<State, MarkKind, Tone>;

/** Share of a cell a square fills (the rest is the gap between squares). */
const FILL = 0.78;
/** The labels' values, in em of their words. */
const VALUE_SIZE = 1.5;

const OFFICER_COLUMNS = 5;

/**
 * Where things go in a box (see CHART_BOXES). `regular`: a plot within 1.15 of square, the
 * labels above the marks. `wide`: a plot WIDE_UNIT_ASPECT times as wide as tall, about 214 px tall:
 * the labels in a column on the left, the marks on the right.
 */
interface Geometry {
	/** The plot's width over its height: a square cell `cellW` wide is `cellW * aspect` tall. */
	aspect: number;
	/** The women's area in the prevalence state. */
	women: { x: number; y: number; w: number; h: number };
	/** The centre of the speck of officers in the prevalence state. */
	speck: { x: number; y: number };
	/** The left edge and width of the labels beside the marks. */
	labelX: number;
	labelWidth: number;
	pilot: { cellW: number; y: number };
	killed: { columns: number; cellW: number; y: number };
}

/** In a wide box: the labels take the left MARKS_X percent, the marks the rest. */
const MARKS_X = 44;

function geometryFor(box: ChartBox): Geometry {
	if (box === 'wide') {
		return {
			aspect: unitAspect(box),
			women: { x: MARKS_X, y: 0, w: 100 - MARKS_X, h: 100 },
			speck: { x: 3, y: 8 },
			labelX: 0,
			labelWidth: MARKS_X - 3,
			pilot: { cellW: 5, y: 20 },
			killed: { columns: 16, cellW: 3.5, y: 30 }
		};
	}
	return {
		aspect: 1,
		women: { x: 0, y: 32, w: 100, h: 68 },
		speck: { x: 5, y: 14 },
		labelX: 0,
		labelWidth: 100,
		pilot: { cellW: 9, y: 40 },
		killed: { columns: 10, cellW: 6.5, y: 40 }
	};
}

/** The left edge of a block `width` wide, centred in the room the labels leave. */
function centredX(g: Geometry, width: number): number {
	const left = g.labelWidth < 100 ? MARKS_X : 0;
	return left + (100 - left - width) / 2;
}

/**
 * `n` squares in a grid of `columns`, filling cells `cellW` wide (percent of width) and
 * `cellW * aspect` tall (percent of height), from (x0, y0).
 */
function grid(n: number, columns: number, x0: number, y0: number, cellW: number, aspect: number): Rect[] {
	return gridSquares(n, { x: x0, y: y0, columns, cell: cellW, aspect, fill: FILL }).map((r) => ({
		...r,
		o: 1
	}));
}

/** The same squares, gathered in toward their middle and invisible: where hidden marks wait. */
function collapsed(rects: Rect[]): Rect[] {
	return gathered(rects).map((r) => ({ ...r, o: 0 }));
}

function pilotGrid(n: number, g: Geometry): Rect[] {
	const { cellW, y } = g.pilot;
	return grid(n, OFFICER_COLUMNS, centredX(g, OFFICER_COLUMNS * cellW), y, cellW, g.aspect);
}

/**
 * The officers at the women's scale: their total area is `officers / women` of the
 * women's area, laid out as the pilot's 5-wide grid, gaps and all, shrunk to that size and
 * centred on the speck (so the pilot's grid moves there as one).
 */
function speck(n: number, women: number, g: Geometry): Rect[] {
	const area = (g.women.w * g.women.h * n) / Math.max(women, 1);
	const rows = Math.ceil(n / OFFICER_COLUMNS);
	// Each officer's square: w * h = area / n, with h = w * aspect; its cell is that and its gap.
	const cellW = Math.sqrt(area / n / g.aspect) / FILL;
	const cellH = cellW * g.aspect;
	const x0 = g.speck.x - (OFFICER_COLUMNS * cellW) / 2;
	const y0 = g.speck.y - (rows * cellH) / 2;
	return grid(n, OFFICER_COLUMNS, x0, y0, cellW, g.aspect);
}

function killedGrid(n: number, g: Geometry): Rect[] {
	const { columns, cellW, y } = g.killed;
	return grid(n, columns, centredX(g, columns * cellW), y, cellW, g.aspect);
}

/**
 * One state's marks, in one pool: the women's area, then the officers and the women killed
 * (one square each), then the ring; and its labels.
 */
function scene(
	state: State,
	marks: { women: Rect; officers: Rect[]; killed: Rect[]; ring: Rect },
	labels: Scene['labels'],
	womenDisplay: string,
	aspect: number
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
	return { state, caption: '', footnote: '', ...unitFrame(aspect), meta, geom, labels };
}

export function layoutFor(s: State, figures: Figures, _spec: unknown, box: ChartBox = 'regular'): Layout {
	const g = geometryFor(box);
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

	const pilot = pilotGrid(nOfficers, g);
	const killedMarks = killedGrid(nKilled, g);
	const womenHidden: Rect = { x: g.women.x, y: 100, w: g.women.w, h: 0, o: 0 };
	const ring = (o: number): Rect => ({ ...g.speck, w: 0, h: 0, o });
	const draw = (marks: Parameters<typeof scene>[1], labels: Scene['labels']) =>
		scene(s, marks, labels, womenFig.display, g.aspect);

	const officersLabel = unitLabel({
		id: 'officers',
		value: officersFig.display,
		valueTone: 'highlight',
		text: officersFig.label,
		sub: words.scope(officersFig.place, officersFig.period),
		x: g.labelX,
		y: 0,
		maxWidth: g.labelWidth,
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
				officers: speck(nOfficers, womenFig.value, g),
				women: { ...g.women, o: 1 },
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
					x: g.speck.x + 7,
					y: 2,
					maxWidth: g.labelWidth - g.speck.x - 7,
					valueSize: VALUE_SIZE
				}),
				unitLabel({
					id: 'women',
					value: womenFig.display,
					text: womenFig.label,
					sub: words.scopeBy(womenFig.place, womenFig.period, 'ONS'),
					x: g.women.x + 3,
					y: g.women.y + 4,
					maxWidth: g.women.w - 6,
					valueSize: VALUE_SIZE,
					onDark: true
				})
			]
		);
	}

	// killed
	return draw({ officers: collapsed(pilot), women: { ...g.women, o: 0 }, killed: killedMarks, ring: ring(0) }, [
		unitLabel({
			id: 'killed',
			value: killedFig.display,
			text: killedFig.label,
			sub: words.scopeBy(killedFig.place, killedFig.period, 'HMICFRS'),
			x: g.labelX,
			y: 0,
			maxWidth: g.labelWidth,
			valueSize: VALUE_SIZE
		})
	]);
}

export default defineChart(spec, layoutFor, { boxes: ['wide'] });
