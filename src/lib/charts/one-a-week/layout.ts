import type { Figure } from '$lib/data/types';
import { chartFigure, type Figures } from '../chartFigures';
import { defineChart, type ChartSpec } from '../define';
import { spec, type State } from './spec';
import { words } from '$content/charts/one-a-week';
import { type Geom, type KeyLine, type Label, type MarkMeta as SceneMarkMeta, type Scene } from '../toolkit/scene';

/**
 * "One woman a week": EVAW's claim as 52 weekly marks, then what sourced data says.
 * Everything is in percent of the plot box, which keeps one shape (`squarePlot`: it is
 * ASPECT times as wide as tall), so the counted marks are square at every size;
 * the marks are one fixed pool (the 52 week boxes, the counted marks, the four conviction
 * bars) that moves between states, so the transition reads as the same marks being
 * regrouped. Marks a state does not use have opacity 0.
 */

export type MarkStyle = 'claim' | 'accusation' | 'nearly' | 'report' | 'met' | 'hidden';
export type MarkKind = 'week' | 'unit' | 'report' | 'bar';
export type Layout = Scene<State, MarkKind>;

/** A counted mark's place and look, before it becomes part of the scene. */
interface Mark {
	x: number;
	y: number;
	w: number;
	h: number;
	style: MarkStyle;
}

interface Bar {
	id: string;
	group: keyof typeof words.periods;
	series: 'police' | 'all';
	x: number;
	y: number;
	w: number;
	h: number;
	display: string;
}

/**
 * The plot's width over its height: wide enough for a conviction bar's label on one line
 * beside it in a 320 px screen, tall enough for the 308 report squares.
 */
const ASPECT = 1.8;
const WEEKS = 52;
const WEEK_COLUMNS = 13;
const GRID_TOP = 1;
const GRID_BOTTOM = 99;

const need = (figures: Figures, id: string): Figure => chartFigure('one-a-week', figures, id);

/** The largest number of marks any state shows; every state returns exactly this many. */
export function poolSize(figures: Figures): number {
	return Math.max(
		WEEKS * Math.ceil(need(figures, 'tbij-accused-per-week').value),
		need(figures, 'byline-reports-2020-21').value
	);
}

/**
 * A week's counted marks: one square per accusation (or, for the claim, per woman), stacked up
 * from the bottom of the week's box like a tally, room for five.
 */
function weekGrid(figures: Figures, perWeek: number, nearlyLast: boolean): Mark[] {
	const rows = WEEKS / WEEK_COLUMNS;
	const cellW = 100 / WEEK_COLUMNS;
	const cellH = (GRID_BOTTOM - GRID_TOP) / rows;
	const slotH = (cellH * 0.86) / 5;
	// Square: as tall in pixels as wide, so ASPECT times more percent of the height.
	const sideH = slotH * 0.8;
	const sideW = sideH / ASPECT;
	const pool = poolSize(figures);
	const marks: Mark[] = [];
	for (let week = 0; week < WEEKS; week++) {
		const col = week % WEEK_COLUMNS;
		const row = Math.floor(week / WEEK_COLUMNS);
		for (let k = 0; k < perWeek; k++) {
			marks.push({
				x: col * cellW + (cellW - sideW) / 2,
				y: GRID_TOP + row * cellH + cellH * 0.86 - (k + 1) * slotH + (slotH - sideH) / 2,
				w: sideW,
				h: sideH,
				style: perWeek === 1 ? 'claim' : nearlyLast && k === perWeek - 1 ? 'nearly' : 'accusation'
			});
		}
	}
	while (marks.length < pool) {
		const last = marks[marks.length % (WEEKS * perWeek)] as Mark;
		marks.push({ ...last, style: 'hidden' });
	}
	return marks;
}

function weekCells(): Geom[] {
	const rows = WEEKS / WEEK_COLUMNS;
	const cellW = 100 / WEEK_COLUMNS;
	const cellH = (GRID_BOTTOM - GRID_TOP) / rows;
	return Array.from({ length: WEEKS }, (_, week) => ({
		x: (week % WEEK_COLUMNS) * cellW + cellW * 0.06,
		y: GRID_TOP + Math.floor(week / WEEK_COLUMNS) * cellH + cellH * 0.04,
		w: cellW * 0.88,
		h: cellH * 0.9,
		o: 1
	}));
}

function reportGrid(figures: Figures): Mark[] {
	const reports = need(figures, 'byline-reports-2020-21').value;
	const met = need(figures, 'byline-met-reports').value;
	const columns = 26;
	const cellW = 100 / columns;
	// Square cells: as many pixels tall as wide.
	const cellH = cellW * ASPECT;
	const pool = poolSize(figures);
	return Array.from({ length: pool }, (_, i): Mark => {
		const index = Math.min(i, reports - 1);
		return {
			x: (index % columns) * cellW + cellW * 0.12,
			y: GRID_TOP + Math.floor(index / columns) * cellH + cellH * 0.12,
			w: cellW * 0.76,
			h: cellH * 0.76,
			style: i >= reports ? 'hidden' : i < met ? 'met' : 'report'
		};
	});
}

