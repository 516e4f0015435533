/**
 * A chart state as a standalone image for editors (print, newsletters), drawn at build time
 * without a browser: the chart's title, its place and period, the state's caption, the plot
 * (the state's scene: marks and labels, in percent of the plot box, as the page draws them),
 * the footnote, the source line and the credit. `layoutDownload` sets every piece of text with
 * the fonts' metrics and places it; `toSvg` writes the SVG (text stays text, with <title> and
 * <desc>); `toPng` rasterises that SVG with resvg at twice its size.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { SQUARE_PLOT_ASPECT } from '$lib/charts/toolkit/scene';
import { FAMILY_NAME, fontFaceCss, fontFiles, svgFamily } from '$lib/server/graphics/fonts';
import { palette } from '$lib/server/graphics/palette';
import { cachedPng, pngKey } from './png-cache';
import type { DrawLabel, DrawScene, DrawShape } from './scene';
import { heightOf, widest, wrap, type Line, type Run, type TextStyle } from './text';

/** Width of the SVG, px (the PNG is twice this). */
export const DOWNLOAD_WIDTH = 600;
export const PNG_SCALE = 2;
const PAD = 20;
const CONTENT = DOWNLOAD_WIDTH - 2 * PAD;
/** The plot's width, px: the whole width inside the margins. */
export const PLOT_WIDTH = CONTENT;
/** Plot heights: unit charts keep their squares square (the page keeps the plot SQUARE_PLOT_ASPECT times as wide as tall). */
const PLOT_HEIGHT = 360;
const SQUARE_PLOT_HEIGHT = Math.ceil(CONTENT / SQUARE_PLOT_ASPECT);

export interface DownloadInput {
	/** The filled title (figures as published). */
	title: string;
	/** Place and period, as shown under the title on the page. */
	subtitle: string;
	/** Which step of the chart this is, e.g. "Step 2 of 4: Rates per 1,000". */
	step: string;
	scene: DrawScene;
	/** "Sources: …", with the caveats the page gives beside the chart. */
	sourceLine: string;
	/** "Chart: <site name>" (the publishers are on the source line above it). */
	credit: string;
	/** The state in words, for the SVG's <desc>. */
	description: string;
}

/** A block of set text at its place: the top-left corner of its box. */
export interface TextBlock {
	role: 'title' | 'subtitle' | 'step' | 'caption' | 'key' | 'label' | 'footnote' | 'source' | 'credit';
	x: number;
	y: number;
	width: number;
	height: number;
	lines: Line[];
	/** Left indent of the lines inside the box (a card's rule, a key square). */
	indent: number;
	/** Top padding of the lines inside the box. */
	padTop: number;
	/** Lines centred in the box (otherwise set from its left edge). */
	centred?: boolean;
	knockout?: boolean;
	card?: boolean;
	swatch?: DrawLabel['swatch'];
	/** Text size the swatch matches. */
	swatchSize?: number;
}

/** A shape placed in the document, px. */
export type PlacedShape = DrawShape & {
	px: { x: number; y: number; w: number; h: number };
	/** Where the plot's top-left corner is, px (a polyline's points are placed from it). */
	origin: { x: number; y: number; w: number; h: number };
};

export interface Drawing {
	width: number;
	height: number;
	title: string;
	description: string;
	plot: { x: number; y: number; w: number; h: number };
	shapes: PlacedShape[];
	texts: TextBlock[];
	/** y of the rule above the source line. */
	rule: number;
}

const sans = (size: number, weight: 400 | 700, fill: string, lineHeight = 1.3): TextStyle => ({
	family: 'Sans',
	weight,
	size,
	lineHeight,
	fill
});

const STYLE = {
	title: { family: 'Serif', weight: 600, size: 24, lineHeight: 1.2, fill: palette.ink } satisfies TextStyle,
	subtitle: sans(15, 400, palette.inkMuted),
	step: sans(13, 700, palette.accent),
	caption: sans(15, 700, palette.markText, 1.25),
	footnote: sans(13, 400, palette.inkMuted),
	source: sans(13, 400, palette.ink),
	sourceLabel: sans(13, 700, palette.ink),
	credit: sans(13, 400, palette.inkMuted)
};

const CARD_RULE = 4;
const CARD_PAD = { left: 12, y: 4 };

function labelRuns(l: DrawLabel): Run[] {
	return l.parts.map((p) => ({
		text: p.text,
		style: styleOnce({ family: 'Sans', weight: p.weight, size: p.size, lineHeight: p.lineHeight, fill: p.fill }),
		br: p.br
	}));
}

