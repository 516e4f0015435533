import type { Figure } from '$lib/data/types';
import { chartFigure, type Figures } from '../chartFigures';
import { defineChart } from '../define';
import { spec, type State } from './spec';

/**
 * "One woman a week": EVAW's claim as 52 weekly marks, then what sourced data says.
 * Everything is in percent of the chart box; marks are a fixed pool that moves between
 * states, so the transition reads as the same marks being regrouped.
 */
export type MarkStyle = 'claim' | 'accusation' | 'nearly' | 'report' | 'met' | 'hidden';

export interface Mark {
	x: number;
	y: number;
	w: number;
	h: number;
	style: MarkStyle;
}

export interface Bar {
	id: string;
	group: string;
	series: 'police' | 'all';
	x: number;
	y: number;
	w: number;
	h: number;
	display: string;
}

export interface Label {
	id: string;
	text: string;
	x: number;
	y: number;
	align: 'start' | 'end';
	tone: 'claim' | 'mark' | 'highlight' | 'muted' | 'axis';
	/** Maximum width in percent of the box, so long labels wrap instead of clipping. */
	maxWidth: number;
}

/** A line of the key above the marks, in reading order. */
export interface LegendLine {
	id: string;
	text: string;
	tone: Label['tone'];
}

/** A week's box, drawn faintly behind its marks. */
export interface Cell {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface Layout {
	state: string;
	legend: LegendLine[];
	/** The 52 weeks, shown while the marks stand for weeks. */
	weeks: Cell[];
	marks: Mark[];
	bars: Bar[];
	labels: Label[];
}

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

function weekGrid(figures: Figures, perWeek: number, nearlyLast: boolean): Mark[] {
	const rows = WEEKS / WEEK_COLUMNS;
	const cellW = 100 / WEEK_COLUMNS;
	const cellH = (GRID_BOTTOM - GRID_TOP) / rows;
	const pool = poolSize(figures);
	const marks: Mark[] = [];
	for (let week = 0; week < WEEKS; week++) {
		const col = week % WEEK_COLUMNS;
		const row = Math.floor(week / WEEK_COLUMNS);
		const slotH = (cellH * 0.86) / 5;
		for (let k = 0; k < perWeek; k++) {
			marks.push({
				x: col * cellW + cellW * 0.14,
				y: GRID_TOP + row * cellH + cellH * 0.86 - (k + 1) * slotH + slotH * 0.12,
				w: cellW * 0.72,
				h: slotH * 0.76,
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

function weekCells(): Cell[] {
	const rows = WEEKS / WEEK_COLUMNS;
	const cellW = 100 / WEEK_COLUMNS;
	const cellH = (GRID_BOTTOM - GRID_TOP) / rows;
	return Array.from({ length: WEEKS }, (_, week) => ({
		x: (week % WEEK_COLUMNS) * cellW + cellW * 0.06,
		y: GRID_TOP + Math.floor(week / WEEK_COLUMNS) * cellH + cellH * 0.04,
		w: cellW * 0.88,
		h: cellH * 0.9
	}));
}

function reportGrid(figures: Figures): Mark[] {
	const reports = need(figures, 'byline-reports-2020-21').value;
	const met = need(figures, 'byline-met-reports').value;
	const columns = 22;
	const rows = Math.ceil(reports / columns);
	const cellW = 100 / columns;
	const cellH = (GRID_BOTTOM - GRID_TOP) / rows;
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
		{ group: '2015–18', police: 'conviction-police-2015-18', all: 'conviction-all-2015-18' },
		{ group: '2015–20', police: 'conviction-police-2015-20', all: 'conviction-all-2015-20' }
	];
	const max = Math.max(...pairs.flatMap((p) => [need(figures, p.police).value, need(figures, p.all).value]));
	const scale = (v: number) => (v / max) * 60;
	return pairs.flatMap((p, i) => {
		const top = 14 + i * 46;
		return (['police', 'all'] as const).map((series, j) => {
			const f = need(figures, p[series]);
			return { id: f.id, group: p.group, series, x: 0, y: top + j * 16, w: scale(f.value), h: 13, display: f.display };
		});
	});
}

export function layoutFor(known: State, figures: Figures): Layout {
	const claim = need(figures, 'evaw-one-a-week');
	const perWeek = need(figures, 'tbij-accused-per-week');
	const pool = poolSize(figures);
	switch (known) {
		case 'five-a-week':
			return {
				state: known,
				weeks: weekCells(),
				marks: weekGrid(figures, Math.ceil(perWeek.value), true),
				bars: [],
				labels: [],
				legend: [
					{
						id: 'legend',
						text: `Police officers and staff accused of domestic abuse: ${perWeek.display}, 2015–18`,
						tone: 'mark'
					},
					{ id: 'nearly', text: 'Lighter top mark: “nearly”', tone: 'muted' }
				]
			};
		case 'reports-2020': {
			const reports = need(figures, 'byline-reports-2020-21');
			const met = need(figures, 'byline-met-reports');
			const answered = need(figures, 'byline-forces-answered');
			const total = need(figures, 'byline-forces-total');
			return {
				state: known,
				weeks: [],
				marks: reportGrid(figures),
				bars: [],
				labels: [],
				legend: [
					{
						id: 'legend',
						text: `${reports.display} reports against police staff, 2020/21, in ${answered.display} of ${total.display} forces`,
						tone: 'mark'
					},
					{ id: 'met', text: `${met.display} of them in the Met (darker pink, first rows)`, tone: 'highlight' }
				]
			};
		}
		case 'convictions': {
			const bars = convictionBars(figures);
			const labels: Label[] = [];
			const legend: LegendLine[] = [
				{ id: 'legend', text: 'Share of domestic abuse reports that led to a conviction', tone: 'mark' },
				{
					id: 'key',
					text: 'Filled bars: police accused. Outlined bars: all cases, as each source counts them',
					tone: 'muted'
				}
			];
			for (const bar of bars) {
				labels.push({
					id: `value-${bar.id}`,
					text: `${bar.display} ${bar.series === 'police' ? 'police accused' : 'all cases'}`,
					x: bar.w + 1.5,
					y: bar.y + bar.h / 2,
					align: 'start',
					tone: bar.series === 'police' ? 'mark' : 'muted',
					maxWidth: 100 - bar.w - 2
				});
			}
			for (const group of ['2015–18', '2015–20']) {
				const first = bars.find((b) => b.group === group) as Bar;
				labels.push({
					id: `group-${group}`,
					text: group,
					x: 0,
					y: first.y - 11,
					align: 'start',
					tone: 'axis',
					maxWidth: 40
				});
			}
			const hidden = weekGrid(figures, 1, false).map((m) => ({ ...m, style: 'hidden' as const }));
			return { state: known, legend, weeks: [], marks: hidden.slice(0, pool), bars, labels };
		}
		default:
			return {
				state: known,
				weeks: weekCells(),
				marks: weekGrid(figures, 1, false),
				bars: [],
				labels: [],
				legend: [
					{
						id: 'legend',
						text: `EVAW says ${claim.display} reports domestic abuse by a police officer: one mark a week for a year`,
						tone: 'claim'
					},
					{
						id: 'unsourced',
						text: 'Each box is one week. EVAW’s figure: we found no published source for it',
						tone: 'muted'
					}
				]
			};
	}
}

export default defineChart(spec, layoutFor);
