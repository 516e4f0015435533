/**
 * A vertical timeline (time running down), shared by the `timeline-2021` and `missteps` charts.
 * Pure TypeScript: a function of the events on screen, returning the positions of dots and
 * ticks in percent of the chart box and every label's text, so the server render is already
 * the final picture.
 *
 * Labels are laid out without measuring anything. Their text wraps at a fixed width (in em) and
 * its line count is estimated from character widths (conservatively, with the widths of DejaVu
 * Sans, wider than the usual system fonts); labels then stack without overlapping for a chart
 * of an assumed height. The chart's size is not known on the server, so the layout is made for
 * a set of size classes (COMBOS) and CSS container queries pick the one made for the box
 * (scene.ts makes the layout a toolkit scene; the toolkit's ClassedLabels draws it). Each
 * label sits at its dot's height (percent) plus an offset in em: in a taller box than the one
 * assumed, dots spread apart while labels keep their offsets, so nothing that did not overlap
 * starts to.
 *
 * Where space is short, labels use their figure's `shortLabel`: a highlighted label keeps its
 * full words while they fit and switches to the short ones when they do not; earlier and
 * background labels always use the short words, shown whole or not at all (never clamped).
 */
import { scaleUtc, utcMonth } from 'd3';
import { dates as dateWords } from '$content/strings';
import { COMBOS, WIDTH_CLASSES } from '../toolkit/sizeClasses';
import { thousandths } from '../toolkit/marks';

export { COMBOS, HEIGHT_CLASSES, WIDTH_CLASSES, comboFor, type Combo, type SizeClass } from '../toolkit/sizeClasses';

// ── Geometry (percent of the chart box for x and y; em of the chart font for text) ─────────

/** The time axis, in percent of the chart width. Month labels sit to its left. */
export const AXIS_X = 14;
/** Where event labels start, in percent of the chart width. Leaders run from the axis to here. */
export const LABEL_X = 23;
/** The top and bottom of the time axis, in percent of the chart height. */
export const Y_RANGE: readonly [number, number] = [4, 97];
/** Line height of every label line, in em of the chart font (set in CSS from the same constant). */
export const LINE = 1.25;
/** Vertical gap between two labels, in em. */
export const GAP = 0.4;
/** Space kept free at the right of a label, in em. */
const RIGHT_PAD = 0.5;
/** Optional (earlier or muted) labels are set at 12px against the chart's 13px. */
export const SMALL = 12 / 13;
/** A label may sit at most this far from its event (as a share of the chart height) to be added "if space allows". */
const MAX_SHIFT = 0.38;

/** The width (em of the chart font) at which labels wrap in a width class. */
export function labelWidthEm(w: number): number {
	const wc = WIDTH_CLASSES[w] ?? WIDTH_CLASSES[0]!;
	return Math.floor((wc.assumeEm * (1 - LABEL_X / 100) - RIGHT_PAD) * 10) / 10;
}

// ── Text measure (estimated) ───────────────────────────────────────────────────────────────

const MEASURED =
	' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~’‘“”–—…é';
// Advance widths in hundredths of an em, measured in Chromium with DejaVu Sans (Book and Bold).
const REGULAR =
	'32,40,46,84,64,95,78,27,39,39,50,84,32,36,32,34,64,64,64,64,64,64,64,64,64,64,34,34,84,84,84,53,100,68,69,70,77,63,58,77,75,29,29,66,56,86,75,79,60,79,69,63,61,73,68,99,69,61,69,39,34,39,84,50,50,61,63,55,63,62,35,63,63,28,28,58,28,97,63,61,63,63,41,52,39,63,59,82,59,59,52,64,34,64,84,32,32,52,52,50,100,100,62';
const BOLD =
	'35,46,52,84,70,100,87,31,46,46,52,84,38,42,38,37,70,70,70,70,70,70,70,70,70,70,40,40,84,84,84,58,100,77,76,73,83,68,68,82,84,37,37,77,64,100,84,85,73,85,77,72,68,81,77,110,77,72,73,46,37,46,84,50,50,67,72,59,72,68,44,72,71,34,34,67,34,104,71,69,72,72,49,60,48,71,65,92,65,65,58,71,37,71,84,38,38,66,66,50,100,100,68';

