import type { Figure } from '$lib/data/types';
import { chartFigure, type Figures } from '../chartFigures';
import { defineChart } from '../define';
import { spec, type State } from './spec';
import { words } from '$content/charts/streetsafe-london';
import type { Geom, Label, MarkMeta as GeomMarkMeta, Scene, Tone as GeomTone } from '../toolkit/scene';

/**
 * "StreetSafe in London": the national pilot's launch date, with the count of reports the Met
 * later published (after the statement; no count for the statement's date was found), then,
 * as the context of EVAW's warning and not as evidence about StreetSafe, London's stop and
 * search rate against England and Wales and the Met's reported searches in May 2019 and
 * May 2020.
 *
 * A pure function of the state. Positions are in percent of the plot box. The marks are
 * a fixed pool in a fixed order (the empty "no count" box, then two bars), so
 * a change of state tweens each mark; marks a state does not use have opacity 0.
 */

export type MarkKind = 'missing' | 'bar';
export type Tone = Extract<GeomTone, 'mark' | 'highlight' | 'muted' | 'dashed'>;
export type MarkMeta = GeomMarkMeta<MarkKind, Tone>;
export type Layout = Scene<State, MarkKind, Tone>;

const need = (figures: Figures, id: string): Figure => chartFigure('streetsafe-london', figures, id);

const round = (n: number) => Math.round(n * 100) / 100;

/** Where the longest bar ends, leaving room for its value label. */
export const BAR_MAX_X = 68;
const LABEL_ROW = 10;

interface Slot {
	labelY: number;
	barY: number;
	barH: number;
}

const SLOTS: Slot[] = [0, 1].map((i) => {
	const top = 4 + i * 32;
	return { labelY: top + LABEL_ROW - 0.5, barY: top + LABEL_ROW, barH: 16 };
});

/** The two bars of each bar state, top to bottom. */
const BAR_FIGURES: Record<'london-share' | 'lockdown', readonly [string, string]> = {
	'london-share': ['ss-rate-london-2020', 'ss-rate-all-2020'],
	lockdown: ['met-ss-may-2019', 'met-ss-may-2020']
};

const BAR_NAMES: Record<string, string> = words.barNames;

const BAR_TONES: Record<string, Tone> = {
	'ss-rate-london-2020': 'highlight',
	'ss-rate-all-2020': 'muted',
	'met-ss-may-2019': 'muted',
	'met-ss-may-2020': 'highlight'
};

const MISSING: Geom = { x: 0, y: 60, w: 100, h: 20, o: 1 };

function layout(state: State, figures: Figures): Layout {
	const meta: MarkMeta[] = [];
	const geom: Geom[] = [];
	const labels: Label[] = [];
	let caption = '';
	let footnote = '';

	// ── The pilot: the dated card is words only; the dashed box holds the Met's later count ──
	const pilot = state === 'pilot';
	meta.push({ kind: 'missing', shape: 'bar', grouped: true, key: 'london-reports', tone: 'dashed', visible: pilot });
	geom.push(pilot ? MISSING : { ...MISSING, o: 0 });

	// ── Bars ─────────────────────────────────────────────────────────────────────────
	const ids = state === 'pilot' ? null : BAR_FIGURES[state];
	const max = ids ? Math.max(...ids.map((id) => need(figures, id).value)) : 1;
	SLOTS.forEach((s, i) => {
		if (!ids) {
			meta.push({ kind: 'bar', shape: 'bar', grouped: true, key: String(i), tone: 'mark', visible: false });
			geom.push({ x: 0, y: s.barY, w: 0, h: s.barH, o: 0 });
			return;
		}
		const f = need(figures, ids[i] as string);
		meta.push({
			kind: 'bar',
			shape: 'bar',
			grouped: true,
			key: f.id,
			tone: BAR_TONES[f.id] ?? 'mark',
			visible: true,
			value: f.display
		});
		geom.push({ x: 0, y: s.barY, w: round((f.value / max) * BAR_MAX_X), h: s.barH, o: 1 });
	});

	if (state === 'pilot') {
		const f = need(figures, 'event-streetsafe-pilot');
		const reports = need(figures, 'streetsafe-met-reports-2022');
		caption = words.pilotCaption;
		footnote = words.pilotNote(f.place);
		labels.push({
			id: 'card',
			parts: [
				{ text: words.pilotLaunched },
				{ text: f.display, strong: true, big: true, br: true },
				{ text: words.pilotTool, br: true }
			],
			x: 0,
			y: 2,
			anchor: 'start',
			valign: 'top',
			size: 'normal',
			card: true,
			maxWidth: 100,
			mark: 'event',
			value: f.display
		});
		labels.push({
			id: 'missing-name',
			parts: [{ text: words.reportsName, strong: true }],
			x: 0,
			y: MISSING.y - 0.5,
			anchor: 'start',
			valign: 'bottom',
			size: 'normal',
			maxWidth: 100,
			mark: 'group-label'
		});
		labels.push({
			id: 'missing',
			parts: [
				{ text: reports.display, strong: true },
				{ text: words.byMarch2022 },
				{ text: words.publishedAfter, muted: true, br: true }
			],
			value: reports.display,
			x: 3,
			y: MISSING.y + MISSING.h / 2,
			anchor: 'start',
			valign: 'middle',
			size: 'normal',
			maxWidth: 94,
			mark: 'missing-label'
		});
	} else if (ids) {
		const top = need(figures, ids[0]);
		if (state === 'london-share') {
			const share = need(figures, 'ss-met-share-2020');
			caption = words.shareCaption;
			footnote = words.shareNote(cap(top.period));
			labels.push({
				id: 'share',
				parts: [{ text: words.shareBefore }, { text: share.display, strong: true }, { text: words.shareAfter }],
				x: 0,
				y: 74,
				anchor: 'start',
				valign: 'top',
				size: 'normal',
				maxWidth: 100,
				mark: 'share-label',
				value: share.display
			});
		} else {
			caption = words.lockdownCaption;
			footnote = words.lockdownNote;
		}
		ids.forEach((id, i) => {
			const f = need(figures, id);
			const s = SLOTS[i] as Slot;
			const end = round((f.value / max) * BAR_MAX_X);
			labels.push({
				id: `name-${id}`,
				parts: [{ text: BAR_NAMES[id] ?? f.label }],
				x: 0,
				y: s.labelY,
				anchor: 'start',
				valign: 'bottom',
				size: 'normal',
				maxWidth: 100,
				mark: 'group-label'
			});
			const reported = state === 'lockdown';
			labels.push({
				id: `value-${id}`,
				parts: reported
					? [
							{ text: f.display, strong: true },
							{ text: words.reported, muted: true, br: true }
						]
					: [{ text: f.display, strong: true }],
				x: round(end + 1.5),
				y: round(s.barY + s.barH / 2),
				anchor: 'start',
				valign: 'middle',
				size: reported ? 'normal' : 'large',
				mark: 'value-label',
				value: f.display
			});
		});
	}

	return { state, caption, footnote, meta, geom, labels };
}

function cap(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

export default defineChart(spec, layout);
