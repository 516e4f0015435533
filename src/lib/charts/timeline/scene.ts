/**
 * A timeline's layout (timeline.ts) as a toolkit scene, drawn by SceneChart like every chart:
 * the axis, the statement's dashed continuation and the Bill's span are rules; months are
 * hairline ticks; events are placed points (a diamond for the reference point); month names
 * and event labels are classed labels, laid out for every size class and following their
 * tick or dot, event labels with a leader. Pure data: computed at build time with the layout.
 */
import type { ClassedLabel, ClassedPart, Geom, MarkMeta, Scene, Tone } from '../toolkit/scene';
import {
	AXIS_X,
	COMBOS,
	DOT,
	LABEL_X,
	WIDTH_CLASSES,
	labelWidthEm,
	type EventKind,
	type EventLayout,
	type TimelineLayout,
	type TickLayout
} from './timeline';

type Mark = { meta: MarkMeta; geom: Geom };

const DOT_TONE: Record<EventKind, Tone> = {
	focus: 'highlight',
	reference: 'ink',
	filled: 'mark',
	hollow: 'outline',
	hidden: 'outline'
};

function dotSize(kind: EventKind): number {
	return kind === 'focus' ? DOT.focus : kind === 'reference' ? DOT.reference : DOT.small;
}

/** A vertical rule on the axis from y to y + h. */
function axisRule(kind: string, tone: Tone, y: number, h: number, visible: boolean): Mark {
	return {
		meta: { kind, key: kind, tone, visible, shape: 'rule', ...(tone === 'span-gap' ? { backing: true } : {}) },
		geom: { x: AXIS_X, y, w: 0, h, o: visible ? 1 : 0 }
	};
}

/** The axis (solid up to the statement, dashed after it) and the Bill's span over it, likewise. */
function rules(layout: TimelineLayout): Mark[] {
	const [top, bottom] = layout.axis;
	const end = Math.min(layout.after ?? bottom, bottom);
	const [from, to] = layout.span ? [layout.span.from, layout.span.to] : [bottom, bottom];
	const spanned = layout.span !== null;
	const spanAfter = spanned && to > end;
	return [
		axisRule('axis', 'muted-ink', top, end - top, true),
		axisRule('after-statement', 'dashed-muted-ink', end, bottom - end, layout.after !== null),
		axisRule('span', 'span', from, Math.min(to, end) - from, spanned),
		// Under the dashed part of the span, so the axis does not show through its gaps.
		axisRule('span-gap', 'span-gap', end, to - end, spanAfter),
		axisRule('span-after', 'dashed-span', end, to - end, spanAfter)
	];
}

function tick(t: TickLayout): Mark {
	return {
		meta: { kind: 'month', key: t.key, tone: 'muted-ink', visible: t.inDomain, shape: 'tick', data: { month: t.key } },
		geom: { x: 0, y: t.y, w: AXIS_X, h: 0, o: t.inDomain ? 1 : 0 }
	};
}

function dot(e: EventLayout): Mark {
	const size = dotSize(e.kind);
	return {
		meta: {
			kind: 'event',
			key: e.id,
			tone: DOT_TONE[e.kind],
			visible: e.kind !== 'hidden',
			shape: e.kind === 'reference' ? 'diamond' : 'point',
			size,
			data: { id: e.id, kind: e.kind, date: e.date }
		},
		geom: { x: AXIS_X, y: e.y, w: size, h: 0, o: e.kind === 'hidden' ? 0 : 1 }
	};
}

/** A month's name (and year) left of the axis, under its tick, where its size class has room. */
function monthName(t: TickLayout, at: number): ClassedLabel {
	const parts: ClassedPart[] = [{ text: t.month, role: 'name' }];
	if (t.year) parts.push({ text: t.year, role: 'year' });
	return {
		id: `month-${t.key}`,
		at,
		x: AXIS_X,
		anchor: 'end',
		valign: 'below',
		look: 'axis',
		parts,
		dy: [],
		o: COMBOS.map((c) => (t.inDomain ? (t.show[c.index] ?? 0) : 0))
	};
}

/** Which of a label's words some size class uses (both: CSS picks one per class). */
function wordsOf(label: EventLayout['label']): { full: boolean; short: boolean } {
	if (label.shortText === label.text) return { full: true, short: false };
	const short = label.short.some((v) => v === 1);
	return { full: !short || label.short.some((v) => v === 0), short };
}

/** An event's label beside the axis, led to its dot, as its size class places and words it. */
function eventLabel(e: EventLayout, at: number): ClassedLabel {
	const l = e.label;
	const words = wordsOf(l);
	const parts: ClassedPart[] = [];
	if (l.dateText) parts.push({ text: l.dateText, role: 'date', optional: true });
	if (words.full) parts.push({ text: l.text, role: 'words', alt: 'full' });
	if (words.short) parts.push({ text: l.shortText, role: 'words', alt: 'short' });
	if (l.tag) parts.push({ text: l.tag, role: 'tag' });
	const perClass = (values: readonly number[]) => COMBOS.map((c) => values[c.index] ?? 0);
	const lines = perClass(l.lines);
	const fullLines = perClass(l.fullLines);
	const dated = perClass(l.dated);
	const short = perClass(l.short);
	// Per-class arrays that hold only the defaults are left out (the page carries every scene);
	// not the offsets, which a label appearing moves from.
	return {
		id: `event-${e.id}`,
		at,
		x: LABEL_X,
		anchor: 'start',
		valign: 'first-line',
		look: l.kind,
		parts,
		leader: true,
		measured: true,
		mark: 'event-label',
		...(e.kind === 'hidden' ? { hidden: true } : {}),
		data: { id: e.id, kind: l.kind },
		dy: perClass(l.dy),
		o: COMBOS.map((c) => (e.kind === 'hidden' ? 0 : (l.show[c.index] ?? 0))),
		...(lines.some((n, i) => n < (fullLines[i] ?? n)) ? { lines, fullLines } : {}),
		...(l.dateText ? { value: l.dateText } : {}),
		...(l.dateText && dated.some((v) => v === 0) ? { optional: dated } : {}),
		...(words.full && words.short ? { short } : {})
	};
}

/** One state of a timeline as a scene. */
export function timelineScene(state: string, layout: TimelineLayout): Scene {
	const marks = [...rules(layout), ...layout.ticks.map(tick), ...layout.events.map(dot)];
	const firstTick = marks.length - layout.ticks.length - layout.events.length;
	const firstEvent = firstTick + layout.ticks.length;
	return {
		state,
		caption: '',
		footnote: '',
		frame: 'full',
		meta: marks.map((m) => m.meta),
		geom: marks.map((m) => m.geom),
		labels: [],
		classed: {
			labels: [
				...layout.ticks.map((t, i) => monthName(t, firstTick + i)),
				...layout.events.map((e, i) => eventLabel(e, firstEvent + i))
			],
			measureEm: WIDTH_CLASSES.map((_, w) => labelWidthEm(w)),
			fitted: layout.fitted
		}
	};
}