function widthTable(csv: string): Map<string, number> {
	const values = csv.split(',').map((v) => Number(v) / 100);
	return new Map([...MEASURED].map((ch, i) => [ch, values[i] ?? 0.7]));
}
const WIDTHS = { regular: widthTable(REGULAR), bold: widthTable(BOLD) };
/** Kerning, rounding and fonts a little wider than the one measured. */
const SAFETY = 1.04;

/** Estimated width of `text` in em of its own font size. */
export function textWidthEm(text: string, bold = false): number {
	const table = bold ? WIDTHS.bold : WIDTHS.regular;
	let w = 0;
	for (const ch of text) w += table.get(ch) ?? 0.75;
	return w * SAFETY;
}

/**
 * How many lines `text` takes when wrapped (at spaces, greedily, like a browser) at `maxEm`
 * em of its own font size. Overestimates rather than underestimates.
 */
export function countLines(text: string, maxEm: number, bold = false): number {
	const words = text.split(/\s+/).filter(Boolean);
	if (words.length === 0) return 0;
	const space = textWidthEm(' ', bold);
	let lines = 1;
	let used = 0;
	for (const word of words) {
		const w = textWidthEm(word, bold);
		if (used === 0) used = w;
		else if (used + space + w <= maxEm) used += space + w;
		else {
			lines += 1;
			used = w;
		}
	}
	return lines;
}

// ── Time scale ─────────────────────────────────────────────────────────────────────────────

