/**
 * Text set for a build-time SVG: runs of styled text wrapped greedily at spaces (as a browser
 * wraps) to a maximum width, measured with the fonts' own advance widths and kerning, so the
 * lines drawn are the lines measured.
 */
import { fontOf, type Family, type Weight } from '$lib/server/graphics/fonts';

export interface TextStyle {
	family: Family;
	weight: Weight;
	/** px */
	size: number;
	/** Line height, in multiples of the size. */
	lineHeight: number;
	fill: string;
}

export interface Run {
	text: string;
	style: TextStyle;
	/** Starts a new line. */
	br?: boolean;
}

export interface Line {
	runs: Run[];
	width: number;
	/** Height of the line box (the tallest run's line height). */
	height: number;
	/** From the top of the line box to the baseline. */
	baseline: number;
}

/** Width of `text` set in `style`, px. */
export function textWidth(text: string, style: Pick<TextStyle, 'family' | 'weight' | 'size'>): number {
	return fontOf(style.family, style.weight).getAdvanceWidth(text, style.size, { kerning: true });
}

/** Baseline and height of a line box holding runs of these styles (CSS half-leading). */
function lineBox(styles: readonly TextStyle[]): { height: number; baseline: number } {
	let height = 0;
	let baseline = 0;
	for (const s of styles) {
		const font = fontOf(s.family, s.weight);
		const ascent = (font.ascender / font.unitsPerEm) * s.size;
		const content = ((font.ascender - font.descender) / font.unitsPerEm) * s.size;
		const lineHeight = s.size * s.lineHeight;
		height = Math.max(height, lineHeight);
		baseline = Math.max(baseline, (lineHeight - content) / 2 + ascent);
	}
	return { height, baseline };
}

/** Merges neighbouring runs of the same style, so each line has as few tspans as it can. */
function merge(runs: Run[]): Run[] {
	const out: Run[] = [];
	for (const r of runs) {
		const last = out.at(-1);
		if (last && last.style === r.style && !r.br) last.text += r.text;
		else out.push({ ...r });
	}
	return out;
}

/**
 * The runs wrapped into lines no wider than `maxWidth` (a single word wider than that keeps a
 * line of its own, and `widest` reports it). Spaces at line ends are dropped.
 */
export function wrap(runs: readonly Run[], maxWidth: number): Line[] {
	const lines: Run[][] = [[]];
	let width = 0;
	for (const run of runs) {
		if (run.br && lines.at(-1)!.length > 0) {
			lines.push([]);
			width = 0;
		}
		for (const token of run.text.split(/(\s+)/).filter(Boolean)) {
			const space = /^\s+$/.test(token);
			const line = lines.at(-1)!;
			if (space) {
				if (line.length > 0) {
					line.push({ text: ' ', style: run.style });
					width += textWidth(' ', run.style);
				}
				continue;
			}
			const w = textWidth(token, run.style);
			if (width + w > maxWidth && line.some((r) => r.text.trim())) {
				while (line.length > 0 && !line.at(-1)!.text.trim()) line.pop();
				lines.push([{ text: token, style: run.style }]);
				width = w;
			} else {
				line.push({ text: token, style: run.style });
				width += w;
			}
		}
	}
	return lines
		.map((line) => {
			while (line.length > 0 && !line.at(-1)!.text.trim()) line.pop();
			return merge(line);
		})
		.filter((line) => line.length > 0)
		.map((line) => ({
			runs: line,
			width: line.reduce((sum, r) => sum + textWidth(r.text, r.style), 0),
			...lineBox(line.map((r) => r.style))
		}));
}

/** Width of the widest line. */
export function widest(lines: readonly Line[]): number {
	return lines.reduce((w, l) => Math.max(w, l.width), 0);
}

/** Height of the lines stacked. */
export function heightOf(lines: readonly Line[]): number {
	return lines.reduce((h, l) => h + l.height, 0);
}
