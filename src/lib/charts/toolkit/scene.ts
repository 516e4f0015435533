/**
 * The drawing toolkit's data: a chart's `layout.ts` returns a `Scene` for each state, and
 * `SceneChart.svelte` draws any scene. A scene is a fixed pool of marks, each with a tweened
 * geometry (`Geom`) and a look that changes without tweening (`MarkMeta`), plus HTML labels
 * made of text parts. Every position is in chart coordinates: percent of the plot box (x of
 * its width, y of its height), LayerCake's domain [0, 100] on both axes. Plain data (no
 * functions, no figures), so a scene can be computed where the page is rendered.
 */

/**
 * Where a mark is (tweened). A `rule` is a line from (x, y) to (x + w, y + h): w is 0 for a
 * vertical one, h for a horizontal one.
 */
export interface Geom {
	x: number;
	y: number;
	w: number;
	h: number;
	/** Opacity: 0 for marks the state does not use. */
	o: number;
}

/**
 * How a mark is filled or stroked (the CSS class it gets). `outline` is a white box with a
 * grey edge, `dashed` the same with a dashed edge, `highlight-outline` with an edge in the
 * highlight colour; `ink` is for lines (reference lines), `muted-ink` for lines in the muted
 * mark colour (an axis and its ticks). `cell` is a faint box drawn behind other marks (a week
 * of a calendar), `ring` a white box with a thick accent edge, `dotted` a white box with a
 * dotted edge in the mark colour, and `hollow` a white bar with a thick grey edge (the total a
 * filled bar is compared with). For lines along a time axis: `dashed-muted-ink` the axis after a
 * date (dashed), `span` a thick accent line over it (a period), `dashed-span` the same dashed,
 * `span-gap` a paper line under a dashed span, so the axis does not show through its gaps.
 */
export type Tone =
	| 'mark'
	| 'highlight'
	| 'muted'
	| 'outline'
	| 'dashed'
	| 'ink'
	| 'highlight-outline'
	| 'muted-ink'
	| 'cell'
	| 'ring'
	| 'dotted'
	| 'hollow'
	| 'dashed-muted-ink'
	| 'span'
	| 'span-gap'
	| 'dashed-span';

/** What a mark is and how it looks in a state (not tweened). */
export interface MarkMeta<Kind extends string = string, T extends Tone = Tone> {
	/** data-mark, and a class. */
	kind: Kind;
	/** Stable id within the kind (a bar's group, a square's index); data-group where the chart asks for it. */
	key: string;
	tone: T;
	/** False when the state does not show the mark (it fades out, then leaves the DOM). */
	visible: boolean;
	/** The figure display the mark stands for (data-value). */
	value?: string;
	/**
	 * Which layer draws it: `bar` a rectangle sized by a value (Bars.svg.svelte), `unit` one
	 * counted square (Units.svg.svelte), `rule` a line from (x, y) to (x + w, y + h)
	 * (Rules.svg.svelte). HTML marks of a fixed size, which must stay round in a plot of any
	 * shape (Marks.html.svelte; w and h unused): `ring` a circle pointing something out and
	 * `dot` a dot on a timeline, both centred on (x, y); `person` a figure (head and body, sized
	 * to the plot's smaller side) whose top centre is at (x, y). Placed HTML marks, moved by
	 * transform only so a change of state never changes the page's layout (Placed.html.svelte):
	 * `point` a round dot and `diamond` a square on its corner, `size` em across and centred on
	 * (x, y), their geometry's w the size they tween to; `tick` a hairline from (x, y) to (x + w, y),
	 * such as a month's rule beside a time axis.
	 */
	shape: Shape;
	/** data-group (the key) for tests. */
	grouped?: boolean;
	/** A placed `point` or `diamond`'s size at rest, em across (its geometry's `w` is the tweened size). */
	size?: number;
	/**
	 * Drawn only to clear the way for another mark (a paper line under a dashed one, so what is
	 * behind does not show through its gaps): not a data mark, so no data-mark.
	 */
	backing?: boolean;
	/** More data-* attributes for tests (`{ id: 'x' }` is data-id="x"). */
	data?: MarkData;
}

/** A mark's or label's data-* hooks for tests, each written out by the layers (see markHooks in ./marks.ts). */
export interface MarkData {
	readonly id?: string;
	readonly kind?: string;
	readonly date?: string;
	readonly month?: string;
}

export type Shape = 'bar' | 'unit' | 'rule' | HtmlShape | PlacedShape;

