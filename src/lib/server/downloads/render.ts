/**
 * A chart state as a standalone image for editors (print, newsletters), drawn at build time
 * without a browser: the chart's title, its place and period, the state's caption, the plot
 * (the state's scene: marks and labels, in percent of the plot box, as the page draws them),
 * the footnote, the source line and the credit. `layoutDownload` sets every piece of text with
 * the fonts' metrics and places it; `toSvg` writes the SVG (text stays text, with <title> and
 * <desc>); `toPng` rasterises that SVG with resvg at twice its size.
 */
import { Resvg } from '@resvg/resvg-js';
import type { Label, MarkMeta, Geom, Scene, Tone } from '$lib/charts/toolkit/scene';
import { FAMILY_NAME, fontFiles } from '$lib/server/graphics/fonts';
import { palette } from '$lib/server/graphics/palette';
import { heightOf, widest, wrap, type Line, type Run, type TextStyle } from './text';

/** Width of the SVG, px (the PNG is twice this). */
export const DOWNLOAD_WIDTH = 600;
export const PNG_SCALE = 2;
const PAD = 20;
const CONTENT = DOWNLOAD_WIDTH - 2 * PAD;
/** Plot heights: unit charts keep their squares square (the page keeps the plot at most 1.4 times as wide as tall). */
const PLOT_HEIGHT = 360;
const SQUARE_PLOT_HEIGHT = Math.ceil(CONTENT / 1.4);

export interface DownloadInput {
	/** The filled title (figures as published). */
	title: string;
	/** Place and period, as shown under the title on the page. */
	subtitle: string;
	/** Which step of the chart this is, e.g. "Step 2 of 4: Rates per 1,000". */
	step: string;
	scene: Scene;
	/** "Sources: …", with the caveats the page gives beside the chart. */
	sourceLine: string;
	/** "Chart: <site name>" (the publishers are on the source line above it). */
	credit: string;
	/** The state in words, for the SVG's <desc>. */
	description: string;
}

/** A block of set text at its place: the top-left corner of its box. */
export interface TextBlock {
	role: 'title' | 'subtitle' | 'step' | 'caption' | 'label' | 'footnote' | 'source' | 'credit';
	x: number;
	y: number;
	width: number;
	height: number;
	lines: Line[];
	/** Left indent of the lines inside the box (a card's rule, a key square). */
	indent: number;
	/** Top padding of the lines inside the box. */
	padTop: number;
	knockout?: boolean;
	card?: boolean;
	swatch?: 'filled' | 'outline';
	/** Text size the swatch matches. */
	swatchSize?: number;
}

