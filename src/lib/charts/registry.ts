import type { Chart } from './define';

/**
 * Every chart, found by folder: `src/lib/charts/<chart-id>/layout.ts` default-exports
 * `defineChart(spec, layout)`. A folder whose name is not its spec's id fails the build,
 * naming both, so a misspelt folder can never draw nothing silently.
 */
const modules = import.meta.glob<{ default: Chart }>('./*/layout.ts', { eager: true });

export function folderOf(path: string): string {
	return path.split('/')[1] ?? path;
}

/** The charts of the globbed `./<folder>/layout.ts` modules, each checked against its folder. */
export function chartsFrom(found: Readonly<Record<string, { default?: Chart }>>): Chart[] {
	return Object.entries(found).map(([path, mod]) => {
		const folder = folderOf(path);
		const chart = mod.default;
		if (!chart || typeof chart.draw !== 'function') {
			throw new Error(`src/lib/charts/${folder}/layout.ts must default-export defineChart(spec, layout)`);
		}
		if (chart.id !== folder) {
			throw new Error(
				`Chart folder "src/lib/charts/${folder}/" holds the spec of chart "${chart.id}": name the folder after the chart id`
			);
		}
		return chart;
	});
}

export const charts: readonly Chart[] = chartsFrom(modules);

export const chartById: ReadonlyMap<string, Chart> = new Map(charts.map((c) => [c.id, c]));

/** The chart with this id; throws naming it when there is none. */
export function chartOf(id: string): Chart {
	const chart = chartById.get(id);
	if (!chart) throw new Error(`Unknown chart "${id}": no folder src/lib/charts/${id}/ with a layout.ts`);
	return chart;
}
