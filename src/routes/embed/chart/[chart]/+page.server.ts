import { error } from '@sveltejs/kit';
import { chartEmbeds } from '$lib/server/embeds';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => chartEmbeds.map(({ block }) => ({ chart: block.chart }));

export function load({ params }) {
	const found = chartEmbeds.find(({ block }) => block.chart === params.chart);
	if (!found) error(404, 'There is no chart at this address');
	return { block: found.block, entry: found.entry };
}
