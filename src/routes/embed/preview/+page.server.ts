import { allEmbeds } from '$lib/server/embeds';

export function load() {
	return { embeds: allEmbeds };
}
