/**
 * The chart downloads editors can take away (every chart in every state, as SVG and PNG, with
 * its title, source and credit drawn in): where each file is. Read by "Show the data" for its
 * links and by the build-time route that draws them (`src/routes/downloads/`).
 */
import type { ChartSpec } from './define';

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

/** Every state's downloads, in step order. */
export function chartDownloads(spec: Pick<ChartSpec, 'id' | 'states'>): StateDownload[] {
	return spec.states.map((s, i) => ({
		state: s.id,
		name: `Step ${i + 1}, ‘${s.label}’`,
		fileName: `${spec.id}-${i + 1}-${s.id}`,
		paths: { svg: downloadPath(spec.id, s.id, 'svg'), png: downloadPath(spec.id, s.id, 'png') }
	}));
}
