/**
 * The chart downloads editors can take away (every chart in every state, as SVG and PNG, with
 * its title, source and credit drawn in): where each file is. Read by "Show the data" for its
 * links and by the build-time route that draws them (`src/routes/downloads/`).
 */
import { figures } from '$lib/data/figures';
import type { Chart } from './define';
import { isScene } from './drawings';
import type { Scene } from './toolkit/scene';

export const DOWNLOAD_FORMATS = ['svg', 'png'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** Site path of one state's file, e.g. /downloads/who-gets-stopped/rates.svg */
export function downloadPath(chartId: string, stateId: string, format: DownloadFormat): string {
	return `/downloads/${chartId}/${stateId}.${format}`;
}

export interface StateDownload {
	state: string;
	/** "Step 2, ‘Rates per 1,000’": what the links name. */
	name: string;
	/** The file name a browser saves it under, without the extension. */
	fileName: string;
	paths: Record<DownloadFormat, string>;
}

/** The scene a state's download draws: the one its layout returns for the page; null for a chart not drawn from scenes. */
export function downloadScene(chart: Chart, stateId: string): Scene | null {
	const drawn = chart.draw(stateId, figures);
	return isScene(drawn) ? drawn : null;
}

/** Every state's downloads, in step order (none for a chart not drawn from scenes). */
export function chartDownloads(chart: Chart): StateDownload[] {
	const spec = chart;
	if (!spec.states.every((s) => downloadScene(chart, s.id))) return [];
	return spec.states.map((s, i) => ({
		state: s.id,
		name: `Step ${i + 1}, ‘${s.label}’`,
		fileName: `${spec.id}-${i + 1}-${s.id}`,
		paths: { svg: downloadPath(spec.id, s.id, 'svg'), png: downloadPath(spec.id, s.id, 'png') }
	}));
}
