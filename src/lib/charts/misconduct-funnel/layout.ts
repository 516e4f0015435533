import { requireFigures, type Figures } from '../chartFigures';
import { defineChart } from '../define';
import { spec, type State } from './spec';
import { words } from '$content/charts/misconduct-funnel';
import {
	gathered,
	geomOf,
	gridSquares,
	textRoom,
	unitLabel,
	units,
	type Box,
	type UnitLabel,
	unitAspect,
	unitFrame
} from '../toolkit/units';
import type { ChartBox, Geom, MarkMeta, Scene, Tone as MarkTone } from '../toolkit/scene';
import { thousandths as round } from '../toolkit/marks';

/**
 * Who polices the police: the Met's published sexual-misconduct counts as a funnel of
 * unit squares, then the watchdog's investigations in two years.
 *
 * - accused: one square per person accused (the i's FOI, Jan 2010 to May 2021).
 * - formal-action: the cases with formal action rise into their own block below. They are
 *   counted in cases, not people, and the source does not say how the two match, so they
 *   never come out of the block of people: nothing draws cases as a part of the 771.
 * - dismissed: the dismissals drop out of the formal-action block; the people who retired
 *   or resigned after complaints were upheld appear as a separate group beside them.
 *   The source does not say whether they are among the formal-action cases, so they are
 *   not drawn out of either block.
 * - iopc: IOPC investigations into abuse of position for a sexual purpose, two years.
 *
 * Only published counts are drawn and labelled: no remainders, no shares ("kept their
 * jobs"), no totals. Everything is in percent of the chart box.
 */

export const GROUPS = ['accused', 'formal', 'dismissed', 'resigned', 'iopc2016', 'iopc2021'] as const;
export type Group = (typeof GROUPS)[number];

/** How a group is painted: the toolkit's tones it uses. */
export type Tone = Extract<MarkTone, 'mark' | 'muted' | 'highlight' | 'highlight-outline'>;

/** Each group's mark kind (data-mark). */
export const MARK_KIND = {
	accused: 'accused',
	formal: 'formal-action',
	dismissed: 'dismissed',
	resigned: 'resigned',
	iopc2016: 'iopc-2016',
	iopc2021: 'iopc-2020-21'
} as const satisfies Record<Group, string>;
export type MarkKind = (typeof MARK_KIND)[Group];

export type Layout = Scene<State, MarkKind, Tone>;

/** A square in percent of the box. */
type Rect = Box;

/**
 * A group of squares. Groups whose shape never changes (the accused, the formal-action
 * cases, the two IOPC years) keep the same squares in every state and move as a whole
 * (dy) and fade (o); the dismissals and the resignations change shape, square by square.
 */
interface GroupLayout {
	rects: Rect[];
	/** Offset of the whole group, percent of the box height. */
	dy: number;
	/** Opacity of the whole group. */
	o: number;
	tone: Tone;
	visible: boolean;
}

/** Share of a cell a square fills. */
const FILL = 0.76;

/**
 * The funnel's and the watchdog comparison's geometry in a box (see CHART_BOXES). `regular`: a
 * plot within 1.15 of square, 50 columns across, room for labels in percent of it. `wide` (a
 * plot WIDE_UNIT_ASPECT times as wide as tall, about 214 px tall) and `compact` (about 280 by
 * 244 px): more columns, so the blocks are shallower, and room for each label measured in
 * pixels of 12px type.
 */
interface Geometry {
	/** The plot's width over its height (the scene's `aspect` when it is fixed). */
	aspect: number;
	columns: number;
	/** Height reserved for a one-line label above a block. */
	labelLine: number;
	/** Height reserved for the first label (value, words and the period). */
	firstLabel: number;
	gap: number;
	/** The watchdog comparison: columns and cell width of its bigger squares, and its title's height. */
	iopcColumns: number;
	iopcCell: number;
	iopcTitle: number;
	/** Height reserved for an IOPC year's label (two lines where it wraps). */
	iopcLabel: number;
}

function geometryFor(box: ChartBox): Geometry {
	if (box === 'regular') {
		return {
			aspect: 1,
			columns: 50,
			labelLine: 6,
			firstLabel: 13,
			gap: 3,
			iopcColumns: 10,
			iopcCell: 6,
			iopcTitle: 19,
			iopcLabel: 6
		};
	}
	const wide = box === 'wide';
	return {
		aspect: unitAspect(box),
		columns: wide ? 80 : 70,
		labelLine: textRoom(box, 26),
		firstLabel: textRoom(box, wide ? 42 : 50),
		gap: textRoom(box, 6),
		iopcColumns: 20,
		iopcCell: wide ? 3 : 5,
		iopcTitle: textRoom(box, wide ? 56 : 68),
		iopcLabel: textRoom(box, wide ? 26 : 42)
	};
}
/** Space between a label and the block of squares under it. */
const LABEL_CLEARANCE = 0.5;

