/**
 * Downloads for the charts that still draw themselves (a `Chart.svelte` beside their layout):
 * each reads its layout's output and gives the shapes and labels its Chart.svelte draws, in
 * the same colours and the page's 13px chart type. A chart that moves to the toolkit needs
 * none of this (its scene is drawn as it is); a chart with neither fails the build, naming it.
 */
import type { Layout as FunnelLayout } from '$lib/charts/misconduct-funnel/layout';
import { GROUPS } from '$lib/charts/misconduct-funnel/layout';
import { AXIS_X as MIGRANT_AXIS_X, type Layout as MigrantLayout } from '$lib/charts/migrant-data-sharing/layout';
import type { Layout as ScaleLayout } from '$lib/charts/walk-talk-scale/layout';
import type { ChartLabel, LabelTone } from '$lib/charts/labels/labels';
import type { TimelineState } from '$lib/charts/timeline/timeline';
import { palette } from '$lib/server/graphics/palette';
import { CHART_FONT, type DrawLabel, type DrawPart, type DrawScene, type DrawShape, type Paint } from './scene';
import { timelineScene } from './timeline';

/** The page's chart line height. */
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

function walkTalkScale(l: ScaleLayout): DrawScene {
	const ring: DrawShape[] = l.ring
		? [
				{
					type: 'circle',
					name: 'ring',
					cx: l.ring.cx,
					cy: l.ring.cy,
					r: 14,
					stroke: palette.markHighlight,
					strokeWidth: 2
				}
			]
		: [];
	return {
		state: l.state,
		caption: '',
		footnote: '',
		aspect: 1,
		shapes: [
			...rects('women', [l.women], { fill: palette.mark }),
			...rects('officer', l.officers, { fill: palette.markHighlight }),
			...rects('killed', l.killed, { fill: palette.mark }),
			...ring
		],
		labels: l.labels.map((x) => unitLabel(x, 1.5))
	};
}

const FUNNEL_PAINT: Record<FunnelLayout['groups'][keyof FunnelLayout['groups']]['tone'], Paint> = {
	primary: { fill: palette.mark },
	context: { fill: palette.markMuted },
	highlight: { fill: palette.markHighlight },
	outline: outlined(palette.markHighlight),
	early: { fill: palette.markMuted }
};

function misconductFunnel(l: FunnelLayout): DrawScene {
	const shapes = GROUPS.flatMap((name) => {
		const g = l.groups[name];
		if (!g.visible || g.o <= 0) return [];
		const moved = g.rects.map((r) => ({ ...r, x: r.x + g.dx, y: r.y + g.dy }));
		return rects(name, moved, { ...FUNNEL_PAINT[g.tone], ...(g.o < 1 ? { opacity: g.o } : {}) });
	});
	return { state: l.state, caption: '', footnote: '', aspect: 1, shapes, labels: l.labels.map((x) => unitLabel(x)) };
}

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

/** The layout output of a chart not yet drawn by the toolkit, as a download draws it. */
export function legacyScene(chartId: string, drawn: unknown, plotWidth: number): DrawScene {
	switch (chartId) {
		case 'walk-talk-scale':
			return walkTalkScale(drawn as ScaleLayout);
		case 'misconduct-funnel':
			return misconductFunnel(drawn as FunnelLayout);
		case 'migrant-data-sharing':
			return migrantDataSharing(drawn as MigrantLayout, plotWidth);
		case 'timeline-2021':
		case 'missteps':
			return timelineScene(drawn as TimelineState, plotWidth);
		default:
			throw new Error(
				`Chart "${chartId}": its layout returns no scene and src/lib/server/downloads/legacy.ts cannot draw it, so it has no downloads`
			);
	}
}