export interface MarkShape {
	meta: MarkMeta;
	geom: Geom;
	/** px, in the document. */
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface Drawing {
	width: number;
	height: number;
	title: string;
	description: string;
	plot: { x: number; y: number; w: number; h: number };
	marks: MarkShape[];
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

/** The page's label sizes at desktop widths (Labels.html.svelte): 15px text, large labels 24px, big values 32px. */
const LABEL = {
	normal: { size: 15, lineHeight: 1.25 },
	large: { size: 24, lineHeight: 1.1 },
	big: { size: 32, lineHeight: 1.1 },
	/** Plain words inside a large label are 0.65em. */
	largeWords: 0.65
};
const CARD_RULE = 4;
const CARD_PAD = { left: 12, y: 4 };

function labelRuns(l: Label): Run[] {
	const base = LABEL[l.size];
	return l.parts.map((p) => {
		const size = p.strong && p.big ? LABEL.big.size : p.strong || l.size === 'normal' ? base.size : base.size * LABEL.largeWords;
		const lineHeight = p.strong && p.big ? LABEL.big.lineHeight : base.lineHeight;
		const style: TextStyle = {
			family: 'Sans',
			weight: p.strong ? 700 : 400,
			size,
			lineHeight,
			fill: p.muted ? palette.inkMuted : palette.markText
		};
		return { text: p.text, style: styleOnce(style), br: p.br };
	});
}

/** One object per distinct style, so runs of the same look merge into one tspan. */
const styles = new Map<string, TextStyle>();
function styleOnce(s: TextStyle): TextStyle {
	const key = JSON.stringify(s);
	if (!styles.has(key)) styles.set(key, s);
	return styles.get(key)!;
}

/** A label's box, placed as the page places it: relative to the plot's top-left corner. */
function placeLabel(l: Label, plotW: number, plotH: number): TextBlock {
	const base = LABEL[l.size].size;
	const swatchW = l.swatch ? base * 0.75 + base * 0.35 : 0;
	const indent = (l.card ? CARD_RULE + CARD_PAD.left : 0) + swatchW;
	const padTop = l.card ? CARD_PAD.y : 0;
	const padRight = l.knockout ? base * 0.25 : 0;
	const maxWidth = ((l.maxWidth ?? (l.anchor === 'start' ? 100 - l.x : l.x)) / 100) * plotW;
	const lines = wrap(labelRuns(l), Math.max(maxWidth - indent - padRight, 1));
	const width = widest(lines) + indent + padRight;
	const height = heightOf(lines) + 2 * padTop;
	const ax = (l.x / 100) * plotW;
	const ay = (l.y / 100) * plotH;
	return {
		role: 'label',
		x: l.anchor === 'start' ? ax : ax - width,
		y: l.valign === 'top' ? ay : l.valign === 'middle' ? ay - height / 2 : ay - height,
		width,
		height,
		lines,
		indent,
		padTop,
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
	stack('step', [{ text: input.step, style: STYLE.step }], 2);
	stack('caption', [{ text: input.scene.caption, style: STYLE.caption }], 16);

	const plotH = input.scene.squarePlot ? SQUARE_PLOT_HEIGHT : PLOT_HEIGHT;
	const plotW = input.scene.squarePlot ? Math.min(CONTENT, plotH * 1.4) : CONTENT;
	const labels = input.scene.labels.map((l) => placeLabel(l, plotW, plotH));
	const shown = input.scene.meta.flatMap((meta, i) => {
		const geom = input.scene.geom[i];
		return geom && meta.visible && geom.o > 0 ? [{ meta, geom }] : [];
	});
	// The drawing spans what the state shows: labels the page lets stand above or below the
	// plot get room (never a clip), and bands of the plot that no mark or label uses are left
	// out (the page keeps them so the plot keeps one size from state to state).
	const tops = [...labels.map((b) => b.y), ...shown.map((m) => (m.geom.y / 100) * plotH)];
	const bottoms = [...labels.map((b) => b.y + b.height), ...shown.map((m) => ((m.geom.y + m.geom.h) / 100) * plotH)];
	const top = tops.length > 0 ? Math.min(...tops) : 0;
	const bottom = bottoms.length > 0 ? Math.max(...bottoms) : plotH;
	const plot = { x: PAD, y: y - top, w: plotW, h: plotH };
	for (const b of labels) {
		b.x = Math.min(Math.max(plot.x + b.x, PAD / 2), DOWNLOAD_WIDTH - PAD / 2 - b.width);
		b.y += plot.y;
		texts.push(b);
	}
	y += bottom - top + 14;

	const marks: MarkShape[] = shown.map(({ meta, geom }) => ({
		meta,
		geom,
		x: plot.x + (geom.x / 100) * plot.w,
		y: plot.y + (geom.y / 100) * plot.h,
		w: (geom.w / 100) * plot.w,
		h: (geom.h / 100) * plot.h
	}));

	stack('footnote', [{ text: input.scene.footnote, style: STYLE.footnote }], 14);
	const rule = y;
	y += 10;
	const [label, ...rest] = input.sourceLine.split(/(?<=:) /);
	stack('source', rest.length > 0 ? [{ text: `${label} `, style: STYLE.sourceLabel }, { text: rest.join(' '), style: STYLE.source }] : [{ text: input.sourceLine, style: STYLE.source }], 4);
	stack('credit', [{ text: input.credit, style: STYLE.credit }], 0);

	return {
		width: DOWNLOAD_WIDTH,
		height: Math.ceil(y + PAD),
		title: input.title,
		description: input.description,
		plot,
		marks,
		texts,
		rule
	};
}

function esc(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const n = (v: number) => String(Math.round(v * 100) / 100);

const FONT_STACK = {
	Sans: `'${FAMILY_NAME.Sans}', 'Source Sans Pro', Arial, sans-serif`,
	// The SemiBold file names its family 'Source Serif 4 SemiBold'; resvg takes the first family only when it has it.
	Serif: `'${FAMILY_NAME.Serif} SemiBold', '${FAMILY_NAME.Serif}', Georgia, serif`
};

/** How each tone is filled or stroked: the page's `.chart .<tone>` rules (SceneChart.svelte). */
function toneAttrs(tone: Tone): string {
	switch (tone) {
		case 'mark':
			return `fill="${palette.mark}"`;
		case 'highlight':
			return `fill="${palette.markHighlight}"`;
		case 'muted':
			return `fill="${palette.markMuted}"`;
		case 'outline':
			return `fill="${palette.paper}" stroke="${palette.markMuted}" stroke-width="1.5"`;
		case 'dashed':
			return `fill="${palette.paper}" stroke="${palette.markMuted}" stroke-width="1.5" stroke-dasharray="5 4"`;
		case 'ink':
			return `fill="none" stroke="${palette.markText}" stroke-width="2"`;
	}
}

function markSvg(m: MarkShape): string {
	const opacity = m.geom.o < 1 ? ` opacity="${n(m.geom.o)}"` : '';
	const cls = ` class="${esc(m.meta.kind)} ${m.meta.tone}"`;
	if (m.meta.shape === 'rule') {
		return `<line${cls} x1="${n(m.x)}" x2="${n(m.x)}" y1="${n(m.y)}" y2="${n(m.y + m.h)}" ${toneAttrs(m.meta.tone)}${opacity}/>`;
	}
	return `<rect${cls} x="${n(m.x)}" y="${n(m.y)}" width="${n(m.w)}" height="${n(m.h)}" ${toneAttrs(m.meta.tone)}${opacity}/>`;
}

function textSvg(b: TextBlock): string {
	const out: string[] = [];
	if (b.knockout) out.push(`<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" fill="${palette.paper}"/>`);
	if (b.card) out.push(`<rect x="${n(b.x)}" y="${n(b.y)}" width="${CARD_RULE}" height="${n(b.height)}" fill="${palette.mark}"/>`);
	if (b.swatch && b.swatchSize && b.lines[0]) {
		const s = b.swatchSize * 0.75;
		const first = b.lines[0];
		const sy = b.y + b.padTop + first.baseline - s + b.swatchSize * 0.05;
		const sx = b.x + (b.card ? CARD_RULE + CARD_PAD.left : 0);
		out.push(
			b.swatch === 'filled'
				? `<rect x="${n(sx)}" y="${n(sy)}" width="${n(s)}" height="${n(s)}" fill="${palette.mark}"/>`
				: `<rect x="${n(sx + 0.75)}" y="${n(sy + 0.75)}" width="${n(s - 1.5)}" height="${n(s - 1.5)}" fill="${palette.paper}" stroke="${palette.markMuted}" stroke-width="1.5"/>`
		);
	}
	let top = b.y + b.padTop;
	for (const line of b.lines) {
		const spans = line.runs
			.map((r) => {
				const s = r.style;
				return `<tspan font-family="${FONT_STACK[s.family]}" font-weight="${s.weight}" font-size="${n(s.size)}" fill="${s.fill}">${esc(r.text)}</tspan>`;
			})
			.join('');
		out.push(`<text x="${n(b.x + b.indent)}" y="${n(top + line.baseline)}" xml:space="preserve">${spans}</text>`);
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
		`<rect width="${d.width}" height="${d.height}" fill="${palette.paper}"/>`,
		`<g class="marks">${d.marks.map(markSvg).join('')}</g>`,
		`<line x1="${PAD}" x2="${d.width - PAD}" y1="${n(d.rule)}" y2="${n(d.rule)}" stroke="${palette.rule}" stroke-width="1"/>`,
		...d.texts.map(textSvg),
		'</svg>'
	].join('\n');
}

/** The SVG as a PNG at twice its size, with the same fonts. */
export function toPng(svg: string): Buffer {
	const png = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: PNG_SCALE },
		font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FAMILY_NAME.Sans },
		background: palette.paper
	}).render();
	return png.asPng();
}
