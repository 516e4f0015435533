import { requireFigures, type Figures } from '../chartFigures';
import { defineChart } from '../define';
import { spec, type State } from './spec';
import { words } from '$content/charts/migrant-data-sharing';
import { gathered, geomOf, gridSquares, unitLabel, units, unitAspect, unitFrame } from '../toolkit/units';
import type { ChartBox, Geom, Label, MarkMeta, Scene, Shape, Tone as MarkTone } from '../toolkit/scene';

/**
 * Reporting to the police, reported to the Home Office.
 *
 * - forces: one square per force the BBC asked in 2018; those that said they referred
 *   victims and witnesses to immigration enforcement are filled and grouped first. The
 *   others are labelled only as not having said they did (the published figures do not
 *   split them further).
 * - super-complaint, safe-to-share: a small vertical timeline, on a time scale, of the
 *   super-complaint and the watchdogs' report.
 * - believed: the study's "2 in 3" as three figures with two filled (the figure's value
 *   and its `outOf`, never read from the display text), and the sample described in words
 *   (a small London study, not representative). No count of women is worked out from it.
 *
 * Everything is in percent of the chart box.
 */

/** A force's square and whether it is in the highlighted group. */
export type MarkKind = 'force' | 'axis' | 'tick' | 'event' | 'woman';
export type Tone = Extract<MarkTone, 'mark' | 'highlight' | 'outline' | 'muted-ink'>;
export type Layout = Scene<State, MarkKind, Tone>;

/** A year on the timeline: a tick where it starts, and its label in the middle of its span. */
interface Tick {
	id: string;
	/** Where the year starts (a short tick), or null when it starts before the line's first date. */
	y: number | null;
	/** The year, shown at labelY; empty when too little of the year is on the line to label. */
	text: string;
	labelY: number;
}

interface TimelineEvent {
	id: string;
	date: string;
	text: string;
	y: number;
	tone: 'mark' | 'highlight';
}

const FILL = 0.76;

/**
 * The forces' grid in a box (see CHART_BOXES). `regular`: a plot within 1.15 of square, the
 * labels above and under the squares. `wide`: a plot WIDE_UNIT_ASPECT times as wide as tall, about
 * 214 px tall: the labels in a column on the left, each beside its squares on the right.
 */
interface Geometry {
	/** The plot's width over its height: a square cell `cell` wide is `cell * aspect` tall. */
	aspect: number;
	columns: number;
	cell: number;
	/** Where the squares start across, and where the first group starts down. */
	x: number;
	top: number;
	/** Gap between the two groups of forces. */
	groupGap: number;
	/** Labels beside the squares (wide) or above and under them (regular). */
	beside: boolean;
}

function geometryFor(box: ChartBox): Geometry {
	if (box === 'wide') {
		return { aspect: unitAspect(box), columns: 15, cell: 3.6, x: 44, top: 36, groupGap: 22, beside: true };
	}
	return { aspect: 1, columns: 9, cell: 7, x: 0, top: 21, groupGap: 19, beside: false };
}

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

/** The forces that said they referred, then the others below a gap; gathered in when o is 0. */
function forceMarks(asked: number, referred: number, o: number, g: Geometry): (Geom & { referred: boolean })[] {
	const grid = { x: g.x, columns: g.columns, cell: g.cell, aspect: g.aspect, fill: FILL };
	const squares = [
		...gridSquares(referred, { ...grid, y: g.top }).map((r) => ({ ...r, referred: true })),
		...gridSquares(asked - referred, { ...grid, y: forceGeometry(referred, g).secondTop }).map((r) => ({
			...r,
			referred: false
		}))
	];
	return (o > 0 ? squares : gathered(squares)).map((r) => ({ ...geomOf(r, o), referred: r.referred }));
}

/** Where the second group of forces starts, and where the label under the first goes. */
function forceGeometry(referred: number, g: Geometry) {
	const cellH = g.cell * g.aspect;
	const referredRows = Math.ceil(referred / g.columns);
	const firstBottom = g.top + referredRows * cellH;
	return {
		firstLabelY: g.beside ? g.top : firstBottom + 1,
		secondTop: firstBottom + g.groupGap
	};
}

/** One mark of the pool: its look and where it is; shown when o > 0. */
interface Placed {
	kind: MarkKind;
	key: string;
	tone: Tone;
	shape: Shape;
	geom: Geom;
}

function scene(state: State, marks: Placed[], labels: Label[], aspect: number): Layout {
	return {
		state,
		caption: '',
		footnote: '',
		...unitFrame(aspect),
		meta: marks.map(({ kind, key, tone, shape, geom }): MarkMeta<MarkKind, Tone> => ({
			kind,
			key,
			tone,
			shape,
			visible: geom.o > 0
		})),
		geom: marks.map((m) => m.geom),
		labels
	};
}

