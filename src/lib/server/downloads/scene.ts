/**
 * What a download draws in its plot: shapes and labels in percent of the plot box, like the
 * toolkit's `Scene`, with their look resolved to colours and sizes. `fromScene` turns a
 * toolkit scene into one, with the page's tones and label sizes (classed.ts: placed marks and
 * labels laid out per size class).
 */
import type { Geom, KeyLine, Label, LabelPart, Scene, Tone } from '$lib/charts/toolkit/scene';
import { PLOT_WIDTH } from './render';
import { palette } from '$lib/server/graphics/palette';
import { classedDrawing, placedShape } from './classed';

/** The page's chart type (--chart-font-size), px. */
export const CHART_FONT = 13;

export interface Paint {
	fill?: string;
	stroke?: string;
	strokeWidth?: number;
	dash?: string;
	opacity?: number;
}

/** Positions in percent of the plot; a circle's or diamond's r in px. `name` becomes its class. */
export type DrawShape = Paint &
	(
		| { type: 'rect'; name: string; x: number; y: number; w: number; h: number; rx?: number }
		| { type: 'line'; name: string; x1: number; y1: number; x2: number; y2: number }
		| { type: 'circle'; name: string; cx: number; cy: number; r: number }
		| { type: 'diamond'; name: string; cx: number; cy: number; r: number }
		| { type: 'polyline'; name: string; points: [number, number][] }
	);

export interface DrawPart {
	text: string;
	/** px */
	size: number;
	lineHeight: number;
	weight: 400 | 700;
	fill: string;
	/** Starts on a new line. */
	br?: boolean;
}

export interface DrawLabel {
	id: string;
	parts: DrawPart[];
	x: number;
	y: number;
	anchor: 'start' | 'end' | 'middle';
	valign: 'top' | 'middle' | 'bottom';
	/** A shift down from y, px (labels the page offsets in em). */
	dy?: number;
	/** Percent of the plot width. */
	maxWidth?: number;
	knockout?: boolean;
	card?: boolean;
	/** A key square before the text. */
	swatch?: Paint;
}

export interface DrawScene {
	state: string;
	caption: string;
	footnote: string;
	shapes: DrawShape[];
	labels: DrawLabel[];
	/** A key over the plot, one line each (a chart that draws its legend as a list). */
	key?: DrawPart[];
	/** Keep the plot at most 1.4 times as wide as it is tall (the toolkit's unit marks). */
	squarePlot?: boolean;
	/** The plot's width over its height, for charts whose marks are designed for one box shape. */
	aspect?: number;
}

/** How each tone is filled or stroked: the page's `.chart .<tone>` rules (SceneChart.svelte). */
export function tonePaint(tone: Tone): Paint {
	switch (tone) {
		case 'mark':
			return { fill: palette.mark };
		case 'highlight':
			return { fill: palette.markHighlight };
		case 'muted':
			return { fill: palette.markMuted };
		case 'outline':
			return { fill: palette.paper, stroke: palette.markMuted, strokeWidth: 1.5 };
		case 'dashed':
			return { fill: palette.paper, stroke: palette.markMuted, strokeWidth: 1.5, dash: '5 4' };
		case 'highlight-outline':
			return { fill: palette.paper, stroke: palette.markHighlight, strokeWidth: 1.5 };
		case 'ink':
			return { stroke: palette.markText, strokeWidth: 2 };
		case 'muted-ink':
			return { stroke: palette.markMuted, strokeWidth: 2 };
		case 'cell':
			return { fill: palette.paperTint, stroke: palette.markOutline, strokeWidth: 1 };
		case 'ring':
			return { fill: palette.paper, stroke: palette.markHighlight, strokeWidth: 2 };
		case 'dotted':
			return { fill: palette.paper, stroke: palette.mark, strokeWidth: 1.5, dash: '3 2' };
		case 'hollow':
			return { fill: palette.paper, stroke: palette.markMuted, strokeWidth: 2 };
		case 'dashed-muted-ink':
			return { stroke: palette.markMuted, strokeWidth: 2, dash: '4 3' };
		case 'span':
			return { stroke: palette.markHighlight, strokeWidth: 5 };
		case 'dashed-span':
			return { stroke: palette.markHighlight, strokeWidth: 5, dash: '6 4' };
		case 'span-gap':
			return { stroke: palette.paper, strokeWidth: 6 };
	}
}

/** The page's label sizes at desktop widths (Labels.html.svelte): 15px text, large labels 24px, big values 32px. */
const LABEL = {
	normal: { size: 15, lineHeight: 1.25 },
	large: { size: 24, lineHeight: 1.1 },
	big: { size: 32, lineHeight: 1.1 },
	/** Plain words inside a large label are 0.65em. */
	largeWords: 0.65
};

/** The unit charts' frame (`frame: 'unit'`): the page's 13px chart type, line height 1.3. */
const UNIT = { size: 13, lineHeight: 1.3, valueSize: 1.4, bigValue: 2.25, valueLineHeight: 1.1 };

const PART_FILL = { mark: palette.mark, highlight: palette.markHighlight, muted: palette.inkMuted } as const;

function partFill(p: LabelPart, onDark: boolean): string {
	if (onDark) return palette.paper;
	if (p.muted) return palette.inkMuted;
	return p.tone ? PART_FILL[p.tone] : palette.markText;
}

/** Whether a part sits on a line of its own, so the next part starts a new line. */
function ownLine(p: LabelPart | undefined): boolean {
	return Boolean(p && (p.block || (p.value && p.big)));
}