interface Block {
	x: number;
	y: number;
	columns: number;
	cell: number;
}

function rows(n: number, columns: number): number {
	return Math.max(1, Math.ceil(n / columns));
}

function blockHeight(n: number, b: Pick<Block, 'columns' | 'cell'>, aspect: number): number {
	return rows(n, b.columns) * b.cell * aspect;
}

/** `n` squares filling a block row by row, square in a plot `aspect` times as wide as tall. */
function squares(n: number, b: Block, aspect: number): Rect[] {
	// Rounded to a thousandth of a percent: invisible, and it keeps the prerendered HTML small.
	return gridSquares(n, { ...b, aspect, fill: FILL }).map((r) => ({
		x: round(r.x),
		y: round(r.y),
		w: round(r.w),
		h: round(r.h)
	}));
}

function shown(rects: Rect[], tone: Tone, dy = 0): GroupLayout {
	return { rects, dy, o: 1, tone, visible: true };
}

function hidden(rects: Rect[], tone: Tone, dy = 0): GroupLayout {
	return { rects, dy, o: 0, tone, visible: false };
}

/** The groups' squares as one pool of marks, in GROUPS order, so each square tweens to its next place. */
function scene(state: State, groups: Record<Group, GroupLayout>, labels: UnitLabel[], g: Geometry): Layout {
	const meta: MarkMeta<MarkKind, Tone>[] = [];
	const geom: Geom[] = [];
	for (const g of GROUPS) {
		const { rects, dy, o, tone, visible } = groups[g];
		rects.forEach((r, i) => {
			meta.push({ kind: MARK_KIND[g], key: String(i), tone, visible, shape: 'unit' });
			geom.push(geomOf({ ...r, y: round(r.y + dy) }, o));
		});
	}
	const words = labels.map(unitLabel);
	return { state, caption: '', footnote: '', ...unitFrame(g.aspect), meta, geom, labels: words };
}

/** Each group's figure. */
const FIGURES: Record<Group, string> = {
	accused: 'met-sm-accused',
	formal: 'met-sm-formal-action',
	dismissed: 'met-sm-dismissed',
	resigned: 'met-sm-resigned',
	iopc2016: 'iopc-apsp-2016',
	iopc2021: 'iopc-apsp-2020-21'
};

