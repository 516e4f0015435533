import { figures as allFigures } from '../../data/figures';
import type { Figure } from '../../data/types';
import { chartSpec } from '../specs';
import type { TimelineLayout } from './timeline';

export interface TimelineState {
	/** The state drawn (unknown states fall back to the first). */
	state: string;
	layout: TimelineLayout;
}

export type LayoutFor = (state: string, figures?: Readonly<Record<string, Figure>>) => TimelineState;

/**
 * Wraps a timeline chart's pure `compute(state, figures)` so that, for the real figures, each
 * state is laid out once and cached (timeline layouts are the costliest in the piece); an
 * unknown state shares the cache entry of the fallback. Other figures (tests) are never cached.
 */
export function cachedByState(
	chartId: string,
	compute: (state: string, figures: Readonly<Record<string, Figure>>) => TimelineState
): LayoutFor {
	const cache = new Map<string, TimelineState>();
	return (state, figures = allFigures) => {
		if (figures !== allFigures) return compute(state, figures);
		const known = chartSpec(chartId).states.some((s) => s.id === state);
		const key = known ? state : '';
		let result = cache.get(key);
		if (!result) {
			result = compute(state, figures);
			cache.set(key, result);
		}
		return result;
	};
}
