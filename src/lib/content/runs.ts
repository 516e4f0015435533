import type { Figure } from '$lib/data/types';
import type { Inline } from './types';

/**
 * Prose ready to draw: each figure reference resolved to the words and link it shows, so the
 * component that draws it needs no figures module (a hydrated island sends only these).
 */
export type Run =
	| { kind: 'text'; text: string }
	| { kind: 'link'; text: string; href: string }
	| { kind: 'figure'; text: string; href: string; title: string; claim: boolean };

/** Resolves a run of inlines; a reference to a figure that does not exist is left out. */
export function runsOf(inlines: readonly Inline[], figures: Readonly<Record<string, Figure>>, base: string): Run[] {
	return inlines.flatMap((inline): Run[] => {
		if (inline.kind !== 'figure') return [inline];
		const figure = figures[inline.id];
		if (!figure) return [];
		return [
			{
				kind: 'figure',
				text: figure.display,
				href: `${base}/sources/#fig-${figure.id}`,
				title: `${figure.label}. Source: ${figure.source.publisher}`,
				claim: figure.confidence === 'CLAIM'
			}
		];
	});
}
