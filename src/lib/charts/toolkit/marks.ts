import type { DrawnMark, Geom, MarkMeta } from './scene';

/**
 * The hooks the tests read on every mark (a path of unit squares too), besides its look
 * (`class="{kind} {tone}"`): data-mark, data-group, data-value, data-hidden, its opacity, and
 * its `data` as data-id, data-kind, data-date and data-month. Each layer writes them out as
 * attributes rather than spreading an object: a spread brings Svelte's generic attribute code
 * (about 2 KB gzip) into the browser.
 */
export function markHooks(
	m: Pick<DrawnMark, 'kind' | 'grouped' | 'key' | 'value' | 'visible' | 'o' | 'backing' | 'data'>
) {
	return {
		mark: m.backing ? undefined : m.kind,
		group: m.grouped ? m.key : undefined,
		value: m.value,
		hidden: m.visible ? undefined : '',
		opacity: m.o < 1 ? m.o : undefined,
		...m.data
	};
}

/** Whether a mark is drawn at all: shown in the state, or still fading out of it. */
export function isDrawn(m: MarkMeta & Geom): boolean {
	return m.visible || m.o > 0.001;
}

/** Whether two marks stand in the same place (and fade), so the one drawn need not change. */
export function sameGeom(a: Geom, b: Geom): boolean {
	return a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h && a.o === b.o;
}

/** A number to a thousandth (of a percent of the plot, or of an em): what the charts write. */
export function thousandths(v: number): number {
	return Math.round(v * 1000) / 1000;
}
