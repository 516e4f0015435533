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
 * filled bar is compared with).
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
	| 'hollow';

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
	 * to the plot's smaller side) whose top centre is at (x, y).
	 */
	shape: Shape;
	/** data-group (the key) for tests. */
	grouped?: boolean;
}

export type Shape = 'bar' | 'unit' | 'rule' | HtmlShape;

/** The shapes drawn in HTML, at a fixed size whatever the plot's shape (Marks.html.svelte). */
export type HtmlShape = 'ring' | 'dot' | 'person';

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
	 * For unit marks: the plot is exactly SQUARE_PLOT_ASPECT times as wide as it is tall (as
	 * wide as that allows), so a layout can make its squares square.
	 */
	squarePlot?: boolean;
	/**
	 * `unit`: the unit charts' frame: no caption or footnote lines (both empty), the plot
	 * within 1.15 of square both ways so the squares stay square, and smaller label type
	 * when the plot is narrow. Default `plot`: caption, plot and footnote.
	 */
	frame?: 'plot' | 'unit';
	/** A key over the plot, drawn instead of the caption and footnote. */
	key?: Key;
}

/** A mark as a layer draws it: its look, where it is now, and its place in the scene's pool. */
export type DrawnMark = MarkMeta & Geom & { index: number };