/** The shapes drawn in HTML, at a fixed size whatever the plot's shape (Marks.html.svelte). */
export type HtmlShape = 'ring' | 'dot' | 'person';

/** The HTML shapes placed by transform (Placed.html.svelte). */
export type PlacedShape = 'point' | 'diamond' | 'tick';

export interface LabelPart {
	text: string;
	strong?: boolean;
	muted?: boolean;
	/** Starts on a new line. */
	br?: boolean;
	/** In the colour of the marks it names (a value, a date; default: the text's colour). */
	tone?: 'mark' | 'highlight';
	/** Set large, like a date on a card (strong parts only). */
	big?: boolean;
	/**
	 * A figure's display set as the label's value (the unit charts' labels): bold and larger
	 * (the label's `valueSize`), a space after it; on a line of its own when `big` is set too.
	 */
	value?: boolean;
	/** On a line of its own, like a source line under a label or a date over an event. */
	block?: boolean;
}

export interface Label {
	id: string;
	parts: LabelPart[];
	x: number;
	y: number;
	/** Which edge (or, for `middle`, the centre) sits at x. */
	anchor: 'start' | 'end' | 'middle';
	/** Which part sits at y: its top, middle or bottom, or the middle of its first line. */
	valign: 'top' | 'middle' | 'bottom' | 'first-line';
	/** `axis`: axis text (a year beside a timeline), kept at the chart's type at every width. */
	size: 'normal' | 'large' | 'axis';
	/** Maximum width in percent of the plot, so long labels wrap (default: up to the edge it faces). */
	maxWidth?: number;
	/** A white background, for labels a line passes behind. */
	knockout?: boolean;
	/** A key square before the text, matching the marks it names. */
	swatch?: 'filled' | 'outline';
	/** Drawn as a dated card (an accent rule down its left side). */
	card?: boolean;
	/** data-mark for tests, e.g. 'value-label'. */
	mark?: string;
	/** data-value for tests: the figure display the label carries. */
	value?: string;
	/** Size of its `value` parts, in em of the label's text (default 1.4). */
	valueSize?: number;
	/** Set on a filled mark: all its text in the paper colour. */
	onDark?: boolean;
}

/**
 * The shapes of chart box a layout is drawn for, so it can reserve room for text in pixels,
 * not only in percent of a plot of unknown size. `regular`: at least about 288 by 260 px (phones
 * upright, tablets, desktops). `wide`: short and wide, like a phone turned sideways, where the
 * steps beside the chart leave a box about 410 by 214 px: labels go beside the marks, in the
 * room the width leaves. `compact`: short and narrow, like a 320 by 640 phone (a box about 288
 * by 244 px): room for 12px labels is measured in pixels. A layout with nothing to change in a
 * box draws its `regular` picture there. The page draws the `regular` layouts first and
 * switches once it has measured the box.
 */
export type ChartBox = 'regular' | 'wide' | 'compact';
export const CHART_BOXES: readonly ChartBox[] = ['regular', 'wide', 'compact'];

/** The smallest chart area (px) each box is drawn in: what a layout sizes its room for text by. */
export const BOX_SIZE: Readonly<Record<ChartBox, { width: number; height: number }>> = {
	regular: { width: 288, height: 260 },
	wide: { width: 400, height: 200 },
	compact: { width: 280, height: 230 }
};

/** Which box a chart area of this size (px) is drawn as. */
export function chartBoxOf(width: number, height: number): ChartBox {
	if (width <= 0 || height <= 0) return 'regular';
	if (height < 300 && width >= 1.6 * height) return 'wide';
	return height < BOX_SIZE.regular.height ? 'compact' : 'regular';
}

/** The width over the height of a `squarePlot` scene's plot. */
export const SQUARE_PLOT_ASPECT = 1.4;

/**
 * A state's caption and footnote. A chart given every state's keeps room for the longest of
 * each at any width, so the plot never moves when the state changes.
 */
export interface SceneLines {
	caption: string;
	footnote: string;
}

/** A line of a key drawn over the plot: `mark` bold, `highlight` bold in the accent colour, `muted` quiet. */
export interface KeyLine {
	id: string;
	text: string;
	tone: 'mark' | 'highlight' | 'muted';
}

/**
 * A key over the plot, drawn instead of the caption and footnote (which stay in the scene for
 * descriptions). `lines` are this state's; `every` holds every state's lines, laid over each
 * other unseen so the key is as tall as the tallest one in every state and the plot never moves.
 */
export interface Key {
	lines: KeyLine[];
	every: KeyLine[][];
}

