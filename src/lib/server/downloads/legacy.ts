/**
 * Downloads for the charts that still draw themselves (a `Chart.svelte` beside their layout):
 * each reads its layout's output and gives the shapes and labels its Chart.svelte draws, in
 * the same colours and the page's 13px chart type. A chart that moves to the toolkit needs
 * none of this (its scene is drawn as it is); a chart with neither fails the build, naming it.
 */
import type { Layout as WeekLayout, Mark as WeekMark } from '$lib/charts/one-a-week/layout';
import type { TimelineState } from '$lib/charts/timeline/timeline';
import { palette } from '$lib/server/graphics/palette';
import type { DrawPart, DrawScene, DrawShape, Paint } from './scene';
import { timelineScene } from './timeline';

/** The page's chart type (--chart-font-size) and line height. */
export const CHART_FONT = 13;
const LINE = 1.3;

function part(text: string, fill: string, weight: 400 | 700 = 400, scale = 1, br = false): DrawPart {
	return { text, size: CHART_FONT * scale, lineHeight: scale > 1 ? 1.1 : LINE, weight, fill, br };
}

type Box = { x: number; y: number; w: number; h: number; o?: number };

function rects(name: string, boxes: readonly Box[], paint: Paint): DrawShape[] {
	return boxes
		.filter((b) => (b.o ?? 1) > 0 && b.w > 0 && b.h > 0)
		.map((b) => ({ type: 'rect', name, x: b.x, y: b.y, w: b.w, h: b.h, ...paint }));
}

const outlined = (stroke: string, strokeWidth = 1.5): Paint => ({ fill: palette.paper, stroke, strokeWidth });

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
