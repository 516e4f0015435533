import { requireFigures, type Figures } from '../chartFigures';
import { defineChart } from '../define';
import { spec, type State } from './spec';
import { collapse, gridSquares, units, type Box } from '../toolkit/units';

/** A rectangle with an opacity (0 = hidden). */
export type Rect = Box & { o: number };
import type { ChartLabel } from '../labels/labels';

/**
 * Reporting to the police, reported to the Home Office.
 *
 * - forces: one square per force the BBC asked in 2018; those that said they referred
 *   victims and witnesses to immigration enforcement are filled and grouped first. The
 *   others are labelled only as not having said they did (the published figures do not
 *   split them further).
 * - super-complaint, safe-to-share: a small vertical timeline, on a time scale, of the
 *   super-complaint and the watchdogs' report.
 * - believed: the study's "2 in 3" as three figures with two filled, and the sample
 *   described in words (a small London study, not representative). No count of women is
 *   worked out from it.
 *
 * Everything is in percent of the chart box.
 */

/** A force's square and whether it is in the highlighted group. */
export interface ForceMark extends Rect {
	referred: boolean;
}

export interface AxisLine {
	x: number;
	y1: number;
	y2: number;
	o: number;
}

/** A year on the timeline: a tick where it starts, and its label in the middle of its span. */
export interface Tick {
	id: string;
	/** Where the year starts (a short tick), or null when it starts before the line's first date. */
	y: number | null;
	/** The year, shown at labelY; empty when too little of the year is on the line to label. */
	text: string;
	labelY: number;
}

export interface TimelineEvent {
	id: string;
	date: string;
	text: string;
	y: number;
	tone: 'primary' | 'highlight';
}

export interface Person {
	id: string;
	/** Centre, percent of the box width. */
	x: number;
	highlight: boolean;
}

export type Tone = 'primary' | 'highlight' | 'outline' | 'muted';

export type Label = ChartLabel<Tone>;

export interface Layout {
	state: State;
	forces: ForceMark[];
	axis: AxisLine;
	ticks: Tick[];
	events: TimelineEvent[];
	/** Top of the row of figures, percent of the box height. */
	peopleTop: number;
	people: Person[];
	labels: Label[];
}

export const ASPECT = 1;
const FILL = 0.76;

const FORCE_COLUMNS = 9;
const FORCE_CELL = 7;
const FORCES_TOP = 21;
const FORCE_GROUP_GAP = 19;

/** The timeline's vertical line, and where its two dates sit. */
export const AXIS_X = 14;
const AXIS_TOP = 6;
const FIRST_EVENT_Y = 14;
const LAST_EVENT_Y = 64;
const AXIS_BOTTOM = LAST_EVENT_Y + 8;
/** A year needs this many days on the line to get a label. */
const MIN_LABELLED_DAYS = 120;

const PEOPLE_TOP = 30;

