import type { Figures } from '$lib/charts/chartFigures';
import type { Chart } from '$lib/charts/define';
import { isScene } from '$lib/charts/drawings';
import type { ChartBox, SceneLines } from '$lib/charts/toolkit/scene';
import type { Figure } from '$lib/data/types';

/**
 * What a chart's island needs to draw it, and no more (server only): either every state's
 * layout output, or the numbers its layout reads, the layout then running in the browser.
 * Measured on `/` (gzip): the unit charts' layouts are many squares (who-gets-stopped 14.6 KB,
 * misconduct-funnel 14.2 KB, one-a-week 5.5 KB in the HTML) against 1.5 to 2.5 KB of layout code
 * and under 1 KB of numbers; the small charts' layouts weigh 1.1 to 1.7 KB, less than their code.
 * So a chart whose layouts, all states, serialise to at most DRAWN_INLINE_MAX characters gets
 * them; a larger one gets its numbers. A layout module that says `laidOutAtBuild` (the
 * timelines, whose label placement measures text) is always sent as layouts: it never runs in
 * the browser.
 */
export type ChartData = (
	| {
			/** Each state's layout in the `regular` box. */
			drawn: Record<string, unknown>;
			/** For the other boxes, the states whose layout differs there (the rest draw `drawn`). */
			boxes?: Partial<Record<ChartBox, Record<string, unknown>>>;
	  }
	| { figures: Figures }
) & {
	/** Every state's caption and footnote, for a chart that draws them (see SceneLines); not in the page (chartDataInPage). */
	lines?: SceneLines[];
};

/**
 * How a page carries it. Layouts over DRAWN_INLINE_MAX characters (the timelines', laid out at
 * build: about 100 KB of JSON each) are not written into every page that shows the chart: they
 * are a same-origin file of their own, `drawnFrom`, that the island fetches when it hydrates
 * (main.ts). The server's render draws the first state from them, so a reader without script
 * misses nothing.
 */
export type ChartDataInPage = ChartData | { drawnFrom: string };

const layoutModules = import.meta.glob<{ laidOutAtBuild?: boolean }>('../charts/*/layout.ts', { eager: true });

export function laidOutAtBuild(chartId: string): boolean {
	return layoutModules[`../charts/${chartId}/layout.ts`]?.laidOutAtBuild === true;
}

/**
 * The chart's own figures, with only what a layout reads: no quote, note, rating or source
 * record beyond the publisher's name (those stay on the server, in the notes and the data table;
 * the layouts run in the browser draw the same without them, island-chart-data.test.ts), and no
 * id, which is its key (state-drawings.ts `withIds` puts it back).
 */
export function layoutFigures(chart: Chart, figures: Figures): Figures {
	const out: Record<string, Figure> = {};
	for (const id of chart.figureIds) {
		const f = figures[id];
		if (!f) continue;
		const {
			id: _id,
			quote: _quote,
			note: _note,
			confidence: _confidence,
			publishedAfterStatement: _after,
			partOf: _partOf,
			source,
			...rest
		} = f;
		out[id] = { ...rest, source: { publisher: source.publisher } } as Figure;
	}
	return out;
}

/** About 2 KB gzip of layouts: what a chart's layout code weighs in the browser. */
export const DRAWN_INLINE_MAX = 24_000;

export function chartData(chart: Chart, states: readonly string[], figures: Figures): ChartData {
	const drawn = Object.fromEntries(states.map((state) => [state, chart.draw(state, figures)]));
	const boxes: Partial<Record<ChartBox, Record<string, unknown>>> = {};
	for (const box of chart.boxes) {
		const differing = states
			.map((state) => [state, chart.draw(state, figures, box)] as const)
			.filter(([state, out]) => JSON.stringify(out) !== JSON.stringify(drawn[state]));
		if (differing.length > 0) boxes[box] = Object.fromEntries(differing);
	}
	const laidOut = Object.keys(boxes).length > 0 ? { drawn, boxes } : { drawn };
	const data =
		laidOutAtBuild(chart.id) || JSON.stringify(laidOut).length <= DRAWN_INLINE_MAX
			? laidOut
			: { figures: layoutFigures(chart, figures) };
	const lines = sceneLines(Object.values(drawn));
	return lines ? { ...data, lines } : data;
}

/** Every state's caption and footnote, when the chart's scenes draw them (not a unit or full frame, or a key). */
export function sceneLines(drawn: readonly unknown[]): SceneLines[] | undefined {
	const scenes = drawn.filter(isScene);
	if (scenes.length < drawn.length || scenes.every((s) => s.frame === 'unit' || s.frame === 'full' || s.key))
		return undefined;
	return scenes.map(({ caption, footnote }) => ({ caption, footnote }));
}

/** A chart's layouts as a file of their own: every state, named by chart and content. */
export interface LayoutsFile {
	chart: string;
	/** `<chart-id>.<hash of the body>.json`: a new build's layouts never meet an old page. */
	name: string;
	body: string;
	drawn: Record<string, unknown>;
}

/** The folder the layouts files are served from (src/routes/layouts/[file]/+server.ts). */
export const LAYOUTS_FOLDER = '/layouts';

/** FNV-1a, 32 bits, as 8 hex digits: a name that changes with the content, not a security hash. */
function contentHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}

const layoutsFiles = new Map<string, LayoutsFile>();

export function layoutsFile(chart: Chart, figures: Figures): LayoutsFile {
	let file = layoutsFiles.get(chart.id);
	if (!file) {
		const drawn = Object.fromEntries(chart.states.map(({ id }) => [id, chart.draw(id, figures)]));
		const body = JSON.stringify(drawn);
		file = { chart: chart.id, name: `${chart.id}.${contentHash(body)}.json`, body, drawn };
		layoutsFiles.set(chart.id, file);
	}
	return file;
}

/**
 * Whether this chart's layouts travel as a file (see ChartDataInPage): only a chart laid out at
 * build time can be too large for the page (any other then gets its numbers instead).
 */
export function travelsAsFile(chart: Chart, figures: Figures): boolean {
	return laidOutAtBuild(chart.id) && layoutsFile(chart, figures).body.length > DRAWN_INLINE_MAX;
}

/**
 * The chart's data as the page carries it (`inPage`), and what the server's render of the island
 * needs besides (`local`): the layouts, when the page carries only their file's address; the
 * states' captions and footnotes, which the chart draws in the page (every state's, to keep room
 * for the longest) and the browser reads back from there (linesInMarkup).
 * `base`: the site's base path.
 */
export function chartDataInPage(
	chart: Chart,
	states: readonly string[],
	figures: Figures,
	base: string
): { inPage: ChartDataInPage; local: { drawn?: Record<string, unknown>; lines?: SceneLines[] } } {
	if (!travelsAsFile(chart, figures)) {
		const { lines, ...inPage } = chartData(chart, states, figures);
		return { inPage, local: lines ? { lines } : {} };
	}
	const file = layoutsFile(chart, figures);
	return { inPage: { drawnFrom: `${base}${LAYOUTS_FOLDER}/${file.name}` }, local: { drawn: file.drawn } };
}
