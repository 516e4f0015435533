/**
 * Downloads for the charts that still draw themselves (a `Chart.svelte` beside their layout):
 * the two timelines, drawn from their layout's output by `./timeline.ts`. A chart that moves to
 * the toolkit needs none of this (its scene is drawn as it is); a chart with neither fails the
 * build, naming it.
 */
import type { TimelineState } from '$lib/charts/timeline/timeline';
import type { DrawScene } from './scene';
import { timelineScene } from './timeline';

/** The layout output of a chart not yet drawn by the toolkit, as a download draws it. */
export function legacyScene(chartId: string, drawn: unknown, plotWidth: number): DrawScene {
	switch (chartId) {
		case 'timeline-2021':
		case 'missteps':
			return timelineScene(drawn as TimelineState, plotWidth);
		default:
			throw new Error(
				`Chart "${chartId}": its layout returns no scene and src/lib/server/downloads/legacy.ts cannot draw it, so it has no downloads`
			);
	}
}
