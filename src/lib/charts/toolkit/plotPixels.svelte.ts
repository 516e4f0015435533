/** The plot's size and font size in px, for a layer that places its marks in px while they move. */
export interface PlotPixels {
	width: number;
	height: number;
	em: number;
}

/**
 * The plot's box (LayerCake's element, `element()`) in px as a ResizeObserver reports it,
 * fractions kept, with its font size: what a layer needs to work out, once per animation frame
 * in script, where CSS would place a mark (a percentage of the plot plus an offset in em). Undefined
 * until the first report (on the server, and before the browser has laid the plot out). The
 * observer is stopped when the calling component goes.
 */
export function plotPixels(element: () => Element | undefined | null): { readonly current: PlotPixels | undefined } {
	let current = $state<PlotPixels | undefined>();
	$effect(() => {
		const el = element();
		if (!el) return;
		const observer = new ResizeObserver(([entry]) => {
			if (!entry) return;
			current = {
				width: entry.contentRect.width,
				height: entry.contentRect.height,
				em: parseFloat(getComputedStyle(el).fontSize) || 13
			};
		});
		observer.observe(el);
		return () => observer.disconnect();
	});
	return {
		get current() {
			return current;
		}
	};
}

/**
 * Where CSS's `translateY(round(<pct>% + <em>em, 1px))` puts a box as tall as the plot, in whole
 * px (CSS rounds a half up, as Math.round does).
 */
export function placeY(px: PlotPixels, percent: number, em = 0): number {
	return Math.round((percent / 100) * px.height + em * px.em);
}
