import type { Figure } from '$lib/data/types';
import type { ChartSpec } from './define';

function describeFigure(f: Figure): string {
	const claim = f.confidence === 'CLAIM' ? ' (EVAW’s claim, not verified)' : '';
	const after = f.publishedAfterStatement ? ' (source published after the statement)' : '';
	const when = f.period === f.display ? '' : `, ${f.period}`;
	return `${f.label}: ${f.display}${claim}${after}${when}`;
}

/**
 * The chart, in words, for screen readers: what it is, then what each step adds. A figure
 * is read out once, at the first step that shows it.
 */
export function describeChart(spec: ChartSpec, figures: Readonly<Record<string, Figure>>): string {
	const said = new Set<string>();
	const steps = spec.states.map((s, i) => {
		const fresh = s.figureIds.filter((id) => !said.has(id));
		fresh.forEach((id) => said.add(id));
		const shown = fresh.map((id) => figures[id]).filter((f): f is Figure => f !== undefined);
		const body = shown.length > 0 ? shown.map(describeFigure).join('; ') : 'the figures above, highlighted';
		return `Step ${i + 1}, ${s.label}: ${body}.`;
	});
	return `${spec.kind}, in ${spec.states.length} steps. ${steps.join(' ')}`;
}

/**
 * The publishers behind a chart, each once, in the order its figures name them, with the
 * first of their sources (the link goes to that source's entry on /sources/).
 */
export function chartSources(spec: ChartSpec, figures: Readonly<Record<string, Figure>>): Figure['source'][] {
	const seen = new Map<string, Figure['source']>();
	for (const id of spec.figureIds) {
		const f = figures[id];
		if (f && !seen.has(f.source.publisher)) seen.set(f.source.publisher, f.source);
	}
	return [...seen.values()];
}

/** What the source line says besides the publishers: an unverified claim, figures published after the statement. */
export function chartCaveats(spec: ChartSpec, figures: Readonly<Record<string, Figure>>): string[] {
	const shown = spec.figureIds.map((id) => figures[id]).filter((f): f is Figure => f !== undefined);
	return [
		...(shown.some((f) => f.confidence === 'CLAIM')
			? ['EVAW’s figure is shown as EVAW’s claim: no published source for it was found.']
			: []),
		...(shown.some((f) => f.publishedAfterStatement)
			? ['Includes figures published after the statement, marked in the data.']
			: [])
	];
}
