/**
 * The browser's only script on every page (built by vite.islands.config.ts into
 * `<base>/_islands/main.js`). The pages are prerendered with no SvelteKit client; this finds the
 * islands (Island.svelte) and hydrates each with its props: the controls at once, each chart
 * (`data-lazy`) when it comes within a viewport of the screen, its code fetched then.
 */
import { hydrate, type Component } from 'svelte';
import ExitPage from '$lib/components/ExitPage.svelte';
import MotionToggle from '$lib/components/MotionToggle.svelte';
import { copyCodes } from '$lib/embed/copy-codes';
import EmbedHost from '$lib/embed/EmbedHost.svelte';
import { motion } from '$lib/motion.svelte';
import type { Chart } from '$lib/charts/define';
import type { Drawing, ScrollyCode } from '$lib/scrolly/ScrollyIsland.svelte';
import type { IslandName } from './names';

type AnyComponent = Component<Record<string, unknown>>;
type Load = (island: HTMLElement) => Promise<{ component: AnyComponent; local?: Record<string, unknown> }>;

// Each chart that has a drawing of its own (the rest draw through the toolkit's SceneChart), and
// each chart's layout (for the charts laid out in the browser), one chunk each, loaded when needed.
const drawings = import.meta.glob<{ default: Drawing }>('../charts/*/Chart.svelte');
const layouts = import.meta.glob<{ default: Chart }>('../charts/*/layout.ts');

const now = (component: Component<never>): Load => {
	return () => Promise.resolve({ component: component as unknown as AnyComponent });
};

const loaders: Record<IslandName, Load> = {
	exit: now(ExitPage),
	motion: now(MotionToggle),
	'embed-host': now(EmbedHost),
	scrolly: async (island) => {
		const { drawing, chartLayout } = island.dataset;
		const [scrolly, drawn, laidOut] = await Promise.all([
			import('$lib/scrolly/ScrollyIsland.svelte'),
			drawing ? drawings[`../charts/${drawing}/Chart.svelte`]?.() : undefined,
			chartLayout ? layouts[`../charts/${chartLayout}/layout.ts`]?.() : undefined
		]);
		const local: ScrollyCode = { Drawing: drawn?.default, layout: laidOut?.default };
		return { component: scrolly.default as unknown as AnyComponent, local: { ...local } };
	}
};

/**
 * Waits for the main thread to be idle (or, where the browser cannot say, for the next task), so
 * that a chart's code arriving and its hydration are separate tasks, neither run in the middle of
 * a frame the reader is scrolling.
 */
function idle(): Promise<void> {
	return new Promise((resolve) => {
		if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
		else setTimeout(resolve, 0);
	});
}

async function start(island: HTMLElement, lazy = false): Promise<void> {
	const load = loaders[island.dataset.island as IslandName];
	if (!load) return;
	const { component, local } = await load(island);
	if (lazy) await idle();
	const data = island.nextElementSibling;
	const props = (data?.matches('[data-island-props]') ? JSON.parse(data.textContent ?? '{}') : {}) as Record<
		string,
		unknown
	>;
	hydrate(component, { target: island, props: { ...props, ...local } });
	island.dataset.hydrated = '';
}

function main(): void {
	// Embeds never remember the reader's choice (EmbedHost applies the partner's `motion=`).
	if (!document.querySelector('[data-island="embed-host"]')) motion.restoreReaderChoice();

	// For the page's lifetime, as the islands are.
	if (document.querySelector('[data-copy-code]')) copyCodes();

	const islands = [...document.querySelectorAll<HTMLElement>('[data-island]')];
	const later = islands.filter((island) => island.dataset.lazy !== undefined);
	for (const island of islands) if (!later.includes(island)) void start(island);
	if (later.length === 0) return;

	// An island's box is `display: contents` (no box to intersect): watch the element around it.
	const islandAt = new Map(later.map((island) => [island.parentElement ?? island, island]));
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				const island = islandAt.get(entry.target as HTMLElement);
				if (!entry.isIntersecting || !island) continue;
				observer.unobserve(entry.target);
				islandAt.delete(entry.target as HTMLElement);
				void start(island, true);
			}
			if (islandAt.size === 0) observer.disconnect();
		},
		// About one viewport ahead, above and below: the chart is ready before the reader gets there.
		{ rootMargin: '100% 0px' }
	);
	for (const box of islandAt.keys()) observer.observe(box);
}

main();
