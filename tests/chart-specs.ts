// Every chart's spec, read from its folder (src/lib/charts/<chart-id>/spec.ts) the way the
// app's registry finds them, for the Playwright tests, which run outside Vite.
import { existsSync, readdirSync } from 'node:fs';
import type { ChartSpec } from '../src/lib/charts/define';

const dir = new URL('../src/lib/charts/', import.meta.url);
const folders = readdirSync(dir, { withFileTypes: true })
	.filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/spec.ts`, dir)))
	.map((d) => d.name)
	.sort();

export const chartSpecs: readonly ChartSpec[] = await Promise.all(
	folders.map(async (folder) => ((await import(`../src/lib/charts/${folder}/spec.ts`)) as { spec: ChartSpec }).spec)
);

export function chartSpec(id: string): ChartSpec {
	const spec = chartSpecs.find((c) => c.id === id);
	if (!spec) throw new Error(`No chart "${id}" in src/lib/charts/`);
	return spec;
}
