import type { Component } from 'svelte';

/**
 * Every chart is a pure function of its state (named by the copy's steps) and an animation
 * duration (0 when motion is off). Width is not a prop: charts draw in percentages
 * (LayerCake percentRange), so the server-rendered SVG is the same picture at any width
 * and a resize never re-renders or animates anything.
 */
export interface ChartProps {
	state: string;
	duration: number;
}

export type ChartComponent = Component<ChartProps>;

const modules = import.meta.glob<{ default: ChartComponent }>('./*/Chart.svelte', { eager: true });

/** chart id (the folder name under src/lib/charts/) → its component */
export const chartComponents: Readonly<Record<string, ChartComponent>> = Object.fromEntries(
	Object.entries(modules).map(([path, mod]) => [path.split('/')[1] ?? path, mod.default])
);