/** One object per distinct style, so runs of the same look merge into one tspan. */
const styles = new Map<string, TextStyle>();
function styleOnce(s: TextStyle): TextStyle {
	const key = JSON.stringify(s);
	if (!styles.has(key)) styles.set(key, s);
	return styles.get(key)!;
}

/** A label's box, placed as the page places it: relative to the plot's top-left corner. */
function placeLabel(l: DrawLabel, plotW: number, plotH: number): TextBlock {
	const base = l.parts[0]?.size ?? 15;
	const swatchW = l.swatch ? base * 0.75 + base * 0.35 : 0;
	const indent = (l.card ? CARD_RULE + CARD_PAD.left : 0) + swatchW;
	const padTop = l.card ? CARD_PAD.y : 0;
	const padRight = l.knockout ? base * 0.25 : 0;
	const room = l.anchor === 'start' ? 100 - l.x : l.anchor === 'end' ? l.x : 2 * Math.min(l.x, 100 - l.x);
	const maxWidth = ((l.maxWidth ?? room) / 100) * plotW;
	const lines = wrap(labelRuns(l), Math.max(maxWidth - indent - padRight, 1));
	const width = widest(lines) + indent + padRight;
	const height = heightOf(lines) + 2 * padTop;
	const ax = (l.x / 100) * plotW;
	const ay = (l.y / 100) * plotH + (l.dy ?? 0);
	return {
		role: 'label',
		x: l.anchor === 'start' ? ax : l.anchor === 'end' ? ax - width : ax - width / 2,
		y: l.valign === 'top' ? ay : l.valign === 'middle' ? ay - height / 2 : ay - height,
		width,
		height,
		lines,
		indent,
		padTop,
		centred: l.anchor === 'middle',
		knockout: l.knockout,
		card: l.card,
		swatch: l.swatch,
		swatchSize: base
	};
}

function block(role: TextBlock['role'], runs: Run[], x: number, y: number, maxWidth: number): TextBlock {
	const lines = wrap(runs, maxWidth);
	return { role, x, y, width: widest(lines), height: heightOf(lines), lines, indent: 0, padTop: 0 };
}

/** Every piece of the download set and placed, top to bottom. */
export function layoutDownload(input: DownloadInput): Drawing {
	const texts: TextBlock[] = [];
	let y = PAD;
	const stack = (role: TextBlock['role'], runs: Run[], gapAfter: number) => {
		if (runs.every((r) => !r.text.trim())) return;
		const b = block(role, runs, PAD, y, CONTENT);
		texts.push(b);
		y += b.height + gapAfter;
	};
	stack('title', [{ text: input.title, style: STYLE.title }], 6);
	stack('subtitle', [{ text: input.subtitle, style: STYLE.subtitle }], 14);
	stack('step', [{ text: input.step, style: STYLE.step }], input.scene.caption.trim() ? 2 : 12);
	stack('caption', [{ text: input.scene.caption, style: STYLE.caption }], 16);
	for (const [i, p] of (input.scene.key ?? []).entries()) {
		const last = i === (input.scene.key ?? []).length - 1;
		stack(
			'key',
			[
				{
					text: p.text,
					style: { family: 'Sans', weight: p.weight, size: p.size, lineHeight: p.lineHeight, fill: p.fill }
				}
			],
			last ? 12 : 2
		);
	}

	const { squarePlot, aspect } = input.scene;
	const plotH = aspect ? CONTENT / aspect : squarePlot ? SQUARE_PLOT_HEIGHT : PLOT_HEIGHT;
	const plotW = squarePlot ? Math.min(CONTENT, plotH * SQUARE_PLOT_ASPECT) : CONTENT;
	const labels = input.scene.labels.map((l) => placeLabel(l, plotW, plotH));
	const placed: PlacedShape[] = input.scene.shapes.map((shape) => ({
		...shape,
		px: extent(shape, plotW, plotH),
		origin: { x: 0, y: 0, w: plotW, h: plotH }
	}));
	// The drawing spans what the state shows: labels the page lets stand above or below the
	// plot get room (never a clip), and bands of the plot that no mark or label uses are left
	// out (the page keeps them so the plot keeps one size from state to state).
	const tops = [...labels.map((b) => b.y), ...placed.map((m) => m.px.y)];
	const bottoms = [...labels.map((b) => b.y + b.height), ...placed.map((m) => m.px.y + m.px.h)];
	const top = tops.length > 0 ? Math.min(...tops) : 0;
	const bottom = bottoms.length > 0 ? Math.max(...bottoms) : plotH;
	const plot = { x: PAD, y: y - top, w: plotW, h: plotH };
	for (const b of labels) {
		b.x = Math.min(Math.max(plot.x + b.x, PAD / 2), DOWNLOAD_WIDTH - PAD / 2 - b.width);
		b.y += plot.y;
		texts.push(b);
	}
	for (const m of placed) {
		m.px.x += plot.x;
		m.px.y += plot.y;
		m.origin = plot;
	}
	y += bottom - top + 14;

	stack('footnote', [{ text: input.scene.footnote, style: STYLE.footnote }], 14);
	const rule = y;
	y += 10;
	const [label, ...rest] = input.sourceLine.split(/(?<=:) /);
	stack(
		'source',
		rest.length > 0
			? [
					{ text: `${label} `, style: STYLE.sourceLabel },
					{ text: rest.join(' '), style: STYLE.source }
				]
			: [{ text: input.sourceLine, style: STYLE.source }],
		4
	);
	stack('credit', [{ text: input.credit, style: STYLE.credit }], 0);

	return {
		width: DOWNLOAD_WIDTH,
		height: Math.ceil(y + PAD),
		title: input.title,
		description: input.description,
		plot,
		shapes: placed,
		texts,
		rule
	};
}

