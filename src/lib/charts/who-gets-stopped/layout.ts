import type { Figure } from '$lib/data/types';
import { chartFigure, type Figures } from '../chartFigures';
import { defineChart } from '../define';
import { spec, type State } from './spec';
import { words } from '$content/charts/who-gets-stopped';
import {
	SQUARE_PLOT_ASPECT,
	type Geom,
	type Label,
	type MarkMeta as GeomMarkMeta,
	type Scene,
	type Tone as GeomTone
} from '../toolkit/scene';

/**
 * "Who gets stopped": the Met's extra officers as one mark each, then stop and search
 * rates and ratios by ethnic group, then the share of searches with no further action.
 *
 * A pure function of the state. Every position is in percent of the plot box (x of its
 * width, y of its height). The marks are one fixed pool in a fixed order (officers, bars,
 * the reference line, the 100 squares), so a change of state tweens each mark from where
 * it was to where it goes; marks a state does not use have opacity 0.
 */

export type MarkKind = 'officer' | 'bar' | 'reference' | 'search';
export type Tone = Extract<GeomTone, 'mark' | 'highlight' | 'muted' | 'outline' | 'ink'>;
export type MarkMeta = GeomMarkMeta<MarkKind, Tone>;
export type Layout = Scene<State, MarkKind, Tone>;

const need = (figures: Figures, id: string): Figure => chartFigure('who-gets-stopped', figures, id);

const round = (n: number) => Math.round(n * 100) / 100;
const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Officer grid: enough columns that the rows of square cells fit the plot's height. */
export const OFFICER_COLUMNS = 36;
const LABEL_ROW = 10;
const BLOCK_GAP = 2;

/** Bars */
export const BAR_GROUPS = ['black', 'white', 'mixed', 'asian', 'other'] as const;
type BarGroup = (typeof BAR_GROUPS)[number];
/** Where the longest bar ends, leaving room for its value label. */
export const BAR_MAX_X = 70;

/** Search squares: 20 columns of 5, filled column by column. */
export const SQUARES = 100;
const SQUARE_COLUMNS = 20;
const SQUARE_ROWS = 5;
const SQUARE_TOP = 36;
const SQUARE_PITCH_Y = 6.6;

function officerCounts(figures: Figures): { town: number; ward: number } {
	const town = need(figures, 'town-centre-officers').value;
	const ward = need(figures, 'ward-officers').value;
	return { town, ward };
}

/** The officer grid: the Town Centre Team officers in one block, the ward officers below. */
function officerGrid(figures: Figures): { geom: Geom[]; townTop: number; wardTop: number } {
	const { town, ward } = officerCounts(figures);
	const townRows = Math.ceil(town / OFFICER_COLUMNS);
	const wardRows = Math.ceil(ward / OFFICER_COLUMNS);
	// Square cells in a plot SQUARE_PLOT_ASPECT times as wide as tall; the two label rows and a
	// small gap fit in what the rows leave.
	const pitchX = 100 / OFFICER_COLUMNS;
	const pitchY = pitchX * SQUARE_PLOT_ASPECT;
	if ((townRows + wardRows) * pitchY > 100 - 2 * LABEL_ROW - BLOCK_GAP) {
		throw new Error('who-gets-stopped: the officers need more columns to fit the plot');
	}
	const townTop = LABEL_ROW;
	const wardTop = 100 - wardRows * pitchY;
	const geom: Geom[] = [];
	const cell = (i: number, top: number): Geom => ({
		x: round((i % OFFICER_COLUMNS) * pitchX + pitchX * 0.1),
		y: round(top + Math.floor(i / OFFICER_COLUMNS) * pitchY + pitchY * 0.1),
		w: round(pitchX * 0.8),
		h: round(pitchY * 0.8),
		o: 1
	});
	for (let i = 0; i < town; i++) geom.push(cell(i, townTop));
	for (let i = 0; i < ward; i++) geom.push(cell(i, wardTop));
	return { geom, townTop, wardTop };
}

interface Slot {
	labelY: number;
	barY: number;
	barH: number;
}

/** Rows of bars: a name label above each bar. */
function slots(n: number, top: number, slotH: number, barH: number): Slot[] {
	return Array.from({ length: n }, (_, i) => {
		const slotTop = top + i * slotH;
		return { labelY: round(slotTop + LABEL_ROW - 0.5), barY: round(slotTop + LABEL_ROW), barH };
	});
}

const GROUP_NAMES: Record<BarGroup, string> = words.groups;

const RATE_IDS: Partial<Record<BarGroup, string>> = {
	black: 'ss-rate-black-2020',
	white: 'ss-rate-white-2020'
};