export function layoutFor(s: State, figures: Figures, _spec: unknown, box: ChartBox = 'regular'): Layout {
	const fg = geometryFor(box);
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
	const events: TimelineEvent[] = [
		{ id: 'super-complaint', date: fComplaint.display, text: fComplaint.label, y: y(d1), tone: 'mark' },
		{ id: 'safe-to-share', date: fReport.display, text: fReport.label, y: y(d2), tone: 'highlight' }
	];

	// The study's part of a whole: two of three figures. Without a whole, no figures.
	const whole = fBelieved.outOf ?? 0;
	const part = Math.min(units(fBelieved), whole);

	const timeline = s === 'super-complaint' || s === 'safe-to-share';
	const shownEvents = s === 'super-complaint' ? 1 : s === 'safe-to-share' ? 2 : 0;
	const marks: Placed[] = [
		...forceMarks(asked, referred, s === 'forces' ? 1 : 0, fg).map(({ referred: r, ...geom }, i) => ({
			kind: 'force' as const,
			key: String(i),
			tone: r ? ('highlight' as const) : ('outline' as const),
			shape: 'unit' as const,
			geom
		})),
		{
			kind: 'axis',
			key: 'axis',
			tone: 'muted-ink',
			shape: 'rule',
			geom: { x: AXIS_X, y: AXIS_TOP, w: 0, h: timeline ? AXIS_BOTTOM - AXIS_TOP : 0, o: timeline ? 1 : 0 }
		},
		...ticks.flatMap((t): Placed[] =>
			t.y === null
				? []
				: [
						{
							kind: 'tick',
							key: t.id,
							tone: 'muted-ink',
							shape: 'rule',
							geom: { x: AXIS_X - 2, y: t.y, w: 2, h: 0, o: timeline ? 1 : 0 }
						}
					]
		),
		...events.map((e, i): Placed => {
			// The super-complaint is the highlight until the report joins it.
			const tone = s === 'super-complaint' ? 'highlight' : e.tone;
			return {
				kind: 'event',
				key: e.id,
				tone,
				shape: 'dot',
				geom: { x: AXIS_X, y: e.y, w: 0, h: 0, o: i < shownEvents ? 1 : 0 }
			};
		}),
		...Array.from({ length: whole }, (_, i): Placed => ({
			kind: 'woman',
			key: String(i),
			tone: i < part ? 'highlight' : 'outline',
			shape: 'person',
			geom: { x: ((i + 1) * 100) / (whole + 1), y: PEOPLE_TOP, w: 0, h: 0, o: s === 'believed' ? 1 : 0 }
		}))
	];

	if (s === 'forces') {
		const g = forceGeometry(referred, fg);
		const labelWidth = fg.beside ? fg.x - 3 : 100;
		return scene(
			s,
			marks,
			[
				unitLabel({
					id: 'asked',
					value: fAsked.display,
					valueTone: 'mark',
					text: words.asked,
					sub: words.askedBy(fAsked.period),
					x: 0,
					y: 0,
					maxWidth: labelWidth
				}),
				unitLabel({
					id: 'referred',
					value: fReferred.display,
					valueTone: 'highlight',
					text: words.referred,
					x: 0,
					y: g.firstLabelY,
					maxWidth: labelWidth
				}),
				unitLabel({
					id: 'not-said',
					text: words.notSaid,
					x: 0,
					y: fg.beside
						? g.secondTop
						: g.secondTop + Math.ceil((asked - referred) / fg.columns) * fg.cell * fg.aspect + 1,
					maxWidth: labelWidth
				})
			],
			fg.aspect
		);
	}

	if (timeline) {
		const yearLabels = ticks
			.filter((t) => t.text)
			.map((t): Label => ({
				id: `tick-${t.id}`,
				parts: [{ text: t.text, muted: true }],
				x: AXIS_X - 2.5,
				y: t.labelY,
				anchor: 'end',
				valign: 'middle',
				size: 'axis',
				maxWidth: 100
			}));
		const eventLabels = marks
			.filter((m) => m.kind === 'event' && m.geom.o > 0)
			.map((m): Label => {
				const e = events.find((x) => x.id === m.key)!;
				return {
					id: e.id,
					parts: [
						{ text: e.date, strong: true, block: true, tone: m.tone === 'highlight' ? 'highlight' : undefined },
						{ text: e.text }
					],
					x: AXIS_X + 5,
					y: e.y,
					anchor: 'start',
					valign: 'first-line',
					size: 'normal',
					maxWidth: 100 - AXIS_X - 5,
					value: e.date
				};
			});
		return scene(s, marks, [...yearLabels, ...eventLabels], fg.aspect);
	}

	// believed
	return scene(
		s,
		marks,
		[
			unitLabel({
				id: 'not-believed',
				value: fBelieved.display,
				valueTone: 'highlight',
				bigValue: true,
				text: words.notBelieved,
				x: 50,
				anchor: 'middle',
				y: 0,
				maxWidth: 100
			}),
			unitLabel({
				id: 'sample',
				text: words.sample(fSample.display, fSample.place),
				// The publisher's name without its parenthetical, so the line fits a short phone.
				sub: words.sampleSource(fSample.source.publisher.split(' (')[0] ?? '', fSample.period),
				x: 50,
				anchor: 'middle',
				y: 72,
				maxWidth: 100
			})
		],
		fg.aspect
	);
}

export default defineChart(spec, layoutFor, { boxes: ['wide'] });
