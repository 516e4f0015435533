/**
 * Downloads for the charts that still draw themselves (a `Chart.svelte` beside their layout):
 * each reads its layout's output and gives the shapes and labels its Chart.svelte draws, in
 * the same colours and the page's 13px chart type. A chart that moves to the toolkit needs
 * none of this (its scene is drawn as it is); a chart with neither fails the build, naming it.
 */
import { AXIS_X as MIGRANT_AXIS_X, type Layout as MigrantLayout } from '$lib/charts/migrant-data-sharing/layout';
import type { Layout as WeekLayout, Mark as WeekMark } from '$lib/charts/one-a-week/layout';
import type { ChartLabel, LabelTone } from '$lib/charts/labels/labels';
import type { TimelineState } from '$lib/charts/timeline/timeline';
import { palette } from '$lib/server/graphics/palette';
import type { DrawLabel, DrawPart, DrawScene, DrawShape, Paint } from './scene';
import { timelineScene } from './timeline';

/** The page's chart type (--chart-font-size) and line height. */
export const CHART_FONT = 13;
const LINE = 1.3;

function part(text: string, fill: string, weight: 400 | 700 = 400, scale = 1, br = false): DrawPart {
	return { text, size: CHART_FONT * scale, lineHeight: scale > 1 ? 1.1 : LINE, weight, fill, br };
}

/** The value colour of each label tone (ChartLabels.svelte). */
function valueFill(tone: LabelTone): string {
	switch (tone) {
		case 'primary':
		case 'muted':
			return palette.mark;
		case 'highlight':
		case 'outline':
			return palette.markHighlight;
		case 'context':
		case 'early':
			return palette.inkMuted;
		case 'on-dark':
			return palette.paper;
		case 'plain':
			return palette.markText;
	}
}

/** A unit chart's label (ChartLabels.svelte): a large value, its words, and a smaller line under them. */
function unitLabel(l: ChartLabel, valueSize = 1.4): DrawLabel {
	const dark = l.tone === 'on-dark';
	const ink = dark ? palette.paper : palette.markText;
	const parts: DrawPart[] = [];
	if (l.value) parts.push(part(`${l.value} `, valueFill(l.tone), 700, l.big ? 2.25 : valueSize));
	parts.push(part(l.text, ink, 400, 1, Boolean(l.big)));
	if (l.sub) parts.push(part(l.sub, dark ? palette.paper : palette.inkMuted, 400, 1, true));
	return {
		id: l.id,
		parts,
		x: l.x,
		y: l.y,
		anchor: l.align === 'center' ? 'middle' : 'start',
		valign: 'top',
		maxWidth: l.maxWidth
	};
}

type Box = { x: number; y: number; w: number; h: number; o?: number };

function rects(name: string, boxes: readonly Box[], paint: Paint): DrawShape[] {
	return boxes
		.filter((b) => (b.o ?? 1) > 0 && b.w > 0 && b.h > 0)
		.map((b) => ({ type: 'rect', name, x: b.x, y: b.y, w: b.w, h: b.h, ...paint }));
}

const outlined = (stroke: string, strokeWidth = 1.5): Paint => ({ fill: palette.paper, stroke, strokeWidth });

