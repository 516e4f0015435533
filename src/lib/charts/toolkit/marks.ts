import type { DrawnMark, Geom, MarkMeta } from './scene';

/** The attributes every mark has (a path of unit squares too): its look (class), and the hooks the tests read. */
export function markAttrs(
	m: Pick<DrawnMark, 'kind' | 'tone' | 'grouped' | 'key' | 'value' | 'visible' | 'o' | 'backing' | 'data'>
) {
	return {
		class: `${m.kind} ${m.tone}`,
		'data-mark': m.backing ? undefined : m.kind,
		'data-group': m.grouped ? m.key : undefined,
		'data-value': m.value,
		'data-hidden': m.visible ? undefined : '',
		opacity: m.o < 1 ? m.o : undefined,
		...dataAttrs(m.data)
	};
}

/** A mark's or label's extra data-* attributes (`{ id: 'x' }` is data-id="x"). */
export function dataAttrs(data: Readonly<Record<string, string>> | undefined): Record<string, string> {
	const out: Record<string, string> = {};
	if (data) for (const [name, value] of Object.entries(data)) out[`data-${name}`] = value;
	return out;
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