function drawLabel(l: Label, unit: boolean): DrawLabel {
	const base = unit || l.size === 'axis' ? UNIT : LABEL[l.size];
	return {
		id: l.id,
		x: l.x,
		y: l.y,
		anchor: l.anchor,
		valign: l.valign === 'first-line' ? 'top' : l.valign,
		dy: l.valign === 'first-line' ? (-base.lineHeight * base.size) / 2 : undefined,
		maxWidth: l.maxWidth,
		knockout: l.knockout,
		card: l.card,
		swatch: l.swatch === 'filled' ? tonePaint('mark') : l.swatch === 'outline' ? tonePaint('outline') : undefined,
		parts: l.parts.map((p, i) => {
			if (p.value) {
				const scale = p.big ? UNIT.bigValue : (l.valueSize ?? UNIT.valueSize);
				return {
					text: `${p.text} `,
					size: base.size * scale,
					lineHeight: UNIT.valueLineHeight,
					weight: 700 as const,
					fill: partFill(p, Boolean(l.onDark))
				};
			}
			return {
				text: p.text,
				size:
					p.strong && p.big
						? LABEL.big.size
						: p.strong || l.size === 'normal' || unit
							? base.size
							: base.size * LABEL.largeWords,
				lineHeight: p.strong && p.big ? LABEL.big.lineHeight : base.lineHeight,
				weight: p.strong ? 700 : 400,
				fill: partFill(p, Boolean(l.onDark)),
				br: p.br || p.block || ownLine(l.parts[i - 1])
			};
		})
	};
}

/**
 * Marks.html.svelte's figure of a person in a square plot PLOT_WIDTH across: a head 11cqmin
 * across over a body 18 by 22cqmin, 2cqmin apart, hanging from (x, y).
 */
function person(name: string, g: Geom, highlight: boolean): DrawShape[] {
	const paint = highlight
		? { fill: palette.markHighlight, stroke: palette.markHighlight, strokeWidth: 2 }
		: { fill: palette.paper, stroke: palette.markMuted, strokeWidth: 2 };
	const cq = PLOT_WIDTH / 100;
	return [
		{ type: 'circle', name, cx: g.x, cy: g.y + 5.5, r: 5.5 * cq - 1, ...paint },
		{ type: 'rect', name, x: g.x - 9, y: g.y + 13, w: 18, h: 22, rx: 4 * cq, ...paint }
	];
}

/** A line of a scene's key as a download draws it (the page's key: 13px, bold unless muted). */
function keyPart(line: KeyLine): DrawPart {
	return {
		text: line.text,
		size: CHART_FONT,
		lineHeight: 1.3,
		weight: line.tone === 'muted' ? 400 : 700,
		fill:
			line.tone === 'highlight' ? palette.markHighlight : line.tone === 'muted' ? palette.inkMuted : palette.markText
	};
}

/**
 * A toolkit scene as a download draws it: the marks a state shows, in their tones, and its
 * labels; classed labels as the size class for a plot `plotWidth` wide places them, their
 * leaders under the points they lead from.
 */
export function fromScene(scene: Scene, plotWidth = PLOT_WIDTH): DrawScene {
	const points: DrawShape[] = [];
	const shapes: DrawShape[] = scene.meta.flatMap((meta, i): DrawShape[] => {
		const g = scene.geom[i];
		if (!g || !meta.visible || g.o <= 0) return [];
		if (meta.shape === 'point' || meta.shape === 'diamond') {
			points.push(...placedShape(meta, g));
			return [];
		}
		const paint = { ...tonePaint(meta.tone), ...(g.o < 1 ? { opacity: g.o } : {}) };
		const name = `${meta.kind} ${meta.tone}`;
		switch (meta.shape) {
			case 'rule':
				return [{ type: 'line', name, x1: g.x, x2: g.x + g.w, y1: g.y, y2: g.y + g.h, ...paint }];
			case 'ring':
				// Marks.html.svelte's ring: 1.75rem across with a 2px edge.
				return [{ type: 'circle', name, cx: g.x, cy: g.y, r: 14, stroke: palette.markHighlight, strokeWidth: 2 }];
			case 'dot':
				// Marks.html.svelte's dot: 0.9rem across with a 2px paper edge.
				return [
					{
						type: 'circle',
						name,
						cx: g.x,
						cy: g.y,
						r: 7.2,
						fill: meta.tone === 'highlight' ? palette.markHighlight : palette.mark,
						stroke: palette.paper,
						strokeWidth: 2
					}
				];
			case 'person':
				return person(name, g, meta.tone === 'highlight');
			case 'tick':
				return placedShape(meta, g);
			default:
				return [{ type: 'rect', name, x: g.x, y: g.y, w: g.w, h: g.h, ...paint }];
		}
	});
	const classed = scene.classed ? classedDrawing({ ...scene, classed: scene.classed }, plotWidth) : null;
	return {
		state: scene.state,
		// A key stands in for the caption and footnote, on the page and in the download.
		caption: scene.key ? '' : scene.caption,
		footnote: scene.key ? '' : scene.footnote,
		shapes: [...shapes, ...(classed?.leaders ?? []), ...points],
		labels: [...scene.labels.map((l) => drawLabel(l, scene.frame === 'unit')), ...(classed?.labels ?? [])],
		...(classed
			? { aspect: classed.aspect }
			: scene.frame === 'unit'
				? { aspect: 1 }
				: { squarePlot: scene.squarePlot }),
		...(scene.key ? { key: scene.key.lines.map(keyPart) } : {})
	};
}