/** One state's picture: `meta[i]` and `geom[i]` describe the same mark. */
export interface Scene<State extends string = string, Kind extends string = string, T extends Tone = Tone> {
	state: State;
	caption: string;
	footnote: string;
	meta: MarkMeta<Kind, T>[];
	geom: Geom[];
	labels: Label[];
	/**
	 * For unit marks: the plot is exactly SQUARE_PLOT_ASPECT (or `aspect`) times as wide as it
	 * is tall (as wide as that allows), so a layout can make its squares square.
	 */
	squarePlot?: boolean;
	/**
	 * `unit`: the unit charts' frame: no caption or footnote lines (both empty), the plot
	 * within 1.15 of square both ways so the squares stay square, and smaller label type
	 * when the plot is narrow. `full`: the plot is the whole box, no caption or footnote (the
	 * timelines). Default `plot`: caption, plot and footnote.
	 */
	frame?: 'plot' | 'unit' | 'full';
	/**
	 * The plot is exactly this many times as wide as it is tall (as large as the box allows):
	 * in the unit frame instead of within 1.15 of square, in a `squarePlot` instead of
	 * SQUARE_PLOT_ASPECT. A layout can then draw its squares square (cells `aspect` times as
	 * tall, in percent of the height, as they are wide in percent of the width) and use the
	 * width a wide box has.
	 */
	aspect?: number;
	/** A key over the plot, drawn instead of the caption and footnote. */
	key?: Key;
	/** Labels laid out for every size class, following marks (ClassedLabels.html.svelte). */
	classed?: Classed;
}

/**
 * A part of a classed label. `alt` words are one of two wordings, `full` or `short`, the size
 * class picking one (its `short`); an `optional` part (a date line) shows in the size classes
 * whose `optional` is 1; `clamp` parts are cut to the class's `lines`.
 */
export interface ClassedPart {
	text: string;
	/** `date`: bold, in the label's accent; `words`: the label's text; `tag`: small italics under it. */
	role: 'date' | 'words' | 'tag' | 'name' | 'year';
	alt?: 'full' | 'short';
	optional?: boolean;
}

/**
 * A label that follows a mark (`at`, its index in the pool): it sits at the mark's height (its
 * tweened y) plus an offset in em that depends on the size class the chart's box is in, so a
 * scene laid out on the server is right in any box. Per size class (index of `COMBOS` in
 * sizeClasses.ts): `dy` the offset of its first line's middle from the mark (em), `o` its
 * opacity (times the mark's), `lines` how many lines its words show (clamped when fewer than
 * `fullLines`), `optional` whether its optional part shows, `short` whether its `short` words
 * show rather than its `full` ones.
 */
export interface ClassedLabel {
	id: string;
	at: number;
	/** Percent of the plot width: where it starts (`start`) or ends (`end`). */
	x: number;
	anchor: 'start' | 'end';
	/** `first-line`: the middle of its first line at the mark (plus dy); `below`: its top under the mark's hairline. */
	valign: 'first-line' | 'below';
	/** Its look (a class): `focus` bold and dated, `reference` in ink, `past` and `context` small and quiet, `axis` axis text. */
	look: 'focus' | 'reference' | 'past' | 'context' | 'axis';
	parts: ClassedPart[];
	/** A line from the mark to the label's first line (level, sloping, level), in the look's colour. */
	leader?: boolean;
	/** Wraps at its width class's measure (Classed.measureEm). */
	measured?: boolean;
	mark?: string;
	value?: string;
	hidden?: boolean;
	data?: MarkData;
	dy: number[];
	o: number[];
	lines?: number[];
	fullLines?: number[];
	optional?: number[];
	short?: number[];
}

/** A scene's labels laid out for every size class (the chart's box is not known where it is laid out). */
export interface Classed {
	labels: ClassedLabel[];
	/** Per width class, the measure labels wrap at (em). */
	measureEm: number[];
	/** Per size class, whether every required label fitted whole (a download draws the tallest that did). */
	fitted: boolean[];
}

export const NO_CLASSED_LABELS: Classed = { labels: [], measureEm: [], fitted: [] };

/** The classed labels are drawn in this many groups (SceneChart), each label always in the same one. */
export const LABEL_GROUPS: readonly number[] = [0, 1, 2];

/** The group a classed label is drawn in, by its id: the same in every state, so it moves within its group. */
export function labelGroup(id: string): number {
	let hash = 0;
	for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
	return hash % LABEL_GROUPS.length;
}

/** A mark as a layer draws it: its look, where it is now, and its place in the scene's pool. */
export type DrawnMark = MarkMeta & Geom & { index: number };