function convictionBars(figures: Figures): Bar[] {
	const pairs = [
		{ group: '2015-18', police: 'conviction-police-2015-18', all: 'conviction-all-2015-18' },
		{ group: '2015-20', police: 'conviction-police-2015-20', all: 'conviction-all-2015-20' }
	] as const;
	const max = Math.max(...pairs.flatMap((p) => [need(figures, p.police).value, need(figures, p.all).value]));
	// The longest bar leaves 58% of the width for its value label, on one line in a 320 px phone or a 367 px wide box.
	const scale = (v: number) => (v / max) * 40;
	return pairs.flatMap((p, i) => {
		const top = 14 + i * 46;
		return (['police', 'all'] as const).map((series, j) => {
			const f = need(figures, p[series]);
			return { id: f.id, group: p.group, series, x: 0, y: top + j * 16, w: scale(f.value), h: 13, display: f.display };
		});
	});
}

/** Each state's key over the plot. */
function keyFor(state: State, figures: Figures): KeyLine[] {
	switch (state) {
		case 'five-a-week':
			return [
				{ id: 'legend', text: words.perWeek(need(figures, 'tbij-accused-per-week').display), tone: 'mark' },
				{ id: 'nearly', text: words.nearly, tone: 'muted' }
			];
		case 'reports-2020':
			return [
				{
					id: 'legend',
					text: words.reports(
						need(figures, 'byline-reports-2020-21').display,
						need(figures, 'byline-forces-answered').display,
						need(figures, 'byline-forces-total').display
					),
					tone: 'mark'
				},
				{ id: 'met', text: words.met(need(figures, 'byline-met-reports').display), tone: 'highlight' }
			];
		case 'convictions':
			return [
				{ id: 'legend', text: words.convictions, tone: 'mark' },
				{ id: 'key', text: words.convictionsKey, tone: 'muted' }
			];
		default:
			return [
				{ id: 'legend', text: words.claim(need(figures, 'evaw-one-a-week').display), tone: 'highlight' },
				{ id: 'unsourced', text: words.unsourced, tone: 'muted' }
			];
	}
}

/** The counted marks of a state (always the full pool; marks it does not show are 'hidden'). */
function marksFor(state: State, figures: Figures): Mark[] {
	switch (state) {
		case 'five-a-week':
			return weekGrid(figures, Math.ceil(need(figures, 'tbij-accused-per-week').value), true);
		case 'reports-2020':
			return reportGrid(figures);
		case 'convictions':
			// Hidden where the claim's marks stand, so they fade out of the last grid in place.
			return weekGrid(figures, 1, false).map((m) => ({ ...m, style: 'hidden' as const }));
		default:
			return weekGrid(figures, 1, false);
	}
}

const MARK_TONE = {
	claim: 'ring',
	accusation: 'mark',
	nearly: 'dotted',
	report: 'mark',
	met: 'highlight',
	hidden: 'mark'
} as const;

export function layoutFor(state: State, figures: Figures, chartSpec: ChartSpec<State>): Layout {
	const meta: SceneMarkMeta<MarkKind>[] = [];
	const geom: Geom[] = [];
	const labels: Label[] = [];

	const weeksShown = state === 'claim' || state === 'five-a-week';
	for (const [i, cell] of weekCells().entries()) {
		meta.push({ kind: 'week', shape: 'bar', key: String(i), tone: 'cell', visible: weeksShown });
		geom.push({ ...cell, o: weeksShown ? 1 : 0 });
	}

	const pool = poolSize(figures);
	for (const m of marksFor(state, figures).slice(0, pool)) {
		const visible = m.style !== 'hidden';
		meta.push({
			kind: m.style === 'met' ? 'report' : 'unit',
			shape: 'unit',
			key: m.style,
			grouped: true,
			tone: MARK_TONE[m.style],
			visible
		});
		geom.push({ x: m.x, y: m.y, w: m.w, h: m.h, o: visible ? 1 : 0 });
	}

	// Bars grow from zero at the left edge when their state comes.
	const barsShown = state === 'convictions';
	for (const bar of convictionBars(figures)) {
		meta.push({
			kind: 'bar',
			shape: 'bar',
			key: bar.id,
			tone: bar.series === 'police' ? 'mark' : 'hollow',
			visible: barsShown,
			...(barsShown ? { value: bar.display } : {})
		});
		geom.push({ x: bar.x, y: bar.y, w: barsShown ? bar.w : 0, h: bar.h, o: barsShown ? 1 : 0 });
		if (!barsShown) continue;
		labels.push({
			id: `value-${bar.id}`,
			parts: [
				{
					text: bar.series === 'police' ? words.policeAccused(bar.display) : words.allCases(bar.display),
					strong: bar.series === 'police',
					muted: bar.series === 'all'
				}
			],
			x: bar.w + 1.5,
			y: bar.y + bar.h / 2,
			anchor: 'start',
			valign: 'middle',
			size: 'normal',
			maxWidth: 100 - bar.w - 2,
			mark: 'value-label',
			value: bar.display
		});
	}
	if (barsShown) {
		for (const group of Object.keys(words.periods) as Bar['group'][]) {
			const first = convictionBars(figures).find((b) => b.group === group)!;
			labels.push({
				id: `group-${group}`,
				parts: [{ text: words.periods[group], strong: true, muted: true }],
				x: 0,
				// Just above its first bar, growing up into the gap whatever the plot's height.
				y: first.y - 1,
				anchor: 'start',
				valign: 'bottom',
				size: 'normal',
				maxWidth: 40,
				mark: 'group-label'
			});
		}
	}

	const lines = keyFor(state, figures);
	return {
		state,
		caption: lines[0]?.text ?? '',
		footnote: lines
			.slice(1)
			.map((l) => l.text)
			.join('. '),
		meta,
		geom,
		labels,
		key: { lines, every: chartSpec.states.map((s) => keyFor(s.id, figures)) },
		squarePlot: true,
		aspect: ASPECT
	};
}

export default defineChart(spec, layoutFor);
