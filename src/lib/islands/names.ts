/** The islands a page may hold, by the name in `data-island` (see Island.svelte and main.ts). */
export const ISLAND_NAMES = ['exit', 'motion', 'embed-host', 'scrolly'] as const;
export type IslandName = (typeof ISLAND_NAMES)[number];
