import type { Figure } from '$lib/data/types';
import type { ChartSpec } from './define';

const TOKEN = /\{fig:([^}]*)\}/g;

/** Fails the build when a chart names a figure or state that does not exist. */
export function validateChartSpecs(specs: readonly ChartSpec[], figures: Readonly<Record<string, Figure>>): void {
	const ids = new Set<string>();
	for (const spec of specs) {
		if (ids.has(spec.id)) throw new Error(`Chart "${spec.id}" is defined twice`);
		ids.add(spec.id);
		// A title is read with its scope: a chart that does not say where and when fails the build.
		for (const field of ['title', 'place', 'period'] as const) {
			const value: unknown = spec[field];
			if (typeof value !== 'string' || value.trim() === '') {
				throw new Error(`Chart "${spec.id}" has no ${field}: every chart title states its place and period`);
			}
		}
		const named = [
			...spec.figureIds,
			...spec.states.flatMap((s) => s.figureIds),
			...[...spec.title.matchAll(TOKEN)].map((m) => m[1] ?? '')
		];
		for (const id of named) {
			if (!figures[id]) throw new Error(`Chart "${spec.id}" names figure "${id}", which does not exist`);
		}
		for (const state of spec.states) {
			const missing = state.figureIds.find((f) => !spec.figureIds.includes(f));
			if (missing)
				throw new Error(
					`Chart "${spec.id}", state "${state.id}": figure "${missing}" is not in the chart's figure list`
				);
		}
	}
}

/** Replaces {fig:id} in a chart title with each figure's display text. */
export function fillTemplate(template: string, figures: Readonly<Record<string, Figure>>): string {
	return template.replace(TOKEN, (_, id: string) => {
		const figure = figures[id];
		if (!figure) throw new Error(`Unknown figure "${id}" in "${template}"`);
		return figure.display;
	});
}
