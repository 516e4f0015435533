/**
 * Every chart download, read from the chart registry: each chart, each state, as SVG and PNG.
 * A state's picture is drawn from its layout's output, the same one the page draws.
 */
import type { Chart } from '$lib/charts/define';
import { chartCaveats, chartSources } from '$lib/charts/describe';
import { chartById, charts } from '$lib/charts/registry';
import { chartDownloads, DOWNLOAD_FORMATS, type DownloadFormat } from '$lib/charts/downloads';
import { sceneOf } from '$lib/charts/drawings';
import { fillTemplate } from '$lib/charts/validate';
import { figures } from '$lib/data/figures';
import { SITE_NAME } from '$lib/config';
import { layoutDownload, PLOT_WIDTH, toPng, toSvg, type DownloadInput } from './render';
import { fromScene, type DrawScene } from './scene';

/** What a state's download draws: the scene its layout returns for the page. */
export function downloadScene(chart: Chart, stateId: string): DrawScene {
	return fromScene(sceneOf(chart.id, chart.draw(stateId, figures)), PLOT_WIDTH);
}

/** What one state's download shows. */
export function downloadInput(chart: Chart, stateId: string): DownloadInput {
	const index = chart.states.findIndex((s) => s.id === stateId);
	const state = chart.states[index];
	if (!state) throw new Error(`Chart "${chart.id}" has no state "${stateId}"`);
	const scene = downloadScene(chart, state.id);
	const publishers = chartSources(chart, figures).map((s) => s.publisher);
	const sourceLine = [
		`${publishers.length === 1 ? 'Source' : 'Sources'}: ${publishers.join('; ')}.`,
		...chartCaveats(chart, figures)
	].join(' ');
	const title = fillTemplate(chart.title, figures);
	const step = `Step ${index + 1} of ${chart.states.length}: ${state.label}`;
	return {
		title,
		subtitle: `${chart.place} · ${chart.period}`,
		step,
		scene,
		sourceLine,
		credit: `Chart: ${SITE_NAME}`,
		description: [`${chart.kind}. ${step}.`, scene.caption, scene.footnote, sourceLine].filter(Boolean).join(' ')
	};
}

/** Every download's file, relative to /downloads/: "<chart>/<state>.<format>". */
export function downloadFiles(): string[] {
	return charts.flatMap((chart) =>
		chartDownloads(chart).flatMap((d) => DOWNLOAD_FORMATS.map((f) => d.paths[f].replace(/^\/downloads\//, '')))
	);
}

/** The file a download path names, or null when there is no such chart, state or format. */
export function renderDownloadFile(
	chartId: string,
	file: string
): { body: Uint8Array<ArrayBuffer> | string; type: string } | null {
	const chart = chartById.get(chartId);
	const m = /^([a-z0-9-]+)\.([a-z]+)$/.exec(file);
	if (!chart || !m || !(DOWNLOAD_FORMATS as readonly string[]).includes(m[2]!)) return null;
	if (!chart.states.some((s) => s.id === m[1])) return null;
	const svg = toSvg(layoutDownload(downloadInput(chart, m[1]!)));
	const format = m[2] as DownloadFormat;
	return format === 'svg'
		? { body: svg, type: 'image/svg+xml' }
		: { body: new Uint8Array(toPng(svg)), type: 'image/png' };
}
