import { describe, expect, it } from 'vitest';
import { charts as chartSpecs } from '$lib/charts/registry';
import { fillTemplate } from '$lib/charts/validate';
import type { Chapter } from '$lib/content/types';
import { figures } from '$lib/data/figures';
import type { Figure } from '$lib/data/types';
import { chartCard, measureCard, sourcesCard, storyCard } from '$lib/social/cards';

const chapter: Chapter = {
	id: 'increased-police-presence',
	slug: 'increased-police-presence',
	title: 'Increased police presence',
	navTitle: 'Police presence',
	blocks: [{ type: 'scrolly', chart: 'who-gets-stopped', steps: [] }]
};

describe('social cards', () => {
	it('a measure card shows its chart takeaway, with figures as published, and names their source', () => {
		const card = measureCard(chapter, 1, figures);
		const spec = chartSpecs.find((c) => c.id === 'who-gets-stopped');
		expect(card.path).toBe('/social/measures/increased-police-presence.png');
		expect(card.title).toBe('Increased police presence');
		expect(card.headline).toBe(fillTemplate(spec?.title ?? '', figures));
		expect(card.headline).toContain(figures['ss-ratio-black-2020']?.display);
		expect(card.sourceLine).toBe(`Source: ${figures['ss-ratio-black-2020']?.source.publisher}`);
		expect(card.alt).toContain(card.headline);
	});

	it('every number on a chart card comes from a figure record or the chart’s own title', () => {
		for (const spec of chartSpecs) {
			const card = chartCard(spec, 'Chapter', figures);
			const allowed = [
				spec.title.replace(/\{fig:[^}]*\}/g, ''),
				...spec.figureIds.map((id) => figures[id]?.display ?? '')
			].join(' ');
			const numbers = `${card.title} ${card.sourceLine}`.match(/\d[\d,.]*/g) ?? [];
			for (const n of numbers) expect(allowed, `${spec.id}: ${n}`).toContain(n);
			expect(card.path).toBe(`/social/chart/${spec.id}.png`);
		}
	});

	it('refuses a takeaway that would put an unverified claim on a card', () => {
		const claim = { ...figures['ss-ratio-black-2020'], id: 'x', confidence: 'CLAIM' } as Figure;
		const spec = { ...chartSpecs[0]!, id: 'test', title: 'About {fig:x}', figureIds: ['x'] };
		expect(() => chartCard(spec, 'Chapter', { ...figures, x: claim })).toThrow(/unverified claim/);
	});

	it('the story and sources cards carry no statistic', () => {
		for (const card of [storyCard('A title'), sourcesCard()]) {
			const text = `${card.title} ${card.headline ?? ''}`;
			expect(text).not.toMatch(/\d/);
			expect(card.alt.length).toBeGreaterThan(20);
		}
	});
});
