import { requireFigures, type Figures } from '../chartFigures';
import { defineChart } from '../define';
import { spec, type State } from './spec';
import { charts } from '$content/strings';
import { collapse, geomOf, gridSquares, unitLabel, units, type Box, type UnitLabel } from '../toolkit/units';
import type { Geom, MarkMeta, Scene, Tone as MarkTone } from '../toolkit/scene';

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

/** Width over height of the box the squares are designed for. */
export const ASPECT = 1;
const FILL = 0.76;

/** The funnel: 50 columns across the full width. */
const COLUMNS = 50;
const CELL = 100 / COLUMNS;
const HALF = COLUMNS / 2;
const GAP = 3;
/** Height reserved for a one-line label above a block. */
const LABEL_LINE = 6;
/** Space between a label and the block of squares under it. */
const LABEL_CLEARANCE = 0.5;
/** Height reserved for the first label (value, words and the period). */
const FIRST_LABEL = 13;

/** The watchdog comparison: 10 columns of bigger squares. */
const IOPC_COLUMNS = 10;
const IOPC_CELL = 6;
const IOPC_TITLE = 19;

interface Block {
	x: number;
	y: number;
	columns: number;
	cell: number;
}

function rows(n: number, columns: number): number {
	return Math.max(1, Math.ceil(n / columns));
}

function blockHeight(n: number, b: Pick<Block, 'columns' | 'cell'>): number {
	return rows(n, b.columns) * b.cell * ASPECT;
}

function round(v: number): number {
	return Math.round(v * 1000) / 1000;
}

/** `n` squares filling a block row by row. */
function squares(n: number, b: Block): Rect[] {
	// Rounded to a thousandth of a percent: invisible, and it keeps the prerendered HTML small.
	return gridSquares(n, { ...b, aspect: ASPECT, fill: FILL }).map((r) => ({
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
function scene(state: State, groups: Record<Group, GroupLayout>, labels: UnitLabel[]): Layout {
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
	return { state, caption: '', footnote: '', frame: 'unit', meta, geom, labels: words };
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

export function layoutFor(s: State, figures: Figures): Layout {
	const f = requireFigures('misconduct-funnel', figures, FIGURES);
	const words = charts['misconduct-funnel'];
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
	const accusedBlock: Block = { x: 0, y: FIRST_LABEL, columns: COLUMNS, cell: CELL };
	const formalLabelY = accusedBlock.y + blockHeight(n.accused, accusedBlock) + GAP;
	const formalBlock: Block = { x: 0, y: formalLabelY + LABEL_LINE, columns: COLUMNS, cell: CELL };
	const lastRowY = formalBlock.y + blockHeight(n.formal, formalBlock) + GAP;
	const dismissedBlock: Block = { x: 0, y: lastRowY, columns: HALF, cell: CELL };
	const resignedBlock: Block = { x: (HALF + 1) * CELL, y: lastRowY, columns: HALF - 1, cell: CELL };
	const lastLabelY =
		lastRowY + Math.max(blockHeight(n.dismissed, dismissedBlock), blockHeight(n.resigned, resignedBlock)) + 1.5;

	const accused = squares(n.accused, accusedBlock);
	const formal = squares(n.formal, formalBlock);
	const dismissed = squares(n.dismissed, dismissedBlock);
	const resigned = squares(n.resigned, resignedBlock);

	// The watchdog's two years.
	const early: Block = { x: 0, y: IOPC_TITLE + LABEL_LINE, columns: IOPC_COLUMNS, cell: IOPC_CELL };
	const lateLabelY = early.y + blockHeight(n.iopc2016, early) + GAP;
	const late: Block = { x: 0, y: lateLabelY + LABEL_LINE, columns: IOPC_COLUMNS, cell: IOPC_CELL };
	const iopc2016 = squares(n.iopc2016, early);
	const iopc2021 = squares(n.iopc2021, late);

	// Where hidden groups wait. The formal-action cases wait a little below their own place
	// and rise in (never out of the block of people); the dismissals, which are cases among
	// those cases, wait as the first squares of the formal-action block; the IOPC years wait
	// a little below where they go.
	const IOPC_RISE = 4;
	const formalWaits = IOPC_RISE;
	const dismissedInFormal = squares(n.dismissed, formalBlock);

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
				resigned: hidden(resigned.map(collapse), 'highlight-outline'),
				...funnelHiddenIopc
			},
			[accusedLabel('mark')]
		);
	}
	if (s === 'formal-action') {
		return scene(
			s,
			{
				accused: shown(accused, 'muted'),
				formal: shown(formal, 'mark'),
				dismissed: hidden(dismissedInFormal, 'highlight'),
				resigned: hidden(resigned.map(collapse), 'highlight-outline'),
				...funnelHiddenIopc
			},
			[accusedLabel('muted'), formalLabel]
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
			]
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
		]
	);
}

export default defineChart(spec, layoutFor);
