import type { Figure } from '$lib/data/types';
import type { ChartSpec } from './specs';

function describeFigure(f: Figure): string {
	const claim = f.confidence === 'CLAIM' ? ' (EVAW’s claim, not verified)' : '';
	const after = f.publishedAfterStatement ? ' (published after the statement)' : '';
	return `${f.label}: ${f.display}${claim}${after}, ${f.period}, ${f.place}`;
}

/** The chart, in words, for screen readers: what it is, then what each state shows. */
export function describeChart(spec: ChartSpec, figures: Readonly<Record<string, Figure>>): string {
	const states = spec.states.map((s) => {
		const shown = s.figureIds.map((id) => figures[id]).filter((f): f is Figure => f !== undefined);
		return `${s.label}: ${shown.map(describeFigure).join('; ')}.`;
	});
	return `${spec.kind}, in ${spec.states.length} steps. ${states.join(' ')}`;
}

/** The distinct sources behind a chart, in the order its figures name them. */
export function chartSources(spec: ChartSpec, figures: Readonly<Record<string, Figure>>): Figure['source'][] {
	const seen = new Map<string, Figure['source']>();
	for (const id of spec.figureIds) {
		const f = figures[id];
		if (f && !seen.has(f.source.id)) seen.set(f.source.id, f.source);
	}
	return [...seen.values()];
}
