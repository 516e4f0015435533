// Shared checks for the two timeline charts' unit tests (not a test file itself).
import { expect } from 'vitest';
import { COMBOS, GAP, LINE, type EventKind, type TimelineLayout } from '../../src/lib/charts/timeline/timeline';
import { figures } from '../../src/lib/data/figures';

/**
 * Every combo: shown labels stay inside the box and never overlap, both in the box the combo
 * was made for and in a taller one (label offsets are in em, dots in percent); their order
 * follows their dots' order, so leaders never cross.
 */
export function expectNoOverlap(layout: TimelineLayout, where: string): void {
	for (const combo of COMBOS) {
		for (const heightEm of [combo.heightEm, combo.heightEm + 7, combo.heightEm * 2]) {
			const boxes = layout.events
				.map((e, i) => ({ e, i }))
				.filter(({ e }) => e.kind !== 'hidden' && e.label.show[combo.index] === 1)
				.map(({ e, i }) => {
					const anchor = (e.y / 100) * heightEm;
					const top = anchor + (e.label.dy[combo.index] ?? 0) - LINE / 2;
					return { id: e.id, i, anchor, top, bottom: top + (e.label.h[combo.index] ?? 0) };
				})
				.sort((a, b) => a.anchor - b.anchor || a.i - b.i);
			const at = `${where}, combo ${combo.index} (${combo.widthEm}×${combo.heightEm}em) at ${heightEm}em`;
			boxes.forEach((b, k) => {
				expect(b.top, `${b.id} top ${at}`).toBeGreaterThanOrEqual(-0.01);
				expect(b.bottom, `${b.id} bottom ${at}`).toBeLessThanOrEqual(heightEm + 0.01);
				const next = boxes[k + 1];
				if (next) expect(next.top, `${next.id} below ${b.id} ${at}`).toBeGreaterThanOrEqual(b.bottom + GAP - 0.02);
			});
		}
	}
}

/** Ids of the events of a kind. */
export function idsOfKind(layout: TimelineLayout, kind: string): string[] {
	return layout.events.filter((e) => e.kind === kind).map((e) => e.id);
}

/** The month ticks inside the axis, as YYYY-MM. */
export function monthsInDomain(layout: TimelineLayout): string[] {
	return layout.ticks.filter((t) => t.inDomain).map((t) => t.key.slice(0, 7));
}

/** Every event has a short label for tight spaces: shorter than its label, 60 characters at most. */
export function expectShortLabels(ids: readonly string[]): void {
	for (const id of ids) {
		const f = figures[id]!;
		expect(f.shortLabel, id).toBeDefined();
		expect(f.shortLabel!.length, id).toBeLessThan(f.label.length);
		expect(f.shortLabel!.length, id).toBeLessThanOrEqual(60);
	}
}

/**
 * No label is ever clamped, in any state or combo: each shown label carries its figure's short
 * words; labels of `shortKinds` show them, whole; and in boxes `wholeFromEm` tall and up the
 * layout fits and every shown label is whole.
 */
export function expectNoClampedLabels(
	layouts: readonly { id: string; layout: TimelineLayout }[],
	{ wholeFromEm, shortKinds }: { wholeFromEm: number; shortKinds: readonly EventKind[] }
): void {
	for (const { id, layout } of layouts) {
		for (const c of COMBOS) {
			if (c.heightEm >= wholeFromEm) expect(layout.fitted[c.index], `${id} combo ${c.index}`).toBe(true);
			for (const e of layout.events.filter((e) => e.label.show[c.index] === 1)) {
				const at = `${id} ${e.id} combo ${c.index}`;
				if (c.heightEm >= wholeFromEm) expect(e.label.lines[c.index], at).toBe(e.label.fullLines[c.index]);
				expect(e.label.shortText, at).toBe(figures[e.id]!.shortLabel);
				if (shortKinds.includes(e.kind)) {
					expect(e.label.short[c.index], at).toBe(1);
					expect(e.label.lines[c.index], at).toBe(e.label.fullLines[c.index]);
				}
			}
		}
	}
}
