import { untrack } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import { Glide, nowhere, startOf, type Animate, type Rest, type Values } from './glideKeyed';
import type { PlotPixels } from './plotPixels.svelte';

/**
 * Moves a layer's things between states (call it while the layer initialises). When `rest`
 * changes and the chart animates (a duration, the plot measured), every thing drawn before or
 * after runs from where it stands to its new rest: those no longer drawn stay in `leaving`
 * (the layer keeps drawing them, at their new rest, faded out) until the move has ended. A
 * change of duration or of the plot's size stops a move where it is going. The layer's
 * elements are animated after the page has them (`animate`, with the plot in px).
 */
export function glideLayer<K>(options: {
	rest: () => Rest<K>;
	duration: () => number;
	plot: () => PlotPixels | undefined;
	animate: (px: PlotPixels) => Animate<K>;
}): { readonly leaving: ReadonlySet<K> } {
	const glide = new Glide<K>();
	const leaving = new SvelteSet<K>();
	let shown: Rest<K> = untrack(options.rest);
	let next: { from: ReadonlyMap<K, Values>; to: Rest<K>; duration: number; px: PlotPixels | undefined } | undefined;

	// Before the page is updated: what each thing moves from, and what stays drawn while it leaves.
	$effect.pre(() => {
		const rest = options.rest();
		const duration = options.duration();
		const px = options.plot();
		untrack(() => {
			const moves = rest !== shown && duration > 0 && px !== undefined;
			const start = moves ? startOf(glide, [shown.drawn, leaving], rest) : { from: nowhere<K>(), leaving: [] };
			shown = rest;
			if (leaving.size) leaving.clear();
			for (const key of start.leaving) leaving.add(key);
			next = { from: start.from, to: rest, duration: moves ? duration : 0, px };
		});
	});
	// Once the page has every element: the move.
	$effect(() => {
		options.rest();
		options.duration();
		options.plot();
		untrack(() => {
			const move = next;
			next = undefined;
			if (!move) return;
			const animate = move.px ? options.animate(move.px) : () => [];
			glide.move(move.from, move.to.values, move.duration, animate, () => leaving.clear());
		});
	});
	$effect(() => () => glide.stop());
	return { leaving };
}
