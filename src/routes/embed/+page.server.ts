import { storyEmbed } from '$lib/server/embeds';
import { story } from '$lib/server/story';

export function load() {
	return { story, entry: storyEmbed };
}
