import { transform, type Selector, type SelectorComponent } from 'lightningcss';
import { render } from 'svelte/server';
import { chartOf } from '$lib/charts/registry';
import SceneChart from '$lib/charts/toolkit/SceneChart.svelte';
import { CHART_BOXES } from '$lib/charts/toolkit/scene';
import { sceneOf } from '$lib/charts/drawings';
import { BY_SIZE_CLASS } from '$lib/charts/toolkit/sizeClasses';
import { figures } from '$lib/data/figures';

/**
 * Every page carries its CSS in its <head> (svelte.config.js), and SvelteKit inlines the CSS of
 * every component the route can import: every chart layer, both timelines' 40 size-class
 * container queries, on a page that draws none of them. A measure page's HTML must reach a phone
 * in the first round trip (about 14.6 KB on the wire, TCP's first window; issue 9.3), so each
 * page keeps the rules it can use, and no other:
 *
 * - a component's rules (scoped by its `svelte-` class) only when the page has the component:
 *   its class is in the page's HTML, or in a drawing of one of the page's charts;
 * - a chart component's rules (SceneChart and its layers, whose classes come from the scene and
 *   the box alone) only when their classes are in the page or in some drawing of its charts:
 *   every state, in every box, as the chart's island may draw it once hydrated;
 * - the generated size-class rules (BY_SIZE_CLASS, for the timelines' labels) only where a chart
 *   can draw such a label;
 * - rules for a scrolly layout (a class of the figure) only where a figure can take it: one the
 *   server draws `sticky` (the story and measure pages) stays sticky once hydrated; one drawn
 *   `unrolled` (an embed, a card) may become `hosted` or `stepper` (ScrollyIsland's `layout`).
 *
 * Every other rule stays: global rules, and the whole of a component whose classes script may
 * change in other ways (the scrolly island, the exit control, the motion toggle).
 */

/** The class names and `svelte-` scoping classes in some HTML. */
interface Classes {
	names: Set<string>;
	scopes: Set<string>;
}

const SCOPE = /^svelte-[a-z0-9]+$/;

function classesIn(html: string, into: Classes = { names: new Set(), scopes: new Set() }): Classes {
	for (const [, value] of html.matchAll(/\bclass="([^"]*)"/g)) {
		for (const name of (value ?? '').split(/\s+/)) {
			if (!name) continue;
			into.names.add(name);
			if (SCOPE.test(name)) into.scopes.add(name);
		}
	}
	return into;
}

const drawnClasses = new Map<string, Classes>();

/** The classes SceneChart writes for any state of the chart, in any box. */
export function chartClasses(chartId: string): Classes {
	let found = drawnClasses.get(chartId);
	if (!found) {
		const chart = chartOf(chartId);
		found = { names: new Set(), scopes: new Set() };
		for (const { id: state } of chart.states) {
			for (const box of CHART_BOXES) {
				const scene = sceneOf(chart.id, chart.draw(state, figures, box));
				classesIn(render(SceneChart, { props: { scene, duration: 0, box } }).body, found);
			}
		}
		drawnClasses.set(chartId, found);
	}
	return found;
}

/** The layouts a scrolly figure drawn in one can take once hydrated (see above). */
const LATER_LAYOUTS: Readonly<Record<string, readonly string[]>> = {
	sticky: ['sticky'],
	unrolled: ['unrolled', 'hosted', 'stepper']
};
const LAYOUTS = new Set(Object.values(LATER_LAYOUTS).flat());

/** The layouts the page's scrolly figures can take: every one for a figure in a layout not listed above. */
export function layoutsIn(html: string): Set<string> {
	const drawn = [...html.matchAll(/<figure\b[^>]*\bdata-layout="([^"]+)"/g)].map((m) => m[1] ?? '');
	return new Set(drawn.flatMap((layout) => LATER_LAYOUTS[layout] ?? [...LAYOUTS]));
}

/** The ids of the charts a page draws (each scrolly figure names its chart). */
export function chartsIn(html: string): string[] {
	return [...new Set([...html.matchAll(/<figure\b[^>]*\bdata-chart="([^"]+)"/g)].map((m) => m[1] ?? ''))];
}

/** Classes a selector's element must have (not those under :not, :is, :where or :has, which need not be there). */
function required(selector: Selector): string[] {
	return selector.flatMap((c) => (c.type === 'class' ? [c.name] : []));
}

/** Every `svelte-` scoping class in a selector, however deep. */
function scopesOf(selector: Selector): string[] {
	return selector.flatMap((c: SelectorComponent): string[] => {
		if (c.type === 'class') return SCOPE.test(c.name) ? [c.name] : [];
		if (c.type === 'pseudo-class' && 'selectors' in c && Array.isArray(c.selectors)) {
			return (c.selectors as Selector[]).flatMap(scopesOf);
		}
		return [];
	});
}

/**
 * The page's CSS without the rules it cannot use (see above). `css` is the content of the
 * page's <style>, `html` the page.
 */
export function pageCss(css: string, html: string): string {
	const page = classesIn(html);
	const charts = chartsIn(html).map(chartClasses);
	const chartScopes = new Set(charts.flatMap((c) => [...c.scopes]));
	const reachable = new Set([...page.names, ...charts.flatMap((c) => [...c.names])]);
	const scopes = new Set([...page.scopes, ...chartScopes]);

	const layouts = layoutsIn(html);

	const usable = (selector: Selector): boolean => {
		if (required(selector).some((name) => LAYOUTS.has(name) && !layouts.has(name))) return false;
		const own = scopesOf(selector);
		if (own.length === 0) return !required(selector).includes(BY_SIZE_CLASS) || reachable.has(BY_SIZE_CLASS);
		if (!own.some((s) => scopes.has(s))) return false;
		if (!own.some((s) => chartScopes.has(s))) return true;
		return required(selector).every((name) => reachable.has(name));
	};

	const { code } = transform({
		filename: 'page.css',
		code: Buffer.from(css),
		minify: true,
		visitor: {
			Rule: {
				// A rule goes when none of its selectors can match; one that some can match stays whole:
				// lightningcss cannot hand back a rule whose declarations use var() (the JS visitor's
				// round trip fails), so its selector list is not cut.
				style: (rule) => (rule.value.selectors.some(usable) ? undefined : [])
			}
		}
	});
	// A media or container query whose every rule went goes too (a second pass: a visitor sees
	// a query's rules as they were before its own removals).
	const empty = (rule: { value: { rules: unknown[] } }) => (rule.value.rules.length === 0 ? [] : undefined);
	const { code: tidied } = transform({
		filename: 'page.css',
		code,
		minify: true,
		visitor: { Rule: { media: empty, container: empty, supports: empty } }
	});
	return tidied.toString();
}

/** The page with its <style> elements' rules cut to those it can use. */
export function withPageCss(html: string): string {
	return html.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open: string, css: string, close: string) => {
		return `${open}${pageCss(css, html)}${close}`;
	});
}
