import type { Figures } from '$lib/charts/chartFigures';
import type { Chart } from '$lib/charts/define';
import type { ChartBox } from '$lib/charts/toolkit/scene';
import { onIdle } from '$lib/islands/idle';

/**
 * A scrolly chart's states, drawn: each state's layout output for a box. Either the page carries
 * them (laid out at build, in the page or in the file it names) or the chart's layout works them
 * out in the browser from its numbers, each state and box once: at 4× CPU one state of a unit
 * chart's layout is 5 to 15 ms, too much to run again, or inside the frame that starts a move.
 */
export interface StateDrawings {
	/** One state's layout output for the box. */
	of(state: string, box: ChartBox): unknown;
	/** Whether `of(state, box)` has a layout to run first. */
	pending(state: string, box: ChartBox): boolean;
}

interface DrawingSources {
	chart: string;
	/** Every state's layout in the `regular` box, when the page carries them (or their file's). */
	drawn?: Record<string, unknown>;
	/** For the other boxes, the states whose layout differs there. */
	boxes?: Partial<Record<ChartBox, Record<string, unknown>>>;
	/** The chart's numbers as the page carries them (layoutFigures), for its layout (when the page carries no layouts). */
	figures?: Figures;
	/** The chart's layout, in the browser. */
	layout?: Pick<Chart, 'draw'>;
}

/** Figures as the page carries them (chart-data.ts `layoutFigures`, keyed by id), each with its id again. */
export function withIds(figures: Figures): Figures {
	return Object.fromEntries(Object.entries(figures).map(([id, f]) => [id, { ...f, id }]));
}

export function stateDrawings({ chart, drawn, boxes, figures: inPage, layout }: DrawingSources): StateDrawings {
	const figures = inPage && withIds(inPage);
	const laidOut = new Map<string, unknown>();
	const key = (state: string, box: ChartBox): string => `${box} ${state}`;
	return {
		of(state, box) {
			if (drawn) return boxes?.[box]?.[state] ?? drawn[state];
			if (!figures || !layout) throw new Error(`Chart "${chart}": no layout to draw it with`);
			const k = key(state, box);
			if (!laidOut.has(k)) laidOut.set(k, layout.draw(state, figures, box));
			return laidOut.get(k);
		},
		pending(state, box) {
			return !drawn && !laidOut.has(key(state, box));
		}
	};
}

/**
 * Works out the states not drawn yet, one per idle moment, in step order: when the reader
 * reaches a step, its state's drawing is ready and the move starts at once. Returns the function
 * that stops it.
 */
export function drawAhead(drawings: StateDrawings, states: readonly string[], box: ChartBox): () => void {
	let cancel = (): void => {};
	const next = (): void => {
		const state = states.find((s) => drawings.pending(s, box));
		if (state === undefined) return;
		cancel = onIdle(() => {
			drawings.of(state, box);
			next();
		});
	};
	next();
	return () => cancel();
}
