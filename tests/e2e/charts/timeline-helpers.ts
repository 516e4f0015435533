// Shared by the timeline-2021 and missteps specs (not a spec itself).
import { expect, type Locator } from '@playwright/test';
import { showStep } from '../helpers';

/** Scrolls a step to the middle of the viewport and waits for the chart to take its state. */
export const go = showStep;

/** Ids of the visible event dots, by kind. */
export async function dots(chart: Locator, kind?: string): Promise<string[]> {
	const selector = kind ? `[data-mark="event"][data-kind="${kind}"]` : '[data-mark="event"]:not([data-hidden])';
	return (
		await chart.locator(selector).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id ?? ''))
	).sort();
}

/**
 * Labels drawn on screen (opacity over one half) never overlap each other and stay inside the
 * chart box; returns their ids, top to bottom.
 */
export async function expectLabelsApart(chart: Locator): Promise<string[]> {
	const { boxes, area } = await chart.evaluate((root) => {
		const a = root.getBoundingClientRect();
		const labels = [...root.querySelectorAll<HTMLElement>('[data-mark="event-label"]')].filter(
			(e) => Number(getComputedStyle(e).opacity) > 0.5
		);
		return {
			area: { top: a.top, bottom: a.bottom, left: a.left, right: a.right },
			boxes: labels
				.map((e) => {
					const r = e.getBoundingClientRect();
					return { id: e.dataset.id ?? '', top: r.top, bottom: r.bottom, left: r.left, right: r.right };
				})
				.sort((p, q) => p.top - q.top)
		};
	});
	boxes.forEach((b, i) => {
		expect(b.top, `${b.id} inside the chart (top)`).toBeGreaterThanOrEqual(area.top - 1);
		expect(b.bottom, `${b.id} inside the chart (bottom)`).toBeLessThanOrEqual(area.bottom + 1);
		expect(b.left, `${b.id} inside the chart (left)`).toBeGreaterThanOrEqual(area.left - 1);
		expect(b.right, `${b.id} inside the chart (right)`).toBeLessThanOrEqual(area.right + 1);
		const next = boxes[i + 1];
		if (next) expect(next.top, `${next.id} below ${b.id}`).toBeGreaterThanOrEqual(b.bottom - 0.5);
	});
	return boxes.map((b) => b.id);
}

/** Visible labels (opacity over one half) whose words the browser had to clamp: should be none. */
export async function clampedLabels(chart: Locator): Promise<string[]> {
	return chart.evaluate((root) =>
		[...root.querySelectorAll<HTMLElement>('[data-mark="event-label"]')]
			.filter((e) => Number(getComputedStyle(e).opacity) > 0.5)
			.filter((e) =>
				[...e.querySelectorAll<HTMLElement>('.text')].some(
					(t) => getComputedStyle(t).display !== 'none' && t.scrollHeight > t.clientHeight + 1
				)
			)
			.map((e) => e.dataset.id ?? '')
	);
}

/** The words each visible label shows (its full or its short words), with the label's kind. */
export async function shownWords(chart: Locator): Promise<{ id: string; kind: string; words: string[] }[]> {
	return chart.evaluate((root) =>
		[...root.querySelectorAll<HTMLElement>('[data-mark="event-label"]')]
			.filter((e) => Number(getComputedStyle(e).opacity) > 0.5)
			.map((e) => ({
				id: e.dataset.id ?? '',
				kind: e.dataset.kind ?? '',
				words: [...e.querySelectorAll<HTMLElement>('.text')]
					.filter((t) => getComputedStyle(t).display !== 'none')
					.map((t) => t.textContent?.trim() ?? '')
			}))
	);
}

/**
 * Every visible label shows exactly one set of words, whole: a highlighted or reference label
 * its figure's label or (where space is short) its shortLabel, any other label its shortLabel.
 */
export async function expectFigureWords(
	chart: Locator,
	figures: Readonly<Record<string, { label: string; shortLabel?: string }>>
): Promise<Map<string, string>> {
	const shown = await shownWords(chart);
	const words = new Map<string, string>();
	for (const { id, kind, words: w } of shown) {
		const f = figures[id];
		expect(f, id).toBeDefined();
		expect(w, `${id} shows one set of words`).toHaveLength(1);
		const short = f!.shortLabel ?? f!.label;
		if (kind === 'focus' || kind === 'reference') expect([f!.label, short], id).toContain(w[0]);
		else expect(w[0], id).toBe(short);
		words.set(id, w[0]!);
	}
	expect(await clampedLabels(chart)).toEqual([]);
	return words;
}