function migrantDataSharing(l: MigrantLayout, plotWidth: number): DrawScene {
	const x = MIGRANT_AXIS_X;
	const cq = plotWidth / 100;
	const shapes: DrawShape[] = [
		...rects(
			'force referred',
			l.forces.filter((f) => f.referred),
			{ fill: palette.markHighlight }
		),
		...rects(
			'force',
			l.forces.filter((f) => !f.referred),
			outlined(palette.markMuted)
		),
		...(l.axis.o > 0
			? [
					{
						type: 'line' as const,
						name: 'axis',
						x1: l.axis.x,
						x2: l.axis.x,
						y1: l.axis.y1,
						y2: l.axis.y2,
						stroke: palette.markMuted,
						strokeWidth: 2
					}
				]
			: []),
		...l.ticks.flatMap((t) =>
			t.y === null
				? []
				: [
						{
							type: 'line' as const,
							name: 'tick',
							x1: x - 2,
							x2: x,
							y1: t.y,
							y2: t.y,
							stroke: palette.markMuted,
							strokeWidth: 2
						}
					]
		),
		...l.events.map((e) => ({
			type: 'circle' as const,
			name: 'event',
			cx: x,
			cy: e.y,
			r: 7.2,
			fill: e.tone === 'highlight' ? palette.markHighlight : palette.mark,
			stroke: palette.paper,
			strokeWidth: 2
		})),
		...l.people.flatMap((p): DrawShape[] => {
			const paint = p.highlight
				? { fill: palette.markHighlight, stroke: palette.markHighlight, strokeWidth: 2 }
				: outlined(palette.markMuted, 2);
			// A head (11cqmin across) over a body (18 by 22cqmin), 2cqmin apart, as the page draws them.
			const top = l.peopleTop;
			const toY = (px: number) => top + (px / plotWidth) * 100;
			return [
				{ type: 'circle', name: 'woman', cx: p.x, cy: toY(5.5 * cq), r: 5.5 * cq - 1, ...paint },
				{ type: 'rect', name: 'woman', x: p.x - 9, y: toY(13 * cq), w: 18, h: 22, rx: 4 * cq, ...paint }
			];
		})
	];
	const ticks: DrawLabel[] = l.ticks
		.filter((t) => t.text)
		.map((t) => ({
			id: `tick-${t.id}`,
			parts: [part(t.text, palette.inkMuted)],
			x: x - 2.5,
			y: t.labelY,
			anchor: 'end',
			valign: 'middle'
		}));
	const events: DrawLabel[] = l.events.map((e) => ({
		id: `event-${e.id}`,
		parts: [
			part(e.date, e.tone === 'highlight' ? palette.markHighlight : palette.markText, 700),
			part(e.text, palette.markText, 400, 1, true)
		],
		x: x + 5,
		y: e.y,
		dy: -0.65 * CHART_FONT,
		anchor: 'start',
		valign: 'top',
		maxWidth: 100 - x - 5
	}));
	return {
		state: l.state,
		caption: '',
		footnote: '',
		aspect: 1,
		shapes,
		labels: [...ticks, ...events, ...l.labels.map((x) => unitLabel(x))]
	};
}

const WEEK_PAINT: Record<Exclude<WeekMark['style'], 'hidden'>, Paint> = {
	claim: outlined(palette.markHighlight, 2),
	accusation: { fill: palette.mark },
	report: { fill: palette.mark },
	nearly: { ...outlined(palette.mark), dash: '3 2' },
	met: { fill: palette.markHighlight }
};

const WEEK_LABEL: Record<WeekLayout['labels'][number]['tone'], { fill: string; weight: 400 | 700 }> = {
	claim: { fill: palette.markHighlight, weight: 700 },
	mark: { fill: palette.markText, weight: 700 },
	highlight: { fill: palette.markHighlight, weight: 700 },
	muted: { fill: palette.inkMuted, weight: 400 },
	axis: { fill: palette.inkMuted, weight: 700 }
};

function oneAWeek(l: WeekLayout): DrawScene {
	return {
		state: l.state,
		caption: '',
		footnote: '',
		key: l.legend.map((line) => part(line.text, WEEK_LABEL[line.tone].fill, WEEK_LABEL[line.tone].weight)),
		shapes: [
			...rects('week', l.weeks, { fill: palette.paperTint, stroke: palette.markOutline, strokeWidth: 1 }),
			...l.marks.flatMap((m) => (m.style === 'hidden' ? [] : rects(`mark ${m.style}`, [m], WEEK_PAINT[m.style]))),
			...l.bars.flatMap((b) =>
				rects(`bar ${b.series}`, [b], b.series === 'police' ? { fill: palette.mark } : outlined(palette.markMuted, 2))
			)
		],
		labels: l.labels.map((x) => ({
			id: x.id,
			parts: [part(x.text, WEEK_LABEL[x.tone].fill, WEEK_LABEL[x.tone].weight)],
			x: x.x,
			y: x.y,
			anchor: 'start',
			valign: x.tone === 'axis' ? 'top' : 'middle',
			maxWidth: x.maxWidth
		}))
	};
}

/** The layout output of a chart not yet drawn by the toolkit, as a download draws it. */
export function legacyScene(chartId: string, drawn: unknown, plotWidth: number): DrawScene {
	switch (chartId) {
		case 'migrant-data-sharing':
			return migrantDataSharing(drawn as MigrantLayout, plotWidth);
		case 'one-a-week':
			return oneAWeek(drawn as WeekLayout);
		case 'timeline-2021':
		case 'missteps':
			return timelineScene(drawn as TimelineState, plotWidth);
		default:
			throw new Error(
				`Chart "${chartId}": its layout returns no scene and src/lib/server/downloads/legacy.ts cannot draw it, so it has no downloads`
			);
	}
}
