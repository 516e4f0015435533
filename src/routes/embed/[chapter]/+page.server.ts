import { error } from '@sveltejs/kit';
import { chapterEmbeds } from '$lib/server/embeds';
import { measures } from '$lib/server/story';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => chapterEmbeds.map(({ chapter }) => ({ chapter: chapter.id }));

export function load({ params }) {
	const found = chapterEmbeds.find(({ chapter }) => chapter.id === params.chapter);
	if (!found) error(404, 'There is no chapter at this address');
	const index = measures.findIndex((m) => m.id === found.chapter.id);
	return { chapter: found.chapter, entry: found.entry, number: index >= 0 ? index + 1 : undefined };
}
