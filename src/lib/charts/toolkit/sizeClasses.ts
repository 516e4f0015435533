/**
 * The toolkit's size classes, and the CSS that picks one for the chart's box.
 *
 * A scene is laid out without measuring anything (on the server, or at build time), so a scene
 * whose labels depend on the box's size (the timelines: `Scene.classed`) is laid out for every
 * width × height class here (a "combo"), and each such label carries its offsets, opacities and
 * line counts for every combo as CSS custom properties ending in the combo's index (`--dy7`).
 * The container queries that map the chart's box to one combo are generated from these classes
 * (`sizeClassCss`, served as `virtual:size-classes.css` by the Vite plugin in vite.config.ts),
 * so the classes are written once. No d3 and no Svelte here: the Vite config imports this module.
 */

/** A size class: layouts are made for a box `assumeEm` wide or high, used from `minEm` up. */
export interface SizeClass {
	minEm: number;
	assumeEm: number;
}

/** Width classes: 288px phones (22em at 13px) up to desktop chart areas. */
export const WIDTH_CLASSES: readonly SizeClass[] = [
	{ minEm: 0, assumeEm: 22 },
	{ minEm: 26, assumeEm: 26 },
	{ minEm: 34, assumeEm: 34 },
	{ minEm: 48, assumeEm: 48 }
];
/** Height classes: landscape phones (~12em of chart), small phones (~17em) up to desktop (~44em). */
export const HEIGHT_CLASSES: readonly SizeClass[] = [
	{ minEm: 0, assumeEm: 10 },
	{ minEm: 12, assumeEm: 12 },
	{ minEm: 15, assumeEm: 15 },
	{ minEm: 17, assumeEm: 17 },
	{ minEm: 19, assumeEm: 19 },
	{ minEm: 22, assumeEm: 22 },
	{ minEm: 25, assumeEm: 25 },
	{ minEm: 29, assumeEm: 29 },
	{ minEm: 34, assumeEm: 34 },
	{ minEm: 42, assumeEm: 42 }
];

export interface Combo {
	/** Index in COMBOS (= w * HEIGHT_CLASSES.length + h); CSS custom properties end in it (`--dy<index>`). */
	index: number;
	w: number;
	h: number;
	widthEm: number;
	heightEm: number;
}

/** Every width × height class, width-major. */
export const COMBOS: readonly Combo[] = WIDTH_CLASSES.flatMap((wc, w) =>
	HEIGHT_CLASSES.map((hc, h) => ({
		index: w * HEIGHT_CLASSES.length + h,
		w,
		h,
		widthEm: wc.assumeEm,
		heightEm: hc.assumeEm
	}))
);

/** The combo the container queries pick for a box of this size (em of the chart font). */
export function comboFor(widthEm: number, heightEm: number): number {
	const pick = (classes: readonly SizeClass[], v: number) =>
		classes.reduce((found, c, i) => (v >= c.minEm ? i : found), 0);
	return pick(WIDTH_CLASSES, widthEm) * HEIGHT_CLASSES.length + pick(HEIGHT_CLASSES, heightEm);
}

/** The container name SceneChart's root declares (`container: chart / size`). */
export const CONTAINER = 'chart';
/** The class of an element whose generic properties the generated rules point at one combo's. */
export const BY_SIZE_CLASS = 'by-size-class';

/**
 * Per label: offset (em), opacity, line clamp, optional line shown, full words, short words
 * (see ClassedLabels.html.svelte); `--mw` is its width class's measure.
 */
const LABEL_PROPERTIES = ['dy', 'o', 'n', 'd', 'f', 's'] as const;

/** The container-query condition of one class, e.g. `(26em <= width < 34em)`; null when it is every size. */
function range(classes: readonly SizeClass[], i: number, dimension: 'width' | 'height'): string | null {
	const lo = classes[i]!.minEm;
	const hi = classes[i + 1]?.minEm;
	if (lo === 0 && hi === undefined) return null;
	if (lo === 0) return `(${dimension} < ${hi}em)`;
	if (hi === undefined) return `(${lo}em <= ${dimension})`;
	return `(${lo}em <= ${dimension} < ${hi}em)`;
}

/** The container-query condition of a combo (null for the first, the default). */
export function comboCondition(combo: Combo): string | null {
	if (combo.index === 0) return null;
	return [range(WIDTH_CLASSES, combo.w, 'width'), range(HEIGHT_CLASSES, combo.h, 'height')]
		.filter(Boolean)
		.join(' and ');
}

function comboRules(combo: Combo): string {
	const k = combo.index;
	const label = [...LABEL_PROPERTIES.map((p) => `--${p}:var(--${p}${k})`), `--mw:var(--mw${combo.w})`].join(';');
	return `.${BY_SIZE_CLASS}{${label}}`;
}

/**
 * The rules that point each classed label's generic properties (`--dy`, `--o`, …) at the set
 * made for the chart's size class: the first combo by default, every other one in a container
 * query on the chart's box.
 */
export function sizeClassCss(): string {
	return COMBOS.map((combo) => {
		const condition = comboCondition(combo);
		return condition ? `@container ${CONTAINER} ${condition}{${comboRules(combo)}}` : comboRules(combo);
	}).join('\n');
}
