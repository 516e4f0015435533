/**
 * Svelte writes hydration markers (`<!--[-->`, `<!--]-->`, `<!---->`, …) through everything it
 * renders on the server. A page here is never hydrated as a whole (`csr = false`): only its
 * islands are (Island.svelte, main.ts), so only an island's markup needs them. Island.svelte
 * brackets its markup with ISLAND_START and ISLAND_END; outsideIslandsWithoutMarkers (run on
 * every page by src/hooks.server.ts) drops the markers everywhere else, and the brackets: about
 * 20 KB of the story page's HTML that the browser would parse for nothing.
 */
export const ISLAND_START = '<!--island-->';
export const ISLAND_END = '<!--/island-->';

/** Svelte's hydration markers: `[` (with `!`, `?` or a branch index), `]`, and the empty comment. */
const HYDRATION_MARKER = /<!--(?:\[(?:!|\?|-?\d+)?|\]|)-->/g;

export function outsideIslandsWithoutMarkers(html: string): string {
	const parts = html.split(ISLAND_START);
	const head = (parts.shift() ?? '').replace(HYDRATION_MARKER, '');
	return (
		head +
		parts
			.map((part) => {
				const end = part.indexOf(ISLAND_END);
				if (end < 0) throw new Error('An island with no end marker: was its markup cut short?');
				return part.slice(0, end) + part.slice(end + ISLAND_END.length).replace(HYDRATION_MARKER, '');
			})
			.join('')
	);
}