export function layoutFor(s: State, figures: Figures, _spec: unknown, box: ChartBox = 'regular'): Layout {
	const g = geometryFor(box);
	const CELL = 100 / g.columns;
	const HALF = g.columns / 2;
	const height = (n: number, b: Pick<Block, 'columns' | 'cell'>) => blockHeight(n, b, g.aspect);
	const squaresOf = (n: number, b: Block) => squares(n, b, g.aspect);
	const f = requireFigures('misconduct-funnel', figures, FIGURES);
	const n = Object.fromEntries(GROUPS.map((g) => [g, units(f[g])])) as Record<Group, number>;
	const {
		accused: fAccused,
		formal: fFormal,
		dismissed: fDismissed,
		resigned: fResigned,
		iopc2016: f2016,
		iopc2021: f2021
	} = f;

	// The funnel's blocks, top to bottom.
	const accusedBlock: Block = { x: 0, y: g.firstLabel, columns: g.columns, cell: CELL };
	const formalLabelY = accusedBlock.y + height(n.accused, accusedBlock) + g.gap;
	const formalBlock: Block = { x: 0, y: formalLabelY + g.labelLine, columns: g.columns, cell: CELL };
	const lastRowY = formalBlock.y + height(n.formal, formalBlock) + g.gap;
	const dismissedBlock: Block = { x: 0, y: lastRowY, columns: HALF, cell: CELL };
	const resignedBlock: Block = { x: (HALF + 1) * CELL, y: lastRowY, columns: HALF - 1, cell: CELL };
	const lastLabelY = lastRowY + Math.max(height(n.dismissed, dismissedBlock), height(n.resigned, resignedBlock)) + 1.5;

	const accused = squaresOf(n.accused, accusedBlock);
	const formal = squaresOf(n.formal, formalBlock);
	const dismissed = squaresOf(n.dismissed, dismissedBlock);
	const resigned = squaresOf(n.resigned, resignedBlock);

	// The watchdog's two years.
	const early: Block = { x: 0, y: g.iopcTitle + g.iopcLabel, columns: g.iopcColumns, cell: g.iopcCell };
	const lateLabelY = early.y + height(n.iopc2016, early) + g.gap;
	const late: Block = { x: 0, y: lateLabelY + g.iopcLabel, columns: g.iopcColumns, cell: g.iopcCell };
	const iopc2016 = squaresOf(n.iopc2016, early);
	const iopc2021 = squaresOf(n.iopc2021, late);

	// Where hidden groups wait. The formal-action cases wait a little below their own place
	// and rise in (never out of the block of people); the dismissals, which are cases among
	// those cases, wait as the first squares of the formal-action block; the IOPC years wait
	// a little below where they go.
	const IOPC_RISE = 4;
	const formalWaits = IOPC_RISE;
	const dismissedInFormal = squaresOf(n.dismissed, formalBlock);

	const accusedLabel = (valueTone: 'mark' | 'muted'): UnitLabel => ({
		id: 'accused',
		value: fAccused.display,
		valueTone,
		text: words.accused,
		sub: fAccused.period,
		x: 0,
		y: 0,
		maxWidth: 100
	});
	const formalLabel: UnitLabel = {
		id: 'formal',
		value: fFormal.display,
		valueTone: 'mark',
		text: words.formalAction,
		x: 0,
		// Sits just above its block and grows up into the gap, never down into the squares.
		y: formalBlock.y - LABEL_CLEARANCE,
		valign: 'bottom',
		maxWidth: 100
	};

	const funnelHiddenIopc = {
		iopc2016: hidden(iopc2016, 'muted', IOPC_RISE),
		iopc2021: hidden(iopc2021, 'mark', IOPC_RISE)
	};

	if (s === 'accused') {
		return scene(
			s,
			{
				accused: shown(accused, 'mark'),
				formal: hidden(formal, 'mark', formalWaits),
				dismissed: hidden(dismissedInFormal, 'highlight'),
				resigned: hidden(gathered(resigned), 'highlight-outline'),
				...funnelHiddenIopc
			},
			[accusedLabel('mark')],
			g
		);
	}
	if (s === 'formal-action') {
		return scene(
			s,
			{
				accused: shown(accused, 'muted'),
				formal: shown(formal, 'mark'),
				dismissed: hidden(dismissedInFormal, 'highlight'),
				resigned: hidden(gathered(resigned), 'highlight-outline'),
				...funnelHiddenIopc
			},
			[accusedLabel('muted'), formalLabel],
			g
		);
	}
	if (s === 'dismissed') {
		return scene(
			s,
			{
				accused: shown(accused, 'muted'),
				formal: shown(formal, 'mark'),
				dismissed: shown(dismissed, 'highlight'),
				resigned: shown(resigned, 'highlight-outline'),
				...funnelHiddenIopc
			},
			[
				accusedLabel('muted'),
				formalLabel,
				{
					id: 'dismissed',
					value: fDismissed.display,
					valueTone: 'highlight',
					text: words.dismissed,
					x: dismissedBlock.x,
					y: lastLabelY,
					maxWidth: HALF * CELL - 2
				},
				{
					id: 'resigned',
					value: fResigned.display,
					valueTone: 'highlight',
					text: words.resigned,
					x: resignedBlock.x,
					y: lastLabelY,
					maxWidth: 100 - resignedBlock.x
				}
			],
			g
		);
	}

	// iopc: the funnel fades where it is; the watchdog's two years rise into place.
	return scene(
		s,
		{
			accused: hidden(accused, 'muted'),
			formal: hidden(formal, 'mark'),
			dismissed: hidden(dismissed, 'highlight'),
			resigned: hidden(resigned, 'highlight-outline'),
			iopc2016: shown(iopc2016, 'muted'),
			iopc2021: shown(iopc2021, 'mark')
		},
		[
			{
				id: 'iopc-title',
				text: words.iopcTitle,
				sub: words.iopcScope(f2021.place),
				x: 0,
				y: 0,
				maxWidth: 100
			},
			{
				id: 'iopc-2016',
				value: f2016.display,
				valueTone: 'muted',
				text: words.inPeriod(f2016.period),
				x: 0,
				y: early.y - LABEL_CLEARANCE,
				valign: 'bottom',
				maxWidth: 100
			},
			{
				id: 'iopc-2020-21',
				value: f2021.display,
				valueTone: 'mark',
				text: words.inPeriod(f2021.period),
				x: 0,
				y: late.y - LABEL_CLEARANCE,
				valign: 'bottom',
				maxWidth: 100
			}
		],
		g
	);
}

export default defineChart(spec, layoutFor, { boxes: ['wide', 'compact'] });
