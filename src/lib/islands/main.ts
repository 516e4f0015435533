/**
 * The browser's only script on every page (built by vite.islands.config.ts into
 * `<base>/_islands/main.js`). The pages are prerendered with no SvelteKit client; this finds the
 * islands (Island.svelte) and hydrates each with its props: the controls at once, each chart
 * (`data-lazy`) when it comes within a viewport of the screen, its code (and its layouts, when
 * they are a file of their own) fetched then.
 */
import { flushSync, hydrate, type Component } from 'svelte';
import ExitPage from '$lib/components/ExitPage.svelte';
import MotionToggle from '$lib/components/MotionToggle.svelte';
import { motion } from '$lib/motion.svelte';
import type { Chart } from '$lib/charts/define';
import type { ScrollyCode, ScrollyDataInPage } from '$lib/scrolly/ScrollyIsland.svelte';
import { linesInMarkup, stepHtmlInMarkup } from '$lib/scrolly/step-html';
import { idle, nextTask } from './idle';
import { EARLY_TAP_ISLANDS, takeEarlyTaps } from './islands-loader';
import { LATER, type Later } from './later';
import type { IslandName } from './names';

type AnyComponent = Component<Record<string, unknown>>;
type Load = (
	island: HTMLElement,
	props: Record<string, unknown>
) => Promise<{
	component: AnyComponent;
	local?: Record<string, unknown>;
	/** Work hydration would otherwise do in its own task, each item run in an idle moment before it. */
	before?: (() => void)[];
}>;

// Each chart's layout (for the charts laid out in the browser), one chunk each, loaded when needed.
const layouts = import.meta.glob<{ default: Chart }>('../charts/*/layout.ts');

/** A chart's layouts from their own file (chart-data.ts): same origin, fetched when the island starts. */
async function fetchLayouts(address: string): Promise<Record<string, unknown>> {
	const response = await fetch(address);
	if (!response.ok) throw new Error(`${address}: HTTP ${response.status}`);
	return (await response.json()) as Record<string, unknown>;
}

const now = (component: Component<never>): Load => {
	return () => Promise.resolve({ component: component as unknown as AnyComponent });
};

const loaders: Record<IslandName, Load> = {
	exit: now(ExitPage),
	motion: now(MotionToggle),
	// Fetched: only embeds have it, and what their host says before it listens is held for it (islands-loader.ts).
	'embed-host': async () => ({
		component: (await import('$lib/embed/EmbedHost.svelte')).default as unknown as AnyComponent
	}),
	scrolly: async (island, props) => {
		const { chartLayout } = island.dataset;
		const data = props as unknown as ScrollyDataInPage;
		const drawnFrom = 'drawnFrom' in data ? data.drawnFrom : undefined;
		const [scrolly, laidOut, layoutsFromFile, embed] = await Promise.all([
			import('$lib/scrolly/ScrollyIsland.svelte'),
			chartLayout ? layouts[`../charts/${chartLayout}/layout.ts`]?.() : undefined,
			drawnFrom ? fetchLayouts(drawnFrom) : undefined,
			data.embedded ? import('$lib/embed/child.svelte') : undefined
		]);
		const drawings = scrolly.drawingsOf(data, { drawn: layoutsFromFile, layout: laidOut?.default });
		// The layouts (from the page or its file) and the chart's layout reach the island through `drawings`.
		const local: ScrollyCode = {
			stepHtml: stepHtmlInMarkup(island),
			lines: linesInMarkup(island),
			embedChild: embed?.embedChild,
			drawings
		};
		// A chart laid out in the browser: its first drawings are worked out before hydration, not in it.
		const before = scrolly
			.statesDrawnAtStart(data)
			.filter((state) => drawings.pending(state, 'regular'))
			.map((state) => () => void drawings.of(state, 'regular'));
		return { component: scrolly.default as unknown as AnyComponent, local: { ...local }, before };
	}
};

/**
 * Starts an island. A lazy one (a chart) waits for the main thread to be idle before each of its
 * steps (see idle.ts), so that its code arriving, the work it can do before hydrating, its
 * hydration and that of each part it hydrates later (later.ts) are separate tasks, none run in
 * the middle of a frame the reader is scrolling. One that is not lazy (the controls, a chart card's
 * chart) takes those steps in tasks of their own too, one straight after another (idle.ts,
 * nextTask). `data-hydrated` once every part is.
 */
async function start(island: HTMLElement, lazy = false): Promise<void> {
	const load = loaders[island.dataset.island as IslandName];
	if (!load) return;
	const data = island.nextElementSibling;
	const props = (data?.matches('[data-island-props]') ? JSON.parse(data.textContent ?? '{}') : {}) as Record<
		string,
		unknown
	>;
	const { component, local, before = [] } = await load(island, props);
	const pause = lazy ? idle : nextTask;
	for (const work of before) {
		await pause();
		work();
	}
	await pause();
	const parts: (() => void)[] = [];
	let hydrating = true;
	const later: Later = { queue: (part) => hydrating && parts.push(part) > 0 };
	hydrate(component, { target: island, props: { ...props, ...local }, context: new Map([[LATER, later]]) });
	hydrating = false;
	// The island's effects (which give each part its box) run now, in its task, not in the first part's.
	flushSync();
	for (const part of parts) {
		await pause();
		part();
	}
	island.dataset.hydrated = '';
	// A reader's taps on it before now (the motion toggle): held by the page's loader, given again.
	if (island.matches(EARLY_TAP_ISLANDS)) for (const button of takeEarlyTaps()) button.click();
}

/**
 * The story's figures start out skipped by the page's first layout (Scrolly.svelte,
 * `data-layout-later`). Once the page has loaded, each is laid out in idle moments of its own,
 * one frame apart, nearest the reader first, so none is laid out in a frame the reader scrolls:
 * first the figure without its chart (`data-layout-later="chart"`: its steps and notes), then the
 * chart, since a timeline's figure laid out whole was one long task on a slow phone.
 */
async function layOutFiguresLater(): Promise<void> {
	const figures = [...document.querySelectorAll<HTMLElement>('[data-layout-later]')];
	if (figures.length === 0) return;
	// A reload or a return: the browser is about to put the reader back where they were, a distance down the page
	// that means the right place only in the page laid out whole.
	const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
	if (navigation?.type === 'reload' || navigation?.type === 'back_forward') {
		for (const figure of figures) delete figure.dataset.layoutLater;
		return;
	}
	if (document.readyState !== 'complete') {
		await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
	}
	const distance = new Map(figures.map((figure) => [figure, Math.abs(figure.getBoundingClientRect().top)]));
	figures.sort((a, b) => distance.get(a)! - distance.get(b)!);
	const inAnIdleTaskOfItsOwn = async (layOut: () => void) => {
		await idle();
		layOut();
		await new Promise(requestAnimationFrame);
	};
	for (const figure of figures) {
		await inAnIdleTaskOfItsOwn(() => (figure.dataset.layoutLater = 'chart'));
		await inAnIdleTaskOfItsOwn(() => delete figure.dataset.layoutLater);
	}
}

function main(): void {
	// Embeds never remember the reader's choice (EmbedHost applies the partner's `motion=`).
	if (!document.querySelector('[data-island="embed-host"]')) motion.restoreReaderChoice();

	// For the page's lifetime, as the islands are.
	if (document.querySelector('[data-copy-code]')) void import('$lib/embed/copy-codes').then((m) => m.copyCodes());

	void layOutFiguresLater();

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