const RATIO_IDS: Partial<Record<BarGroup, string>> = {
	black: 'ss-ratio-black-2020',
	mixed: 'ss-ratio-mixed-2020',
	asian: 'ss-ratio-asian-2020',
	other: 'ss-ratio-other-2020'
};

const RATE_ORDER: BarGroup[] = ['black', 'white'];
const RATIO_ORDER: BarGroup[] = ['black', 'mixed', 'asian', 'other'];

function squareGeom(i: number): Geom {
	const pitchX = 100 / SQUARE_COLUMNS;
	const col = Math.floor(i / SQUARE_ROWS);
	const row = i % SQUARE_ROWS;
	return {
		x: round(col * pitchX + pitchX * 0.09),
		y: round(SQUARE_TOP + row * SQUARE_PITCH_Y + SQUARE_PITCH_Y * 0.09),
		w: round(pitchX * 0.82),
		h: round(SQUARE_PITCH_Y * 0.82),
		o: 1
	};
}

function layout(state: State, figures: Figures): Layout {
	const officers = officerGrid(figures);
	const { town } = officerCounts(figures);

	const meta: MarkMeta[] = [];
	const geom: Geom[] = [];
	const labels: Label[] = [];

	// ── Officers ────────────────────────────────────────────────────────────────────
	officers.geom.forEach((g, i) => {
		const isTown = i < town;
		const visible = state === 'officers';
		meta.push({ kind: 'officer', shape: 'unit', key: String(i), tone: isTown ? 'mark' : 'muted', visible });
		// Off screen, the grid folds to the left edge (the bars grow from there).
		geom.push(visible ? g : { x: 0, y: g.y, w: 0, h: g.h, o: 0 });
	});

	// ── Bars and the reference line ─────────────────────────────────────────────────
	const rateSlots = slots(RATE_ORDER.length, 14, 36, 15);
	const ratioTop = 10;
	const ratioSlots = slots(RATIO_ORDER.length, ratioTop, 22.5, 9);
	const rateMax = Math.max(...RATE_ORDER.map((g) => need(figures, RATE_IDS[g] as string).value));
	const ratioMax = Math.max(...RATIO_ORDER.map((g) => need(figures, RATIO_IDS[g] as string).value));
	const rateX = (v: number) => round((v / rateMax) * BAR_MAX_X);
	const ratioX = (v: number) => round((v / ratioMax) * BAR_MAX_X);

	for (const group of BAR_GROUPS) {
		const tone: Tone = group === 'white' ? 'muted' : group === 'black' ? 'highlight' : 'mark';
		let g: Geom;
		let value: string | undefined;
		let visible = false;
		const rateIndex = RATE_ORDER.indexOf(group);
		const ratioIndex = RATIO_ORDER.indexOf(group);
		if (state === 'rates' && rateIndex >= 0) {
			const f = need(figures, RATE_IDS[group] as string);
			const s = rateSlots[rateIndex] as Slot;
			g = { x: 0, y: s.barY, w: rateX(f.value), h: s.barH, o: 1 };
			value = f.display;
			visible = true;
		} else if (state === 'ratios' && ratioIndex >= 0) {
			const f = need(figures, RATIO_IDS[group] as string);
			const s = ratioSlots[ratioIndex] as Slot;
			g = { x: 0, y: s.barY, w: ratioX(f.value), h: s.barH, o: 1 };
			value = f.display;
			visible = true;
		} else {
			// Hidden bars sit, at zero length, where they would be drawn next.
			const s = (ratioIndex >= 0 ? ratioSlots[ratioIndex] : rateSlots[rateIndex]) as Slot;
			g = { x: 0, y: s.barY, w: 0, h: s.barH, o: 0 };
		}
		meta.push({ kind: 'bar', shape: 'bar', grouped: true, key: group, tone, visible, ...(value ? { value } : {}) });
		geom.push(g);
	}

	// The reference line: White people = 1.
	const lastRatio = ratioSlots[ratioSlots.length - 1] as Slot;
	const refX = ratioX(1);
	const refGeom: Geom = {
		x: refX,
		y: ratioTop + 1,
		w: 0,
		h: round(lastRatio.barY + lastRatio.barH + 1 - (ratioTop + 1)),
		o: state === 'ratios' ? 1 : 0
	};
	meta.push({ kind: 'reference', shape: 'rule', key: 'white', tone: 'ink', visible: state === 'ratios' });
	geom.push(state === 'ratios' ? refGeom : { ...refGeom, h: 0, y: refGeom.y + refGeom.h / 2 });

	// ── Search squares ──────────────────────────────────────────────────────────────
	const nfaShare = need(figures, 'ss-nfa-share-2020');
	if (!Number.isInteger(nfaShare.value) || nfaShare.value < 0 || nfaShare.value > SQUARES) {
		throw new Error('who-gets-stopped: the no-further-action share must be a whole percentage');
	}
	for (let i = 0; i < SQUARES; i++) {
		const filled = i < nfaShare.value;
		const visible = state === 'outcomes';
		meta.push({
			kind: 'search',
			shape: 'unit',
			grouped: true,
			key: filled ? 'nfa' : 'other',
			tone: filled ? 'mark' : 'outline',
			visible
		});
		const g = squareGeom(i);
		geom.push(visible ? g : { ...g, o: 0 });
	}

	// ── Words ───────────────────────────────────────────────────────────────────────
	let caption: string;
	let footnote: string;
	if (state === 'officers') {
		const total = need(figures, 'met-extra-officers');
		const tco = need(figures, 'town-centre-officers');
		const teams = need(figures, 'town-centre-teams');
		const ward = need(figures, 'ward-officers');
		caption = words.officersCaption(total.display);
		footnote = words.scope(sentence(total.period), total.place);
		labels.push({
			id: 'town',
			parts: [{ text: tco.display, strong: true }, { text: words.inTeams(teams.display) }],
			x: 0,
			y: round(officers.townTop - 0.6),
			anchor: 'start',
			valign: 'bottom',
			size: 'normal',
			mark: 'group-label',
			value: tco.display
		});
		labels.push({
			id: 'ward',
			parts: [{ text: ward.display, strong: true }, { text: words.joiningWard }],
			x: 0,
			y: round(officers.wardTop - 0.6),
			anchor: 'start',
			valign: 'bottom',
			size: 'normal',
			mark: 'group-label',
			value: ward.display
		});
	} else if (state === 'rates') {
		const f = need(figures, 'ss-rate-black-2020');
		caption = words.ratesCaption;
		footnote = words.scope(sentence(f.period), f.place);
		RATE_ORDER.forEach((group, i) => {
			const fig = need(figures, RATE_IDS[group] as string);
			const s = rateSlots[i] as Slot;
			labels.push(nameLabel(group, s));
			labels.push(valueLabel(group, fig.display, rateX(fig.value), s, 'large'));
		});
	} else if (state === 'ratios') {
		const f = need(figures, 'ss-ratio-black-2020');
		caption = words.ratiosCaption;
		footnote = `${words.scope(sentence(f.period), f.place)}. ${words.ratiosNote}`;
		labels.push({
			id: 'reference',
			parts: [{ text: words.reference, strong: true }],
			x: refX,
			y: ratioTop,
			anchor: 'start',
			valign: 'bottom',
			size: 'normal',
			mark: 'reference-label'
		});
		RATIO_ORDER.forEach((group, i) => {
			const fig = need(figures, RATIO_IDS[group] as string);
			const s = ratioSlots[i] as Slot;
			labels.push({ ...nameLabel(group, s), knockout: true });
			labels.push(valueLabel(group, fig.display, ratioX(fig.value), s, 'normal'));
		});
	} else {
		const total = need(figures, 'ss-total-2020');
		const nfa = need(figures, 'ss-nfa-2020');
		caption = words.outcomesCaption(total.display, total.period);
		footnote = words.outcomesNote(total.place);
		const nfaValue = words.countAndShare(nfa.display, nfaShare.display);
		labels.push({
			id: 'nfa',
			parts: [
				{ text: nfaValue, strong: true },
				{ text: words.noFurtherAction, br: true }
			],
			x: 0,
			y: SQUARE_TOP - 1.5,
			anchor: 'start',
			valign: 'bottom',
			size: 'large',
			swatch: 'filled',
			mark: 'value-label',
			value: nfaValue
		});
		labels.push({
			id: 'other',
			parts: [{ text: words.otherOutcomes }],
			x: 100,
			y: round(SQUARE_TOP + SQUARE_ROWS * SQUARE_PITCH_Y + 1.5),
			anchor: 'end',
			valign: 'top',
			size: 'normal',
			swatch: 'outline',
			mark: 'group-label'
		});
	}

	// Officers and search squares are unit marks, so the plot stays near square.
	return { state, caption, footnote, meta, geom, labels, squarePlot: true };
}

function nameLabel(group: BarGroup, s: Slot): Label {
	return {
		id: `name-${group}`,
		parts: [{ text: GROUP_NAMES[group] }],
		x: 0,
		y: s.labelY,
		anchor: 'start',
		valign: 'bottom',
		size: 'normal',
		mark: 'group-label'
	};
}

function valueLabel(group: BarGroup, display: string, end: number, s: Slot, size: Label['size']): Label {
	return {
		id: `value-${group}`,
		parts: [{ text: display, strong: true }],
		x: round(end + 1.2),
		y: round(s.barY + s.barH / 2),
		anchor: 'start',
		valign: 'middle',
		size,
		mark: 'value-label',
		value: display
	};
}

export default defineChart(spec, layout);
