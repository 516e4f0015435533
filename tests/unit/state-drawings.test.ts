// A scrolly chart's states, drawn (src/lib/scrolly/state-drawings.ts): the page's layouts as
// they are, a layout run in the browser once per state and box, and the states ahead drawn one
// per idle moment until stopped.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartBox } from '../../src/lib/charts/toolkit/scene';
import { drawAhead, stateDrawings } from '../../src/lib/scrolly/state-drawings';

function countingLayout() {
	const calls: string[] = [];
	return {
		calls,
		layout: {
			draw: (state: string, _figures: unknown, box: ChartBox = 'regular') => {
				calls.push(`${box} ${state}`);
				return { state, box };
			}
		}
	};
}

describe('stateDrawings', () => {
	it('gives the layouts the page carries, the box’s own where it differs', () => {
		const drawings = stateDrawings({
			chart: 'c',
			drawn: { a: 'a regular', b: 'b regular' },
			boxes: { compact: { b: 'b compact' } }
		});
		expect(drawings.of('a', 'compact')).toBe('a regular');
		expect(drawings.of('b', 'compact')).toBe('b compact');
		expect(drawings.pending('a', 'regular')).toBe(false);
	});

	it('runs the chart’s layout once per state and box', () => {
		const { calls, layout } = countingLayout();
		const drawings = stateDrawings({ chart: 'c', figures: {}, layout });
		expect(drawings.pending('a', 'regular')).toBe(true);
		const first = drawings.of('a', 'regular');
		expect(drawings.of('a', 'regular')).toBe(first);
		expect(drawings.pending('a', 'regular')).toBe(false);
		expect(drawings.pending('a', 'compact')).toBe(true);
		drawings.of('a', 'compact');
		expect(calls).toEqual(['regular a', 'compact a']);
	});

	it('says which chart has nothing to draw with', () => {
		expect(() => stateDrawings({ chart: 'no-data' }).of('a', 'regular')).toThrow(/no-data/);
	});
});

describe('drawAhead', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('draws the states not drawn yet, one per idle moment, in step order', () => {
		const { calls, layout } = countingLayout();
		const drawings = stateDrawings({ chart: 'c', figures: {}, layout });
		drawings.of('b', 'regular');
		drawAhead(drawings, ['a', 'b', 'c'], 'regular');
		expect(calls).toEqual(['regular b']);
		vi.advanceTimersToNextTimer();
		expect(calls).toEqual(['regular b', 'regular a']);
		vi.advanceTimersToNextTimer();
		expect(calls).toEqual(['regular b', 'regular a', 'regular c']);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('stops when told, leaving nothing scheduled', () => {
		const { calls, layout } = countingLayout();
		const drawings = stateDrawings({ chart: 'c', figures: {}, layout });
		const stop = drawAhead(drawings, ['a', 'b'], 'compact');
		vi.advanceTimersToNextTimer();
		stop();
		expect(vi.getTimerCount()).toBe(0);
		vi.runAllTimers();
		expect(calls).toEqual(['compact a']);
	});
});
