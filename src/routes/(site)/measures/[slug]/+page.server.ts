import { error } from '@sveltejs/kit';
import { measures } from '$lib/server/story';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => measures.map((m) => ({ slug: m.slug ?? '' }));

export function load({ params }) {
	const index = measures.findIndex((m) => m.slug === params.slug);
	const chapter = measures[index];
	if (!chapter) error(404, 'There is no measure at this address');
	const link = (i: number) => {
		const m = measures[i];
		return m?.slug ? { slug: m.slug, title: m.title } : null;
	};
	return { chapter, number: index + 1, total: measures.length, previous: link(index - 1), next: link(index + 1) };
}
