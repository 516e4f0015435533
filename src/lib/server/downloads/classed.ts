/**
 * A scene's placed marks and classed labels (the timelines') as a download draws them: the
 * labels' placement for one size class, the one the page picks for a desktop chart of the
 * download's width, at its tallest height class that fits every label, so labels, leaders and
 * month names land where the page puts them (Placed.html.svelte, ClassedLabels.html.svelte).
 */
import { HEIGHT_CLASSES, comboFor } from '$lib/charts/toolkit/sizeClasses';
import type { Classed, ClassedLabel, Geom, MarkMeta, Scene } from '$lib/charts/toolkit/scene';
import { palette } from '$lib/server/graphics/palette';
import type { DrawLabel, DrawPart, DrawShape } from './scene';

const EM = 13;
/** The classed labels' line height (--lh) and small type (0.9231em), as on the page. */
const LH = EM * 1.25;
const SMALL = 12 / 13;

function part(text: string, size: number, fill: string, weight: 400 | 700 = 400): DrawPart {
	return { text, size, lineHeight: LH / size, weight, fill, br: true };
}

/** A placed mark (a point, a diamond, a hairline tick), edged in paper like the page's. */
export function placedShape(meta: MarkMeta, g: Geom): DrawShape[] {
	const name = `${meta.kind} ${meta.tone}`;
	const at = { name, cx: g.x, cy: g.y };
	const size = (meta.size ?? g.w) * EM;
	if (meta.shape === 'tick') {
		return [{ type: 'line', name, x1: g.x, x2: g.x + g.w, y1: g.y, y2: g.y, stroke: palette.rule, strokeWidth: 1 }];
	}
	if (meta.shape === 'diamond') {
		const r = (size * Math.SQRT2) / 2;
		return [{ type: 'diamond', ...at, r, fill: palette.markText, stroke: palette.paper, strokeWidth: 2 }];
	}
	switch (meta.tone) {
		case 'highlight':
			return [
				{ type: 'circle', ...at, r: size / 2 + 1, fill: palette.markHighlight, stroke: palette.paper, strokeWidth: 2 }
			];
		case 'outline':
			return [
				{ type: 'circle', ...at, r: size / 2 - 1, fill: palette.paper, stroke: palette.markMuted, strokeWidth: 2 }
			];
		default:
			return [
				{ type: 'circle', ...at, r: size / 2 + 0.75, fill: palette.mark, stroke: palette.paper, strokeWidth: 1.5 }
			];
	}
}

/** The size class a download uses, and the plot height it was made for. */
export function downloadSizeClass(
	plotWidth: number,
	fitted: readonly boolean[]
): { index: number; w: number; heightPx: number } {
	const w = Math.floor(comboFor(plotWidth / EM, 0) / HEIGHT_CLASSES.length);
	const tallest =
		[...HEIGHT_CLASSES.keys()].reverse().find((h) => fitted[w * HEIGHT_CLASSES.length + h]) ??
		HEIGHT_CLASSES.length - 1;
	return { index: w * HEIGHT_CLASSES.length + tallest, w, heightPx: HEIGHT_CLASSES[tallest]!.assumeEm * EM };
}

function partsOf(l: ClassedLabel, k: number): DrawPart[] {
	const small = l.look === 'past' || l.look === 'context' || l.look === 'axis';
	const size = small ? EM * SMALL : EM;
	const fill =
		l.look === 'past' || l.look === 'axis'
			? palette.inkMuted
			: l.look === 'context'
				? palette.markMuted
				: palette.markText;
	const wording = l.short?.[k] ? 'short' : 'full';
	const words = l.parts.filter((p) => p.role === 'words');
	const shown = words.find((p) => p.alt === wording) ?? words[0];
	return l.parts.flatMap((p): DrawPart[] => {
		switch (p.role) {
			case 'date':
				if (l.optional && !l.optional[k]) return [];
				return [part(p.text, EM, l.look === 'reference' ? palette.markText : palette.markHighlight, 700)];
			case 'words':
				return p === shown ? [part(p.text, size, fill, l.look === 'focus' ? 700 : 400)] : [];
			case 'tag':
				return [part(p.text, EM * SMALL, palette.inkMuted)];
			case 'year':
				return [part(p.text, size, fill, 700)];
			case 'name':
				return [part(p.text, size, fill)];
		}
	});
}

/**
 * The classed labels a size class shows, each at its mark plus its offset, with their leaders;
 * and the plot's shape (the class's width over its height).
 */
export function classedDrawing(
	scene: Scene & { classed: Classed },
	plotWidth: number
): { leaders: DrawShape[]; labels: DrawLabel[]; aspect: number } {
	const { labels: classed, measureEm, fitted } = scene.classed;
	const { index: k, w, heightPx } = downloadSizeClass(plotWidth, fitted);
	const emY = (em: number) => ((em * EM) / heightPx) * 100;
	const leaders: DrawShape[] = [];
	const labels: DrawLabel[] = [];
	for (const l of classed) {
		const mark = scene.geom[l.at];
		const meta = scene.meta[l.at];
		if (!mark || !meta?.visible || mark.o <= 0 || !l.o[k]) continue;
		if (l.valign === 'below') {
			labels.push({
				id: l.id,
				parts: partsOf(l, k),
				x: l.x - (0.65 * EM * SMALL * 100) / plotWidth,
				y: mark.y,
				anchor: 'end',
				valign: 'top'
			});
			continue;
		}
		const y = mark.y + emY(l.dy[k] ?? 0);
		if (l.leader) {
			const x1 = l.x - (0.3 * EM * 100) / plotWidth;
			const run = x1 - mark.x;
			leaders.push({
				type: 'polyline',
				name: `leader ${l.look}`,
				points: [
					[mark.x, mark.y],
					[mark.x + 0.4 * run, mark.y],
					[mark.x + 0.88 * run, y],
					[x1, y]
				],
				...(l.look === 'focus'
					? { stroke: palette.markHighlight, strokeWidth: 1.5 }
					: { stroke: palette.markMuted, strokeWidth: 1 })
			});
		}
		labels.push({
			id: l.id,
			parts: partsOf(l, k),
			x: l.x,
			y,
			dy: -LH / 2,
			anchor: l.anchor,
			valign: 'top',
			...(l.measured ? { maxWidth: ((measureEm[w] ?? 0) * EM * 100) / plotWidth } : {})
		});
	}
	return { leaders, labels, aspect: plotWidth / heightPx };
}
