/**
 * A timeline chart (`timeline-2021`, `missteps`: Timeline.svelte) as a download draws it: the
 * layout's placement for one size class, the one the page picks for a desktop chart of the
 * download's width, at its tallest height class that fits every label, so labels, leaders and
 * month names land where the page puts them.
 */
import {
	AXIS_X,
	DOT,
	HEIGHT_CLASSES,
	LABEL_X,
	LINE,
	SMALL,
	comboFor,
	labelWidthEm,
	type EventLayout,
	type TimelineState
} from '$lib/charts/timeline/timeline';
import { palette } from '$lib/server/graphics/palette';
import type { DrawLabel, DrawPart, DrawScene, DrawShape } from './scene';

const EM = 13;
const LH = EM * LINE;

function timelinePart(text: string, size: number, fill: string, weight: 400 | 700 = 400): DrawPart {
	return { text, size, lineHeight: LH / size, weight, fill, br: true };
}

function dot(e: EventLayout): DrawShape[] {
	// Every dot sits on the axis at its event's height and is edged in paper; they differ in shape,
	// size, fill and edge.
	const at = { name: `dot ${e.kind}`, cx: AXIS_X, cy: e.y };
	switch (e.kind) {
		case 'focus':
			return [
				{
					type: 'circle',
					...at,
					r: (DOT.focus * EM) / 2 + 1,
					fill: palette.markHighlight,
					stroke: palette.paper,
					strokeWidth: 2
				}
			];
		case 'filled':
			return [
				{
					type: 'circle',
					...at,
					r: (DOT.small * EM) / 2 + 0.75,
					fill: palette.mark,
					stroke: palette.paper,
					strokeWidth: 1.5
				}
			];
		case 'reference':
			return [
				{
					type: 'diamond',
					...at,
					r: (DOT.reference * EM * Math.SQRT2) / 2,
					fill: palette.markText,
					stroke: palette.paper,
					strokeWidth: 2
				}
			];
		case 'hollow':
			return [
				{
					type: 'circle',
					...at,
					r: (DOT.small * EM) / 2 - 1,
					fill: palette.paper,
					stroke: palette.markMuted,
					strokeWidth: 2
				}
			];
		case 'hidden':
			return [];
	}
}

/** The combo (size class) a download uses, and the plot height it was made for. */
export function timelineCombo(
	plotWidth: number,
	fitted: readonly boolean[]
): { index: number; w: number; heightPx: number } {
	const w = Math.floor(comboFor(plotWidth / EM, 0) / HEIGHT_CLASSES.length);
	const tallest =
		[...HEIGHT_CLASSES.keys()].reverse().find((h) => fitted[w * HEIGHT_CLASSES.length + h]) ??
		HEIGHT_CLASSES.length - 1;
	return { index: w * HEIGHT_CLASSES.length + tallest, w, heightPx: HEIGHT_CLASSES[tallest]!.assumeEm * EM };
}

export function timelineScene(t: TimelineState, plotWidth: number): DrawScene {
	const { events, ticks, axis, after, span, fitted } = t.layout;
	const combo = timelineCombo(plotWidth, fitted);
	const k = combo.index;
	const plotHeight = combo.heightPx;
	const emY = (em: number) => ((em * EM) / plotHeight) * 100;
	const end = after === null ? axis[1] : Math.min(after, axis[1]);

	const shapes: DrawShape[] = [
		{
			type: 'line',
			name: 'axis',
			x1: AXIS_X,
			x2: AXIS_X,
			y1: axis[0],
			y2: end,
			stroke: palette.markMuted,
			strokeWidth: 2
		}
	];
	if (after !== null && axis[1] > end) {
		shapes.push({
			type: 'line',
			name: 'axis after-axis',
			x1: AXIS_X,
			x2: AXIS_X,
			y1: end,
			y2: axis[1],
			stroke: palette.markMuted,
			strokeWidth: 2,
			dash: '4 3'
		});
	}
	if (span) {
		shapes.push({
			type: 'line',
			name: 'span',
			x1: AXIS_X,
			x2: AXIS_X,
			y1: span.from,
			y2: Math.min(span.to, end),
			stroke: palette.markHighlight,
			strokeWidth: 5
		});
		if (span.to > end) {
			shapes.push({
				type: 'line',
				name: 'span-gap',
				x1: AXIS_X,
				x2: AXIS_X,
				y1: end,
				y2: span.to,
				stroke: palette.paper,
				strokeWidth: 6
			});
			shapes.push({
				type: 'line',
				name: 'span after-span',
				x1: AXIS_X,
				x2: AXIS_X,
				y1: end,
				y2: span.to,
				stroke: palette.markHighlight,
				strokeWidth: 5,
				dash: '6 4'
			});
		}
	}
	const labels: DrawLabel[] = [];
	for (const tick of ticks.filter((x) => x.inDomain)) {
		shapes.push({
			type: 'line',
			name: 'tick',
			x1: 0,
			x2: AXIS_X,
			y1: tick.y,
			y2: tick.y,
			stroke: palette.rule,
			strokeWidth: 1
		});
		if (!tick.show[k]) continue;
		const size = EM * SMALL;
		labels.push({
			id: `month-${tick.key}`,
			parts: [
				timelinePart(tick.month, size, palette.inkMuted),
				...(tick.year ? [timelinePart(tick.year, size, palette.inkMuted, 700)] : [])
			],
			x: AXIS_X - (0.65 * size * 100) / plotWidth,
			y: tick.y,
			anchor: 'end',
			valign: 'top'
		});
	}
	const labelWidth = (labelWidthEm(combo.w) * EM * 100) / plotWidth;
	for (const e of events) {
		const l = e.label;
		if (e.kind === 'hidden' || !l.show[k]) continue;
		const dy = l.dy[k] ?? 0;
		const y = e.y + emY(dy);
		const leader =
			l.kind === 'focus'
				? { stroke: palette.markHighlight, strokeWidth: 1.5 }
				: { stroke: palette.markMuted, strokeWidth: 1 };
		const x1 = LABEL_X - (0.3 * EM * 100) / plotWidth;
		const span = x1 - AXIS_X;
		shapes.push({
			type: 'polyline',
			name: `leader ${l.kind}`,
			points: [
				[AXIS_X, e.y],
				[AXIS_X + 0.4 * span, e.y],
				[AXIS_X + 0.88 * span, y],
				[x1, y]
			],
			...leader
		});
		const small = l.kind === 'past' || l.kind === 'context';
		const textFill = l.kind === 'past' ? palette.inkMuted : l.kind === 'context' ? palette.markMuted : palette.markText;
		const parts: DrawPart[] = [];
		if (l.dateText && l.dated[k])
			parts.push(timelinePart(l.dateText, EM, l.kind === 'reference' ? palette.markText : palette.markHighlight, 700));
		parts.push(
			timelinePart(l.short[k] ? l.shortText : l.text, small ? EM * SMALL : EM, textFill, l.kind === 'focus' ? 700 : 400)
		);
		if (l.tag) parts.push(timelinePart(l.tag, EM * SMALL, palette.inkMuted));
		labels.push({
			id: `event-${e.id}`,
			parts,
			x: LABEL_X,
			y,
			dy: -LH / 2,
			anchor: 'start',
			valign: 'top',
			maxWidth: labelWidth
		});
	}
	shapes.push(...events.flatMap(dot));
	return { state: t.state, caption: '', footnote: '', aspect: plotWidth / plotHeight, shapes, labels };
}
