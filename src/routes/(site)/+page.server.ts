import { story } from '$lib/server/story';

export function load() {
	return { story };
}