/** Days since the epoch of an ISO date (YYYY-MM-DD). */
function day(iso: string): number {
	return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/**
 * "2 in 3" → { part: 2, whole: 3 }. The whole is read from the display text (the figure's
 * value is the part). Returns null for anything else, so the chart shows no figures
 * rather than a ratio it made up.
 */
export function parseRatio(display: string): { part: number; whole: number } | null {
	const m = /^\s*(\d+)\s+in\s+(\d+)\s*$/.exec(display);
	if (!m) return null;
	const part = Number(m[1]);
	const whole = Number(m[2]);
	if (!(whole > 0) || part < 0 || part > whole || whole > 10) return null;
	return { part, whole };
}

/** The forces that said they referred, then the others below a gap; collapsed when o is 0. */
function forceMarks(asked: number, referred: number, o: number): ForceMark[] {
	const grid = { x: 0, columns: FORCE_COLUMNS, cell: FORCE_CELL, aspect: ASPECT, fill: FILL };
	const squares = [
		...gridSquares(referred, { ...grid, y: FORCES_TOP }).map((r) => ({ ...r, referred: true })),
		...gridSquares(asked - referred, { ...grid, y: forceGeometry(referred).secondTop }).map((r) => ({
			...r,
			referred: false
		}))
	];
	return squares.map((r) => (o > 0 ? { ...r, o } : { ...collapse(r), o: 0 }));
}

/** Where the second group of forces starts, and where the label under the first goes. */
function forceGeometry(referred: number) {
	const cellH = FORCE_CELL * ASPECT;
	const referredRows = Math.ceil(referred / FORCE_COLUMNS);
	const firstBottom = FORCES_TOP + referredRows * cellH;
	return {
		firstLabelY: firstBottom + 1,
		secondTop: firstBottom + FORCE_GROUP_GAP
	};
}

export function layoutFor(s: State, figures: Figures): Layout {
	const {
		asked: fAsked,
		referred: fReferred,
		complaint: fComplaint,
		report: fReport,
		sample: fSample,
		believed: fBelieved
	} = requireFigures('migrant-data-sharing', figures, {
		asked: 'forces-asked-2018',
		referred: 'forces-referring-2018',
		complaint: 'event-super-complaint-migrant',
		report: 'event-safe-to-share',
		sample: 'lawrs-sample',
		believed: 'lawrs-not-believed'
	});

	const asked = units(fAsked);
	const referred = Math.min(units(fReferred), asked);

	// The timeline on a time scale between its two dates.
	const d1 = day(fComplaint.date ?? '');
	const d2 = day(fReport.date ?? '');
	const y = (d: number) => FIRST_EVENT_Y + ((d - d1) / Math.max(d2 - d1, 1)) * (LAST_EVENT_Y - FIRST_EVENT_Y);
	const firstYear = Number((fComplaint.date ?? '').slice(0, 4));
	const lastYear = Number((fReport.date ?? '').slice(0, 4));
	const ticks: Tick[] = [];
	for (let year = firstYear; year <= lastYear; year++) {
		const start = Math.max(day(`${year}-01-01`), d1);
		const end = Math.min(day(`${year + 1}-01-01`), d2);
		const starts = day(`${year}-01-01`);
		ticks.push({
			id: `y${year}`,
			y: starts > d1 ? y(starts) : null,
			text: end - start >= MIN_LABELLED_DAYS ? String(year) : '',
			labelY: y((start + end) / 2)
		});
	}

	const eventComplaint = (tone: TimelineEvent['tone']): TimelineEvent => ({
		id: 'super-complaint',
		date: fComplaint.display,
		text: fComplaint.label,
		y: y(d1),
		tone
	});
	const eventReport: TimelineEvent = {
		id: 'safe-to-share',
		date: fReport.display,
		text: fReport.label,
		y: y(d2),
		tone: 'highlight'
	};

	const axisShown: AxisLine = { x: AXIS_X, y1: AXIS_TOP, y2: AXIS_BOTTOM, o: 1 };
	const axisHidden: AxisLine = { x: AXIS_X, y1: AXIS_TOP, y2: AXIS_TOP, o: 0 };

	const empty = { ticks: [], events: [], people: [], peopleTop: PEOPLE_TOP };

	if (s === 'forces') {
		const g = forceGeometry(referred);
		return {
			state: s,
			forces: forceMarks(asked, referred, 1),
			axis: axisHidden,
			...empty,
			labels: [
				{
					id: 'asked',
					value: fAsked.display,
					text: 'UK police forces were asked',
					sub: `by the BBC, ${fAsked.period}`,
					x: 0,
					y: 0,
					maxWidth: 100,
					tone: 'muted'
				},
				{
					id: 'referred',
					value: fReferred.display,
					text: 'said they referred victims and witnesses of crime to immigration enforcement',
					x: 0,
					y: g.firstLabelY,
					maxWidth: 100,
					tone: 'highlight'
				},
				{
					id: 'not-said',
					text: 'Did not say they did',
					x: 0,
					y: g.secondTop + Math.ceil((asked - referred) / FORCE_COLUMNS) * FORCE_CELL * ASPECT + 1,
					maxWidth: 100,
					tone: 'outline'
				}
			]
		};
	}

	if (s === 'super-complaint' || s === 'safe-to-share') {
		return {
			state: s,
			forces: forceMarks(asked, referred, 0),
			axis: axisShown,
			ticks,
			events: s === 'super-complaint' ? [eventComplaint('highlight')] : [eventComplaint('primary'), eventReport],
			people: [],
			peopleTop: PEOPLE_TOP,
			labels: []
		};
	}

	// believed
	const ratio = parseRatio(fBelieved.display);
	const people: Person[] = ratio
		? Array.from({ length: ratio.whole }, (_, i) => ({
				id: `p${i}`,
				x: ((i + 1) * 100) / (ratio.whole + 1),
				highlight: i < ratio.part
			}))
		: [];
	return {
		state: s,
		forces: forceMarks(asked, referred, 0),
		axis: axisHidden,
		ticks: [],
		events: [],
		people,
		peopleTop: PEOPLE_TOP,
		labels: [
			{
				id: 'not-believed',
				value: fBelieved.display,
				text: 'migrant women felt they would not be believed',
				x: 50,
				align: 'center',
				y: 0,
				maxWidth: 100,
				tone: 'highlight',
				big: true
			},
			{
				id: 'sample',
				text: `In a study of ${fSample.display} migrant women with insecure immigration status in ${fSample.place} (not representative)`,
				// The publisher's name without its parenthetical, so the line fits a short phone.
				sub: `${fSample.source.publisher.split(' (')[0]}, ${fSample.period}`,
				x: 50,
				align: 'center',
				y: 72,
				maxWidth: 100,
				tone: 'muted'
			}
		]
	};
}

export default defineChart(spec, layoutFor);
