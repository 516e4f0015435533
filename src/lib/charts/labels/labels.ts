/**
 * The HTML labels of the unit charts, drawn by `ChartLabels.svelte`: a large value (a
 * figure's display, exactly), the words after it, and an optional smaller line underneath.
 */

/**
 * How a label is coloured (the value, unless said otherwise), matching the marks it names:
 * - plain: no colour of its own;
 * - primary, muted: the main mark colour;
 * - highlight, outline: the highlight colour (outline names outlined highlight marks);
 * - context, early: muted ink, for marks drawn in the muted mark colour;
 * - on-dark: white throughout, for a label set on a filled mark.
 */
export type LabelTone = 'plain' | 'primary' | 'muted' | 'highlight' | 'outline' | 'context' | 'early' | 'on-dark';

export interface ChartLabel<Tone extends LabelTone = LabelTone> {
	id: string;
	/** The figure's display text, shown large (exactly as `display` gives it). */
	value?: string;
	/** The words after the value. */
	text: string;
	/** A smaller line underneath: period, place or source. */
	sub?: string;
	/** Left edge (or centre, with align 'center'), percent of the box width. */
	x: number;
	/** Top edge, percent of the box height. */
	y: number;
	/** Maximum width in percent of the box. */
	maxWidth: number;
	tone: Tone;
	align?: 'start' | 'center';
	/** Large value on its own line (used for "2 in 3"). */
	big?: boolean;
}
