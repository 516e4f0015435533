import type { Component } from 'svelte';
import { chartById, folderOf } from './registry';
import type { Scene } from './toolkit/scene';

/**
 * What draws a chart: the shared toolkit's SceneChart draws the scene its layout returns,
 * except for a chart not yet moved to the toolkit, whose `<chart-id>/Chart.svelte` draws it.
 * Either way it gets one state's layout output (`chart.draw(state, figures)`, computed on the
 * server), never the figures: a drawing runs in the browser, where the figures module is not.
 */
export interface ChartProps {
	drawn: unknown;
	duration: number;
}
export type ChartComponent = Component<ChartProps>;

const drawings = import.meta.glob<{ default: ChartComponent }>('./*/Chart.svelte', { eager: true });

export const chartComponents: Readonly<Record<string, ChartComponent>> = Object.fromEntries(
	Object.entries(drawings).map(([path, mod]) => {
		const folder = folderOf(path);
		if (!chartById.has(folder))
			throw new Error(`src/lib/charts/${folder}/Chart.svelte draws no chart: there is no ${folder}/layout.ts`);
		return [folder, mod.default];
	})
);

/** Whether a layout's output is a scene (marks, geometry and labels). */
export function isScene(drawn: unknown): drawn is Scene {
	const s = drawn as Partial<Scene> | null;
	return Boolean(s && Array.isArray(s.meta) && Array.isArray(s.geom) && Array.isArray(s.labels));
}

/** A chart's layout output as a scene for SceneChart; throws naming the chart when it is not one. */
export function sceneOf(chartId: string, drawn: unknown): Scene {
	if (!isScene(drawn)) {
		throw new Error(
			`Chart "${chartId}": its layout returns no scene (marks, geometry and labels) and it has no Chart.svelte`
		);
	}
	return drawn;
}
