import type { Component } from 'svelte';
import { chartById, charts, folderOf } from './registry';

/**
 * What draws a chart, by the same folder name (until every chart draws through the shared
 * toolkit): `<chart-id>/Chart.svelte`, given the state and the tween length.
 */
export interface ChartProps {
	state: string;
	duration: number;
}
export type ChartComponent = Component<ChartProps>;

const drawings = import.meta.glob<{ default: ChartComponent }>('./*/Chart.svelte', { eager: true });

export const chartComponents: Readonly<Record<string, ChartComponent>> = Object.fromEntries(
	Object.entries(drawings).map(([path, mod]) => {
		const folder = folderOf(path);
		if (!chartById.has(folder)) throw new Error(`src/lib/charts/${folder}/Chart.svelte draws no chart: there is no ${folder}/layout.ts`);
		return [folder, mod.default];
	})
);
for (const chart of charts) {
	if (!chartComponents[chart.id]) throw new Error(`Chart "${chart.id}" has nothing to draw it`);
}
