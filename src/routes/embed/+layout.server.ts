import { story } from '$lib/server/story';

export function load() {
	return { site: { title: story.title, contentNote: story.contentNote } };
}
