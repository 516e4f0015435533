// Shared checks for the unit charts' layout tests (walk-talk-scale, misconduct-funnel,
// migrant-data-sharing); not a test file itself.
import { expect } from 'vitest';
import { figures } from '../../src/lib/data/figures';
import { interpolateFresh } from '../../src/lib/charts/interpolate';
import type { Box } from '../../src/lib/charts/toolkit/units';
import type { Label, Scene } from '../../src/lib/charts/toolkit/scene';

type LayoutFor<L> = (state: string, f: typeof figures) => L;

/** Each state lays out as itself. */
export function expectSpecStates<L extends { state: string }>(
	states: readonly string[],
	layoutFor: LayoutFor<L>
): void {
	for (const s of states) expect(layoutFor(s, figures).state).toBe(s);
}

/** An unknown state lays out as the first state. */
export function expectFallback<L>(states: readonly string[], layoutFor: LayoutFor<L>, unknown = 'unknown'): void {
	expect(layoutFor(unknown, figures)).toEqual(layoutFor(states[0]!, figures));
}

/** Tweening the marks from the first state to the second gives a fresh value every frame. */
export function expectFreshTween<L>(
	states: readonly string[],
	layoutFor: LayoutFor<L>,
	marks: (l: L) => unknown
): void {
	const a = marks(layoutFor(states[0]!, figures));
	const b = marks(layoutFor(states[1]!, figures));
	const step = interpolateFresh(a, b);
	const mid = step(0.5);
	expect(mid).not.toBe(step(0.5));
	expect(step(0)).toEqual(a);
	expect(step(1)).toEqual(b);
}

/** Is the rectangle inside the box (0–100 both ways)? */
export const inBox = (r: Box) => r.x >= 0 && r.y >= 0 && r.x + r.w <= 100 + 1e-9 && r.y + r.h <= 100 + 1e-9;

/** The geometry of a scene's marks of one kind (all of them, shown or not). */
export function marksOf(l: Scene, kind: string): Box[] {
	return l.geom.filter((_, i) => l.meta[i]?.kind === kind);
}

/** How many marks of one kind a scene shows. */
export function shownCount(l: Scene, kind: string): number {
	return l.geom.filter((g, i) => l.meta[i]?.kind === kind && l.meta[i]?.visible && g.o > 0 && g.w > 0).length;
}

/** A label's words, as a reader sees them. */
export const labelText = (l: Label): string => l.parts.map((p) => p.text).join(' ');

/** Each label's value (the figure display it carries), by label id. */
export function labelValues(l: Scene): Record<string, string | undefined> {
	return Object.fromEntries(l.labels.map((x) => [x.id, x.value]));
}

/** A scene's pool of marks: the same kinds in the same order in every state, so marks move rather than appear. */
export function expectSamePool(states: readonly string[], layoutFor: LayoutFor<Scene>): void {
	const pool = (s: string) => layoutFor(s, figures).meta.map((m) => `${m.kind}:${m.key}`);
	for (const s of states) expect(pool(s)).toEqual(pool(states[0]!));
}
