import type { Component } from 'svelte';

/**
 * Parts of an island that are hydrated after it, each in a task of its own (HydrateLater.svelte):
 * Svelte hydrates a tree in one synchronous call, and a chart's whole tree at 4× CPU is a task
 * longer than a frame may wait. The island's context carries this, under LATER.
 */
export interface Later {
	/** On the server (Island.svelte): a part's markup rendered on its own, so that it can be hydrated on its own. */
	render?: (
		component: Component<Record<string, unknown>>,
		props: Record<string, unknown>,
		context: Map<unknown, unknown>
	) => string;
	/**
	 * In the browser, while the island is being hydrated (main.ts): takes a part's hydration, to run
	 * after the island's in a task of its own, and says true; false once the island is hydrated (a
	 * part made after that is mounted with its island's tree, as any other).
	 */
	queue?: (hydrate: () => void) => boolean;
}

export const LATER = Symbol('hydrate later');
