import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import opentype from 'opentype.js';
import { readFileSync } from 'node:fs';
import { chartDownloads, DOWNLOAD_FORMATS } from '$lib/charts/downloads';
import { chartCaveats, chartSources } from '$lib/charts/describe';
import { charts } from '$lib/charts/registry';
import { fillTemplate } from '$lib/charts/validate';
import { figures } from '$lib/data/figures';
import { downloadFiles, downloadInput, renderDownloadFile } from '$lib/server/downloads/charts';
import { DOWNLOAD_WIDTH, layoutDownload, PNG_SCALE, toSvg, type TextBlock } from '$lib/server/downloads/render';
import { fromScene, tonePaint } from '$lib/server/downloads/scene';
import { isScene, sceneOf } from '$lib/charts/drawings';
import type { Scene } from '$lib/charts/toolkit/scene';
import { wrap, textWidth } from '$lib/server/downloads/text';
import { woffToSfnt } from '$lib/server/graphics/fonts';
import { customProperties, palette } from '$lib/server/graphics/palette';

const cases = charts.flatMap((chart) => chart.states.map((s) => ({ chart, state: s.id })));

function pngSize(png: Uint8Array): { width: number; height: number } {
	const view = Buffer.from(png);
	expect(view.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

/** The text an SVG draws, tspans joined per <text>, entities decoded. */
function drawnText(svg: string): string {
	return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)]
		.map((m) => m[1]!.replace(/<[^>]+>/g, ''))
		.join('\n')
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

function overlap(a: TextBlock, b: TextBlock): number {
	const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
	const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
	return w > 0 && h > 0 ? w * h : 0;
}

describe('chart downloads', () => {
	it('lists an SVG and a PNG for every state of every chart, at paths read from the registry', () => {
		expect(charts.length).toBeGreaterThan(0);
		const files = downloadFiles();
		expect(files).toHaveLength(charts.reduce((n, c) => n + c.states.length * 2, 0));
		for (const chart of charts) {
			for (const s of chart.states)
				for (const f of DOWNLOAD_FORMATS) expect(files).toContain(`${chart.id}/${s.id}.${f}`);
		}
		expect(files).toHaveLength(new Set(files).size);
		const names = chartDownloads(charts[0]!).map((d) => d.name);
		expect(names[0]).toBe(`Step 1, ‘${charts[0]!.states[0]!.label}’`);
	});

	it.each(cases)(
		'$chart.id / $state: the SVG is well formed and draws the title, place and period, source line and credit',
		({ chart, state }) => {
			const found = renderDownloadFile(chart.id, `${state}.svg`);
			expect(found?.type).toBe('image/svg+xml');
			const svg = String(found?.body);
			// resvg refuses SVG that is not well-formed XML.
			expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
			const title = fillTemplate(chart.title, figures);
			const text = drawnText(svg).replace(/\n/g, ' ');
			expect(text).toContain(title);
			expect(text).toContain(chart.place);
			expect(text).toContain(chart.period);
			for (const source of chartSources(chart, figures)) expect(text).toContain(source.publisher);
			for (const caveat of chartCaveats(chart, figures)) expect(text).toContain(caveat);
			expect(text).toContain('Chart: The Met’s plan, measure by measure');
			expect(svg).toMatch(new RegExp(`<title id="title">${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</title>`));
			expect(svg).toMatch(/<desc id="desc">[^<]*Step \d+ of \d+/);
			// It carries its fonts, for a browser or CMS without them installed.
			for (const family of ['Source Sans 3', 'Source Serif 4 SemiBold']) {
				expect(svg).toMatch(
					new RegExp(`@font-face\\{font-family:'${family}';font-weight:\\d+;src:url\\(data:font/woff2;base64,`)
				);
			}
			// Every label the page shows for the state is drawn.
			const input = downloadInput(chart, state);
			for (const label of input.scene.labels) {
				for (const part of label.parts)
					for (const word of part.text.split(/\s+/).filter(Boolean)) expect(text).toContain(word);
			}
			// Every shape of the state is drawn.
			expect(input.scene.shapes.length).toBeGreaterThan(0);
			expect(svg.match(/<(rect|line|circle|path|polyline) class="/g) ?? []).toHaveLength(input.scene.shapes.length);
		}
	);

	it.each(cases)('$chart.id / $state: no text is cut off or collides', ({ chart, state }) => {
		const d = layoutDownload(downloadInput(chart, state));
		for (const t of d.texts) {
			expect(t.x, `${t.role} left edge`).toBeGreaterThanOrEqual(0);
			expect(t.x + t.width, `${t.role} right edge`).toBeLessThanOrEqual(d.width);
			expect(t.y, `${t.role} top`).toBeGreaterThanOrEqual(0);
			expect(t.y + t.height, `${t.role} bottom`).toBeLessThanOrEqual(d.height);
		}
		for (const [i, a] of d.texts.entries()) {
			for (const b of d.texts.slice(i + 1)) {
				const words = (t: TextBlock) => t.lines.map((l) => l.runs.map((r) => r.text).join('')).join(' ');
				expect(overlap(a, b), `"${words(a)}" and "${words(b)}" overlap`).toBeLessThan(1);
			}
		}
	});

	it.each(cases)('$chart.id / $state: the PNG is twice the SVG’s size', { timeout: 20_000 }, ({ chart, state }) => {
		const d = layoutDownload(downloadInput(chart, state));
		const found = renderDownloadFile(chart.id, `${state}.png`);
		expect(found?.type).toBe('image/png');
		expect(pngSize(found!.body as Uint8Array)).toEqual({
			width: DOWNLOAD_WIDTH * PNG_SCALE,
			height: d.height * PNG_SCALE
		});
	});

	it('draws marks in the page’s colours, read from global.css', () => {
		const { chart, state } = cases[0]!;
		const svg = toSvg(layoutDownload(downloadInput(chart, state)));
		const css = customProperties(readFileSync('src/lib/styles/global.css', 'utf8'));
		expect(palette.mark).toBe(css.get('mark'));
		expect(palette.markHighlight).toBe(css.get('mark-highlight'));
		expect(svg).toMatch(new RegExp(`fill="${css.get('mark')}"`));
		expect(customProperties(':root{--a: #111;} :root{--a:#222;}').get('a')).toBe('#222');
	});

	it('answers nothing for an unknown chart, state or format', () => {
		const { chart, state } = cases[0]!;
		expect(renderDownloadFile('no-such-chart', `${state}.svg`)).toBeNull();
		expect(renderDownloadFile(chart.id, 'no-such-state.svg')).toBeNull();
		expect(renderDownloadFile(chart.id, `${state}.gif`)).toBeNull();
		expect(renderDownloadFile(chart.id, `../${state}.svg`)).toBeNull();
		expect(() => downloadInput(chart, 'no-such-state')).toThrow(/no state/);
	});
});

describe('download text setting', () => {
	const style = { family: 'Sans', weight: 400, size: 15, lineHeight: 1.25, fill: '#000' } as const;

	it('wraps at spaces within the width, keeping a new line where a part asks for one', () => {
		const text = 'Stop and searches for every 1,000 people in each group, year ending March 2020';
		const lines = wrap([{ text, style }], 200);
		expect(lines.length).toBeGreaterThan(1);
		for (const l of lines) expect(l.width).toBeLessThanOrEqual(200);
		expect(lines.map((l) => l.runs.map((r) => r.text).join('')).join(' ')).toBe(text);
		const broken = wrap(
			[
				{ text: 'one', style },
				{ text: 'two', style, br: true }
			],
			500
		);
		expect(broken).toHaveLength(2);
	});

	it('measures with the font’s own widths', () => {
		expect(textWidth('WWW', style)).toBeGreaterThan(textWidth('iii', style));
		expect(textWidth('abc', { ...style, size: 30 })).toBeCloseTo(2 * textWidth('abc', style), 5);
	});

	it('unpacks a WOFF into the OpenType font it wraps', () => {
		const woff = readFileSync('node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff');
		const sfnt = woffToSfnt(woff);
		const font = opentype.parse(sfnt.buffer.slice(sfnt.byteOffset, sfnt.byteOffset + sfnt.byteLength));
		expect(font.names.fontFamily?.en).toBe('Source Sans 3');
		expect(font.getAdvanceWidth('Hello', 15)).toBeGreaterThan(0);
		expect(() => woffToSfnt(Buffer.from('not a font at all, not at all'))).toThrow(/WOFF/);
	});
});

describe('download scenes', () => {
	it('draws a toolkit scene’s visible marks in their tones, and only those', () => {
		const chart = charts.find((c) => isScene(c.draw(c.states[0]!.id, figures)))!;
		const scene = chart.draw(chart.states[0]!.id, figures) as Scene;
		const drawn = fromScene(scene);
		const visible = scene.meta.filter((m, i) => m.visible && (scene.geom[i]?.o ?? 0) > 0);
		expect(drawn.shapes).toHaveLength(visible.length);
		expect(drawn.shapes[0]?.fill ?? drawn.shapes[0]?.stroke).toBe(
			tonePaint(visible[0]!.tone).fill ?? tonePaint(visible[0]!.tone).stroke
		);
	});

	it('draws a scene’s key over the plot once, in place of its caption and footnote', () => {
		for (const chart of charts) {
			for (const state of chart.states) {
				const scene = chart.draw(state.id, figures);
				if (!isScene(scene) || !scene.key) continue;
				const drawn = fromScene(scene);
				expect(drawn.key?.map((p) => p.text)).toEqual(scene.key.lines.map((l) => l.text));
				const blocks = layoutDownload(downloadInput(chart, state.id)).texts;
				const wordsOf = (role: string) =>
					blocks
						.filter((b) => b.role === role)
						.flatMap((b) => b.lines.flatMap((l) => l.runs.map((r) => r.text)))
						.join(' ');
				expect(wordsOf('key')).toContain(scene.key.lines[0]!.text.split(' ').slice(0, 3).join(' '));
				expect(wordsOf('caption').trim()).toBe('');
				expect(wordsOf('footnote').trim()).toBe('');
				expect(drawn.caption).toBe('');
				expect(drawn.footnote).toBe('');
			}
		}
	});

	it('names a chart whose layout returns no scene', () => {
		expect(() => sceneOf('no-such-chart', {})).toThrow(/no-such-chart/);
	});

	it('draws a timeline’s events with their dots, and its highlighted ones labelled and led to, in every state', () => {
		for (const chart of charts.filter((c) => c.id === 'timeline-2021' || c.id === 'missteps')) {
			for (const state of chart.states) {
				const scene = sceneOf(chart.id, chart.draw(state.id, figures));
				const drawn = fromScene(scene);
				const events = scene.meta.filter((m) => m.kind === 'event' && m.visible);
				const labelled = drawn.labels.filter((l) => l.id.startsWith('event-')).map((l) => l.id);
				for (const m of events.filter((m) => m.data?.kind === 'focus' || m.data?.kind === 'reference'))
					expect(labelled, `${chart.id} ${state.id}`).toContain(`event-${m.key}`);
				expect(drawn.shapes.filter((s) => s.type === 'polyline')).toHaveLength(labelled.length);
				expect(drawn.shapes.filter((s) => s.type === 'circle' || s.type === 'diamond')).toHaveLength(events.length);
			}
		}
	});
});