function esc(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const n = (v: number) => String(Math.round(v * 100) / 100);

const FONT_STACK = {
	Sans: `'${svgFamily('Sans', 400)}', 'Source Sans Pro', Arial, sans-serif`,
	// resvg takes the first family only when it has it, so the name the font file declares comes first.
	Serif: `'${svgFamily('Serif', 600)}', '${FAMILY_NAME.Serif}', Georgia, serif`
};

/** A shape's box in px, relative to the plot's top-left corner. */
function extent(shape: DrawShape, plotW: number, plotH: number): { x: number; y: number; w: number; h: number } {
	const px = (v: number) => (v / 100) * plotW;
	const py = (v: number) => (v / 100) * plotH;
	switch (shape.type) {
		case 'rect':
			return { x: px(shape.x), y: py(shape.y), w: px(shape.w), h: py(shape.h) };
		case 'line': {
			const [x1, x2, y1, y2] = [px(shape.x1), px(shape.x2), py(shape.y1), py(shape.y2)];
			return { x: Math.min(x1, x2), y: Math.min(y1, y2), w: Math.abs(x2 - x1), h: Math.abs(y2 - y1) };
		}
		case 'circle':
		case 'diamond':
			return { x: px(shape.cx) - shape.r, y: py(shape.cy) - shape.r, w: 2 * shape.r, h: 2 * shape.r };
		case 'polyline': {
			const xs = shape.points.map((p) => px(p[0]));
			const ys = shape.points.map((p) => py(p[1]));
			return {
				x: Math.min(...xs),
				y: Math.min(...ys),
				w: Math.max(...xs) - Math.min(...xs),
				h: Math.max(...ys) - Math.min(...ys)
			};
		}
	}
}

function paint(s: { fill?: string; stroke?: string; strokeWidth?: number; dash?: string; opacity?: number }): string {
	return [
		`fill="${s.fill ?? 'none'}"`,
		s.stroke ? `stroke="${s.stroke}" stroke-width="${n(s.strokeWidth ?? 1)}"` : '',
		s.dash ? `stroke-dasharray="${s.dash}"` : '',
		s.opacity !== undefined && s.opacity < 1 ? `opacity="${n(s.opacity)}"` : ''
	]
		.filter(Boolean)
		.join(' ');
}

function shapeSvg(m: PlacedShape): string {
	const cls = `class="${esc(m.name)}"`;
	const { x, y, w, h } = m.px;
	switch (m.type) {
		case 'rect':
			return `<rect ${cls} x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"${m.rx ? ` rx="${n(m.rx)}"` : ''} ${paint(m)}/>`;
		case 'line': {
			// Back from the box to the ends, which may run either way.
			const x1 = m.x1 <= m.x2 ? x : x + w;
			const y1 = m.y1 <= m.y2 ? y : y + h;
			return `<line ${cls} x1="${n(x1)}" y1="${n(y1)}" x2="${n(x1 === x ? x + w : x)}" y2="${n(y1 === y ? y + h : y)}" ${paint({ ...m, fill: undefined })}/>`;
		}
		case 'circle':
			return `<circle ${cls} cx="${n(x + w / 2)}" cy="${n(y + h / 2)}" r="${n(m.r)}" ${paint(m)}/>`;
		case 'polyline': {
			const points = m.points.map(
				([px, py]) => `${n(m.origin.x + (px / 100) * m.origin.w)},${n(m.origin.y + (py / 100) * m.origin.h)}`
			);
			return `<polyline ${cls} points="${points.join(' ')}" ${paint({ ...m, fill: undefined })}/>`;
		}
		case 'diamond': {
			const cx = x + w / 2;
			const cy = y + h / 2;
			return `<path ${cls} d="M${n(cx)} ${n(y)}L${n(x + w)} ${n(cy)}L${n(cx)} ${n(y + h)}L${n(x)} ${n(cy)}Z" ${paint(m)}/>`;
		}
	}
}

function textSvg(b: TextBlock): string {
	const out: string[] = [];
	if (b.knockout)
		out.push(
			`<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" fill="${palette.paper}"/>`
		);
	if (b.card)
		out.push(`<rect x="${n(b.x)}" y="${n(b.y)}" width="${CARD_RULE}" height="${n(b.height)}" fill="${palette.mark}"/>`);
	if (b.swatch && b.swatchSize && b.lines[0]) {
		const s = b.swatchSize * 0.75;
		const first = b.lines[0];
		const sy = b.y + b.padTop + first.baseline - s + b.swatchSize * 0.05;
		const sx = b.x + (b.card ? CARD_RULE + CARD_PAD.left : 0);
		const inset = b.swatch.stroke ? 0.75 : 0;
		out.push(
			`<rect x="${n(sx + inset)}" y="${n(sy + inset)}" width="${n(s - 2 * inset)}" height="${n(s - 2 * inset)}" ${paint({ ...b.swatch, strokeWidth: 1.5 })}/>`
		);
	}
	let top = b.y + b.padTop;
	const inner = b.width - b.indent;
	for (const line of b.lines) {
		const spans = line.runs
			.map((r) => {
				const s = r.style;
				return `<tspan font-family="${FONT_STACK[s.family]}" font-weight="${s.weight}" font-size="${n(s.size)}" fill="${s.fill}">${esc(r.text)}</tspan>`;
			})
			.join('');
		const x = b.x + b.indent + (b.centred ? (inner - line.width) / 2 : 0);
		out.push(`<text x="${n(x)}" y="${n(top + line.baseline)}" xml:space="preserve">${spans}</text>`);
		top += line.height;
	}
	return `<g class="${b.role}">${out.join('')}</g>`;
}

/** The drawing as a standalone SVG document. */
export function toSvg(d: Drawing): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" width="${d.width}" height="${d.height}" viewBox="0 0 ${d.width} ${d.height}" role="img" aria-labelledby="title desc">`,
		`<title id="title">${esc(d.title)}</title>`,
		`<desc id="desc">${esc(d.description)}</desc>`,
		`<defs><style>${fontFaceCss()}</style></defs>`,
		`<rect width="${d.width}" height="${d.height}" fill="${palette.paper}"/>`,
		`<g class="marks">${d.shapes.map(shapeSvg).join('')}</g>`,
		`<line x1="${PAD}" x2="${d.width - PAD}" y1="${n(d.rule)}" y2="${n(d.rule)}" stroke="${palette.rule}" stroke-width="1"/>`,
		...d.texts.map(textSvg),
		'</svg>'
	].join('\n');
}

/** resvg's options for the downloads: twice the size, the page's fonts only, on the page's paper. */
function resvgOptions() {
	return {
		fitTo: { mode: 'zoom' as const, value: PNG_SCALE },
		font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FAMILY_NAME.Sans },
		background: palette.paper
	};
}

let rendererKeyParts: (string | Uint8Array)[] | undefined;
/** What, besides the SVG, decides a PNG's pixels: resvg's version, its options, the fonts' bytes. */
function rendererKey(): (string | Uint8Array)[] {
	rendererKeyParts ??= [
		createRequire(import.meta.url)('@resvg/resvg-js/package.json').version as string,
		JSON.stringify(resvgOptions()),
		...fontFiles().map((file) => readFileSync(file))
	];
	return rendererKeyParts;
}

/** The SVG as a PNG at twice its size, with the same fonts (kept between builds: png-cache.ts). */
export function toPng(svg: string): Buffer {
	return cachedPng(pngKey([...rendererKey(), svg]), () => new Resvg(svg, resvgOptions()).render().asPng());
}
