/** The islands a page may hold, by the name in `data-island` (see Island.svelte and main.ts). */
export type IslandName = 'exit' | 'motion' | 'embed-host' | 'scrolly';