/** An ISO date (YYYY-MM-DD) as a UTC midnight. */
export function isoToDate(iso: string): Date {
	return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** The whole months around a set of dates: from the first one's month to the end of the last one's. */
export function monthDomain(isoDates: readonly string[]): [Date, Date] {
	const times = isoDates.map((d) => isoToDate(d).getTime());
	if (times.length === 0) throw new Error('monthDomain needs at least one date');
	const first = utcMonth.floor(new Date(Math.min(...times)));
	const last = utcMonth.offset(utcMonth.floor(new Date(Math.max(...times))), 1);
	return [first, last];
}

/** A UTC time scale (UTC so that the server and every reader's browser agree) onto Y_RANGE. */
export function timeScale(domain: readonly [Date, Date]) {
	return scaleUtc().domain([domain[0], domain[1]]).range([Y_RANGE[0], Y_RANGE[1]]);
}

// ── Inputs and outputs ───────────────────────────────────────────────────────────────────────

/** One dated event, with its words taken from a figure. */
export interface TimelineEvent {
	id: string;
	/** ISO date. */
	date: string;
	/** The figure's `display`, e.g. "3 March 2021". */
	dateText: string;
	/** The figure's `label`. */
	text: string;
	/** The figure's `shortLabel`, for tight spaces (the label is used when there is none). */
	shortText?: string;
	/** An extra line under a highlighted label, e.g. "After the statement". */
	tag?: string;
}

/**
 * How an event is drawn in a state: `focus` highlighted (large filled dot, bold label with its
 * date, always labelled); `reference` a fixed point to read the others against (ink diamond,
 * dated label, always labelled); `filled` earlier or secondary (small filled dot, label if
 * space allows); `hollow` background (small hollow dot, muted label if space allows).
 */
export type EventKind = 'focus' | 'reference' | 'filled' | 'hollow' | 'hidden';

export interface TimelineStateInput {
	/** Every event of the chart, in the order ties (same date) are stacked. */
	events: readonly TimelineEvent[];
	/** The kind of each event in this state; events not named are hidden. */
	kinds: Readonly<Record<string, EventKind>>;
	/** The months the axis covers in this state. */
	domain: readonly [Date, Date];
	/** The months the axis can ever cover in this chart (ticks are the same list in every state). */
	tickDomain: readonly [Date, Date];
	/** ISO date after which the axis is drawn dashed (the statement's date). */
	afterDate?: string;
	/** A span drawn over the axis between two dates, e.g. the Bill's passage. */
	span?: { from: string; to: string } | null;
}

export interface TickLayout {
	key: string;
	/** Percent of the chart height (the start of the month). */
	y: number;
	month: string;
	/** The year, on the first month shown and on every January. */
	year: string | null;
	/** Whether the month is inside the axis in this state. */
	inDomain: boolean;
	/** 1 when the month's name is shown in a size class, per combo. */
	show: number[];
}

export interface LabelLayout {
	kind: 'focus' | 'reference' | 'past' | 'context';
	/** The date line over a highlighted label (null when it shares the date line above it). */
	dateText: string | null;
	/** The full words (the figure's label). */
	text: string;
	/** The short words (the figure's shortLabel, or the label when it has none). */
	shortText: string;
	tag: string | null;
	/**
	 * Where the label's first line (its middle) is, per combo, as an offset in em from the
	 * event's dot. Offsets in em (not percent) keep labels beside their dots in boxes taller
	 * than the one the combo was made for, without ever making them overlap.
	 */
	dy: number[];
	/** 1 when shown in a combo, else 0. */
	show: number[];
	/** 1 when a combo shows `shortText` instead of `text`. */
	short: number[];
	/** How many lines of the words shown (`text` or `shortText`) a combo shows (CSS line-clamp). */
	lines: number[];
	/** The lines the words shown would take unclamped, per combo. */
	fullLines: number[];
	/** 1 when the date line is shown in a combo (it gives way to the text when space is short). */
	dated: number[];
	/** The label's height in em (date, text and tag lines), per combo; 0 when not shown. */
	h: number[];
}

export interface EventLayout {
	id: string;
	date: string;
	kind: EventKind;
	/** Percent of the chart height. */
	y: number;
	label: LabelLayout;
}

/** One state of a timeline chart: the state drawn and its layout. */
export interface TimelineState {
	state: string;
	layout: TimelineLayout;
}

export interface TimelineLayout {
	ticks: TickLayout[];
	events: EventLayout[];
	/** Percent of the chart height where the axis starts and ends in this state. */
	axis: [number, number];
	/** Percent of the chart height of `afterDate`, when later events are on screen; else null. */
	after: number | null;
	span: { from: number; to: number } | null;
	/** For each combo, whether every required label fitted without clamping (in full or short words). */
	fitted: boolean[];
}

// ── Label placement ──────────────────────────────────────────────────────────────────────────

interface Box {
	/** Ideal top, em. */
	ideal: number;
	height: number;
	weight: number;
}

/**
 * Tops (em) for boxes in order, each at least GAP below the one above, all within [lo, hi],
 * as close as possible (weighted least squares) to their ideal tops. Pools adjacent
 * violators: overlapping runs are merged into blocks placed at their members' weighted mean.
 */
export function stack(boxes: readonly Box[], lo: number, hi: number): number[] {
	interface Block {
		first: number;
		last: number;
		weight: number;
		/** Σ weight × (ideal − offset within the block). */
		sum: number;
		size: number;
	}
	const place = (b: Block) => Math.max(lo, Math.min(b.sum / b.weight, hi - b.size));
	const blocks: Block[] = [];
	boxes.forEach((box, i) => {
		let block: Block = { first: i, last: i, weight: box.weight, sum: box.weight * box.ideal, size: box.height };
		for (;;) {
			const above = blocks[blocks.length - 1];
			if (!above || place(above) + above.size + GAP <= place(block) + 1e-9) break;
			blocks.pop();
			const shift = above.size + GAP;
			block = {
				first: above.first,
				last: block.last,
				weight: above.weight + block.weight,
				sum: above.sum + block.sum - block.weight * shift,
				size: above.size + GAP + block.size
			};
		}
		blocks.push(block);
	});
	const tops: number[] = [];
	for (const block of blocks) {
		let top = place(block);
		for (let i = block.first; i <= block.last; i++) {
			tops.push(top);
			top += (boxes[i]?.height ?? 0) + GAP;
		}
	}
	return tops;
}

interface Candidate {
	index: number;
	/** Anchor (em from the top). */
	anchor: number;
	/** Lines of the date above the text and of the tag below it. */
	dateLines: number;
	tagLines: number;
	/** Lines of the full words and of the short words, unclamped (the same when there are no short words). */
	long: number;
	short: number;
	/** Whether the label has short words that differ from its full words. */
	hasShort: boolean;
	/** Most lines an optional label may take (it is left out rather than clamped). */
	cap: number;
	/** Highlighted and reference labels are always shown (shortened, and shrunk if they must be). */
	required: boolean;
	weight: number;
}

interface Placement {
	/** The placed labels, in order down the chart, with their tops (em). */
	sorted: Chosen[];
	tops: number[];
	fits: boolean;
	maxShift: number;
}

type Chosen = Candidate & {
	/** Shows the short words. */
	useShort: boolean;
	/** Lines shown (fewer than the words take when clamped). */
	lines: number;
	dated: boolean;
};

/** The lines the words a chosen label shows take, unclamped. */
function wordLines(c: Chosen): number {
	return c.useShort ? c.short : c.long;
}

const byAnchor = (a: Chosen, b: Chosen) => a.anchor - b.anchor || a.index - b.index;

function heightOf(c: Chosen): number {
	return ((c.dated ? c.dateLines : 0) + c.lines + c.tagLines) * LINE;
}

/** Places labels already sorted by anchor (called for every trial: hundreds of times per layout). */
function placeSorted(sorted: Chosen[], heightEm: number): Placement {
	const boxes: Box[] = sorted.map((c) => ({ ideal: c.anchor - LINE / 2, height: heightOf(c), weight: c.weight }));
	const lo = 0.1;
	const hi = heightEm - 0.1;
	const tops = stack(boxes, lo, hi);
	let total = GAP * Math.max(0, boxes.length - 1);
	let maxShift = 0;
	boxes.forEach((b, i) => {
		total += b.height;
		maxShift = Math.max(maxShift, Math.abs((tops[i] ?? lo) + LINE / 2 - (sorted[i]?.anchor ?? 0)));
	});
	return { sorted, tops, fits: total <= hi - lo + 1e-9, maxShift };
}

/** `sorted` with `c` inserted in anchor order (a new array). */
function insertSorted(sorted: readonly Chosen[], c: Chosen): Chosen[] {
	let at = sorted.length;
	while (at > 0 && byAnchor(sorted[at - 1]!, c) > 0) at--;
	return [...sorted.slice(0, at), c, ...sorted.slice(at)];
}

/**
 * What required (highlighted) labels give up when they do not fit, once they all show their
 * short words: first the text beyond four lines, then their date lines (the axis still gives
 * the month), then more text. A last resort: the short labels make it unneeded at the sizes
 * the piece is read at (see the unit tests).
 */
const SHRINK: readonly { cap: number; dated: boolean }[] = [
	{ cap: 4, dated: true },
	{ cap: Infinity, dated: false },
	{ cap: 4, dated: false },
	{ cap: 3, dated: false },
	{ cap: 2, dated: false },
	{ cap: 1, dated: false }
];

/**
 * Label placement for one combo. Required labels first, in their full words; while they do
 * not fit, the one whose short words save the most lines switches to them; if they still do
 * not fit, they shrink (SHRINK). Then optional labels, in their short words, each shown whole
 * if it fits (and stays near its dot), else left out.
 */
function placeCombo(candidates: readonly Candidate[], heightEm: number): Placement & { clamped: boolean } {
	const required = candidates.filter((c) => c.required);
	const optional = candidates.filter((c) => !c.required);
	let chosen: Chosen[] = required.map((c) => ({ ...c, useShort: false, lines: c.long, dated: true })).sort(byAnchor);
	let base = placeSorted(chosen, heightEm);
	while (!base.fits) {
		let pick = -1;
		let saved = 0;
		chosen.forEach((c, i) => {
			const s = c.hasShort && !c.useShort ? c.long - c.short : 0;
			if (s > saved) {
				saved = s;
				pick = i;
			}
		});
		if (pick < 0) break;
		chosen = chosen.map((c, i) => (i === pick ? { ...c, useShort: true, lines: c.short } : c));
		base = placeSorted(chosen, heightEm);
	}
	let clamped = false;
	if (!base.fits) {
		const shortened = chosen.map((c) => ({ ...c, useShort: c.hasShort }));
		for (const step of SHRINK) {
			chosen = shortened.map((c) => ({
				...c,
				lines: Math.max(1, Math.min(wordLines(c), step.cap)),
				dated: step.dated
			}));
			base = placeSorted(chosen, heightEm);
			clamped = chosen.some((c) => c.lines < wordLines(c) || (c.dateLines > 0 && !c.dated));
			if (base.fits) break;
		}
	}
	const limit = Math.max(MAX_SHIFT * heightEm, base.maxShift);
	let best = base;
	for (const c of optional) {
		const lines = c.hasShort ? c.short : c.long;
		if (lines > c.cap) continue;
		const placed = placeSorted(
			insertSorted(best.sorted, { ...c, useShort: c.hasShort, lines, dated: false }),
			heightEm
		);
		if (placed.fits && placed.maxShift <= limit + 1e-9) best = placed;
	}
	return { ...best, clamped };
}

// ── The layout ───────────────────────────────────────────────────────────────────────────────

/** Ticks for every month of `tickDomain`, placed on the scale of `domain`. */
function layoutTicks(input: TimelineStateInput, y: (d: Date) => number): TickLayout[] {
	const [start, end] = input.domain;
	const months = utcMonth.range(input.tickDomain[0], input.tickDomain[1]);
	const ticks = months.map((m, i) => {
		const inDomain = m >= start && m < end;
		const firstShown = inDomain && m.getTime() === start.getTime();
		return {
			key: m.toISOString().slice(0, 10),
			y: clamp(y(m)),
			month: dateWords.monthsShort[m.getUTCMonth()] ?? '',
			year: firstShown || m.getUTCMonth() === 0 ? String(m.getUTCFullYear()) : null,
			inDomain,
			show: [] as number[],
			index: i
		};
	});
	for (const combo of COMBOS) {
		const shown = new Set<number>();
		const inside = ticks.filter((t) => t.inDomain);
		const span = (t: (typeof ticks)[number]) => (t.year ? 2 : 1) * LINE + 0.15;
		const start = (t: (typeof ticks)[number]) => (t.y / 100) * combo.heightEm;
		// Years first, then every other month that has room.
		const ordered = [...inside.filter((t) => t.year), ...inside.filter((t) => !t.year)];
		for (const t of ordered) {
			const clash = [...shown].some((j) => {
				const other = ticks[j]!;
				const [a, b] = start(t) < start(other) ? [t, other] : [other, t];
				return start(a) + span(a) > start(b) - 1e-9;
			});
			if (!clash) shown.add(t.index);
		}
		for (const t of ticks) t.show[combo.index] = shown.has(t.index) ? 1 : 0;
	}
	return ticks.map(({ index: _index, ...t }) => t);
}

function clamp(v: number): number {
	return Math.max(0, Math.min(100, v));
}

/** The whole picture for one state of a timeline chart. */
export function layoutTimeline(input: TimelineStateInput): TimelineLayout {
	const y = timeScale(input.domain);
	const yOf = (iso: string) => clamp(y(isoToDate(iso)));
	const ticks = layoutTicks(input, (d) => y(d));

	// Events in display order: by date, ties in the given order.
	const order = input.events
		.map((e, i) => ({ e, i }))
		.sort((a, b) => a.e.date.localeCompare(b.e.date) || a.i - b.i)
		.map(({ e }) => e);
	const kindOf = (id: string): EventKind => input.kinds[id] ?? 'hidden';

	// A date line over the first of consecutive highlighted labels sharing a date.
	const showDate = new Map<string, boolean>();
	let previousFocusDate: string | null = null;
	for (const e of order) {
		if (!isRequired(kindOf(e.id))) {
			previousFocusDate = null;
			continue;
		}
		showDate.set(e.id, previousFocusDate !== e.date);
		previousFocusDate = e.date;
	}

	const events: EventLayout[] = order.map((e) => {
		const kind = kindOf(e.id);
		const labelKind = kind === 'focus' || kind === 'reference' ? kind : kind === 'filled' ? 'past' : 'context';
		return {
			id: e.id,
			date: e.date,
			kind,
			y: yOf(e.date),
			label: {
				kind: labelKind,
				dateText: isRequired(kind) && showDate.get(e.id) ? e.dateText : null,
				text: e.text,
				shortText: e.shortText ?? e.text,
				tag: kind === 'focus' ? (e.tag ?? null) : null,
				dy: [],
				show: [],
				short: [],
				lines: [],
				fullLines: [],
				dated: [],
				h: []
			}
		};
	});

	const fitted: boolean[] = [];
	// Width classes often wrap every label to the same lines: place each distinct case once.
	const placements = new Map<string, ReturnType<typeof placeCombo>>();
	for (const combo of COMBOS) {
		const widthEm = labelWidthEm(combo.w);
		const candidates: Candidate[] = [];
		const lineCounts: { long: number; short: number }[] = [];
		events.forEach((ev, index) => {
			const l = ev.label;
			const small = l.kind === 'past' || l.kind === 'context';
			const wrap = small ? widthEm / SMALL : widthEm;
			const bold = l.kind === 'focus';
			const long = countLines(l.text, wrap, bold);
			const short = l.shortText === l.text ? long : countLines(l.shortText, wrap, bold);
			lineCounts[index] = { long, short };
			if (ev.kind === 'hidden') return;
			candidates.push({
				index,
				anchor: (ev.y / 100) * combo.heightEm,
				dateLines: l.dateText ? 1 : 0,
				tagLines: l.tag ? countLines(l.tag, widthEm / SMALL) : 0,
				long,
				short,
				hasShort: l.shortText !== l.text,
				cap: small ? (l.kind === 'past' ? 3 : 2) : Infinity,
				required: !small,
				weight: small ? 1 : 6
			});
		});
		// "If space allows": earlier events (filled) before muted ones, each in time order.
		candidates.sort(
			(a, b) =>
				Number(b.required) - Number(a.required) ||
				rank(events[a.index]!.kind) - rank(events[b.index]!.kind) ||
				a.index - b.index
		);
		const key = `${combo.heightEm}|${candidates.map((c) => `${c.index}:${c.long}:${c.short}:${c.tagLines}`).join()}`;
		let placed = placements.get(key);
		if (!placed) {
			placed = placeCombo(candidates, combo.heightEm);
			placements.set(key, placed);
		}
		fitted[combo.index] = placed.fits && !placed.clamped;
		const k = combo.index;
		events.forEach((e, index) => {
			// Not shown: the words it would have, had it fitted (they show while it fades out).
			const l = e.label;
			const useShort = !isRequired(e.kind) && l.shortText !== l.text;
			const counts = lineCounts[index] ?? { long: 1, short: 1 };
			l.show[k] = 0;
			l.dated[k] = 0;
			l.h[k] = 0;
			l.short[k] = useShort ? 1 : 0;
			l.fullLines[k] = useShort ? counts.short : counts.long;
			l.lines[k] = l.fullLines[k]!;
			l.dy[k] = 0;
		});
		placed.sorted.forEach((c, i) => {
			const l = events[c.index]!.label;
			const top = placed.tops[i] ?? 0;
			l.show[k] = 1;
			l.dated[k] = c.dated && c.dateLines > 0 ? 1 : 0;
			l.h[k] = heightOf(c);
			l.short[k] = c.useShort ? 1 : 0;
			l.fullLines[k] = wordLines(c);
			l.lines[k] = c.lines;
			l.dy[k] = thousandths(top + LINE / 2 - c.anchor);
		});
	}

	const [d0, d1] = input.domain;
	const axis: [number, number] = [clamp(y(d0)), clamp(y(d1))];
	let after: number | null = null;
	if (input.afterDate) {
		const later = events.some((e) => e.kind !== 'hidden' && e.date > input.afterDate!);
		if (later) after = yOf(input.afterDate);
	}
	const span = input.span ? { from: yOf(input.span.from), to: yOf(input.span.to) } : null;
	return { ticks, events, axis, after, span, fitted };
}

function rank(kind: EventKind): number {
	return isRequired(kind) ? 0 : kind === 'filled' ? 1 : 2;
}

function isRequired(kind: EventKind): boolean {
	return kind === 'focus' || kind === 'reference';
}

// ── Dots ─────────────────────────────────────────────────────────────────────────────────────

/** Dot diameters, in em of the chart font. */
export const DOT = { focus: 1, reference: 0.72, small: 0.62 } as const;
