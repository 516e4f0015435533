import type { SceneLines } from '$lib/charts/toolkit/scene';

/**
 * A scrolly step's words travel once: as HTML in the island's server-rendered markup, which the
 * island writes with `{@html}` (ScrollyIsland's `stepHtml`). The server makes that HTML from the
 * step's runs (stepHtmlOnServer, in Scrolly.svelte); the browser reads it back from the markup
 * before hydrating (stepHtmlInMarkup, in main.ts), so the island's props need not repeat it.
 */

/** Svelte's hydration markers and any other comment: the HTML is written with `{@html}`, never hydrated inside. */
const COMMENTS = /<!--[\s\S]*?-->/g;

/** Server render output → the HTML `{@html}` writes. */
export function withoutComments(html: string): string {
	return html.replace(COMMENTS, '');
}

/**
 * Each step's HTML in an island's server markup, by state (`li.step[data-state] > p`). The server
 * wraps an `{@html}` in a pair of comments (ScrollyIsland hydrates from them), taken off here.
 */
export function stepHtmlInMarkup(island: ParentNode): Record<string, string> {
	const out: Record<string, string> = {};
	for (const words of island.querySelectorAll<HTMLElement>('li.step[data-state] > p')) {
		const state = (words.parentElement as HTMLElement).dataset.state as string;
		out[state] = withoutComments(words.innerHTML);
	}
	return out;
}

/**
 * Every state's caption and footnote, as the chart draws them to keep room for the longest (SceneChart's
 * `.line-space` paragraphs, in state order): the page carries them once, there (chart-data.ts
 * `chartDataInPage`). Undefined for a chart that draws none.
 */
export function linesInMarkup(island: ParentNode): SceneLines[] | undefined {
	const texts = (lines: string) =>
		[...(island.querySelector(`.${lines}-lines`)?.querySelectorAll('.line-space') ?? [])].map(
			(p) => p.textContent ?? ''
		);
	const captions = texts('caption');
	const footnotes = texts('footnote');
	if (captions.length === 0) return undefined;
	return captions.map((caption, i) => ({ caption, footnote: footnotes[i] ?? '' }));
}
