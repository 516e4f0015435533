import { expect, test, type Page } from '@playwright/test';
import { chartSpecs } from '../chart-specs';
import { installUnitSquares, pageUrl, untilStill } from './helpers';

// Every state of every chart: each data mark (anything with data-mark) is drawn in a colour
// with at least 3:1 contrast against what is behind it, through its fill or its outline, and
// each piece of chart text has at least 4.5:1 (3:1 when large), counting any transparency.
// Guides are exempt, as WCAG 1.4.11 exempts graphics not needed to read the chart: a timeline's
// month rules (their month names are text, and are checked as text).
const GUIDES = ['month'];

async function contrastProblems(page: Page, areas: { label: string; selector: string }[]): Promise<string[]> {
	await installUnitSquares(page);
	return page.evaluate(
		([areas, guides]) =>
			areas.flatMap(({ label, selector }) => {
				const { unitSquares } = window as unknown as { unitSquares: (el: Element) => DOMRect[] | null };
				const area = document.querySelector(selector);
				if (!area) return [`${label}: no chart area`];

				type Rgba = [number, number, number, number];
				const probe = document.createElement('canvas').getContext('2d')!;
				/** Any CSS colour as RGBA (0–255, alpha 0–1), via the canvas parser. */
				// Parsing, opacities and shape boxes are looked up thousands of times per chart: each once.
				const parsed = new Map<string, Rgba | null>();
				const parse = (css: string): Rgba | null => {
					if (!parsed.has(css)) parsed.set(css, parseColour(css));
					return parsed.get(css)!;
				};
				const parseColour = (css: string): Rgba | null => {
					if (!css || css === 'none' || css === 'transparent' || css.startsWith('url(')) return null;
					probe.fillStyle = '#000';
					probe.fillStyle = css;
					const value = String(probe.fillStyle);
					const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
					if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16), 1];
					const rgba = /rgba?\(([^)]+)\)/.exec(value);
					if (!rgba) return null;
					const [r, g, b, a = '1'] = rgba[1]!.split(',').map((s) => s.trim());
					return [Number(r), Number(g), Number(b), Number(a)];
				};
				const over = (top: Rgba, bottom: Rgba, alpha = top[3]): Rgba => [
					top[0] * alpha + bottom[0] * (1 - alpha),
					top[1] * alpha + bottom[1] * (1 - alpha),
					top[2] * alpha + bottom[2] * (1 - alpha),
					1
				];
				const luminance = ([r, g, b]: Rgba): number => {
					const lin = (c: number) => {
						const s = c / 255;
						return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
					};
					return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
				};
				const ratio = (a: Rgba, b: Rgba): number => {
					const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
					return (hi + 0.05) / (lo + 0.05);
				};
				/** Opacity of an element and its ancestors; zero when any of them is not displayed. */
				const opacities = new Map<Element, number>();
				const opacity = (el: Element): number => {
					if (!opacities.has(el)) opacities.set(el, ownOpacity(el));
					return opacities.get(el)!;
				};
				const ownOpacity = (el: Element): number => {
					let o = 1;
					for (let e: Element | null = el; e; e = e.parentElement) {
						const style = getComputedStyle(e);
						if (style.display === 'none' || style.visibility === 'hidden') return 0;
						o *= Number(style.opacity);
					}
					return o;
				};
				/** Backgrounds from `from` up to the page, blended into one solid colour. */
				const pageColour = (from: Element | null): Rgba => {
					const layers: Rgba[] = [];
					for (let e = from; e; e = e.parentElement) {
						const bg = parse(getComputedStyle(e).backgroundColor);
						if (bg && bg[3] > 0) layers.push(bg);
						if (bg && bg[3] === 1) break;
					}
					return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
				};
				// Filled SVG shapes, in drawing order: text (in the HTML layer) may sit on one of them.
				const shapes = [...area.querySelectorAll('rect, circle, ellipse, path, polygon')]
					.filter((shape) => {
						const fill = parse(getComputedStyle(shape).fill);
						return fill !== null && fill[3] > 0 && opacity(shape) >= 0.05;
					})
					.flatMap((shape) => (unitSquares(shape) ?? [shape.getBoundingClientRect()]).map((box) => ({ shape, box })));
				/**
				 * The solid colour behind an element at its centre: the chart's own background; then the
				 * topmost filled SVG shape under that point drawn before it (for HTML, any shape: the HTML
				 * layer is above the SVG); then the element's HTML ancestors inside the chart.
				 */
				const backdrop = (el: Element, r = el.getBoundingClientRect()): Rgba => {
					let colour = pageColour(area);
					const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
					const under = shapes.filter(({ shape, box: b }) => {
						if (!(x >= b.left && x <= b.right && y >= b.top && y <= b.bottom)) return false;
						if (shape === el || shape.contains(el) || el.contains(shape)) return false;
						return !(
							el instanceof SVGElement && !(shape.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
						);
					});
					const top = under.at(-1)?.shape;
					if (top) {
						const style = getComputedStyle(top);
						const fill = parse(style.fill)!;
						colour = over(fill, colour, fill[3] * Number(style.fillOpacity) * opacity(top));
					}
					const inside: Element[] = [];
					for (let e = el.parentElement; e && e !== area; e = e.parentElement)
						if (!(e instanceof SVGElement)) inside.push(e);
					for (const e of inside.reverse()) {
						const bg = parse(getComputedStyle(e).backgroundColor);
						if (bg && bg[3] > 0) colour = over(bg, colour, bg[3] * opacity(e));
					}
					return colour;
				};
				const name = (el: Element) =>
					`${el.getAttribute('data-mark')}${el.getAttribute('data-id') ? `#${el.getAttribute('data-id')}` : ''}`;

				const problems: string[] = [];
				for (const el of area.querySelectorAll('[data-mark]')) {
					if (guides.includes(el.getAttribute('data-mark') ?? '')) continue;
					const o = opacity(el);
					if (o < 0.05) continue;
					const style = getComputedStyle(el);
					// A path of unit squares: each square against what is behind it, as a `<rect>` each would be.
					for (const place of unitSquares(el) ?? [undefined]) {
						const behind = backdrop(el, place);
						const paints: { what: string; colour: Rgba }[] = [];
						if (el instanceof SVGElement) {
							const fill = parse(style.fill);
							const stroke = parse(style.stroke);
							const width = parseFloat(style.strokeWidth) || 0;
							if (fill)
								paints.push({ what: 'fill', colour: over(fill, behind, fill[3] * Number(style.fillOpacity) * o) });
							if (stroke && width > 0)
								paints.push({
									what: 'stroke',
									colour: over(stroke, behind, stroke[3] * Number(style.strokeOpacity) * o)
								});
						} else {
							const background = parse(style.backgroundColor);
							const border = parse(style.borderTopColor);
							if (background && background[3] > 0)
								paints.push({ what: 'background', colour: over(background, behind, background[3] * o) });
							if (border && parseFloat(style.borderTopWidth) > 0)
								paints.push({ what: 'border', colour: over(border, behind, border[3] * o) });
						}
						// A paint the same as what is behind it (a label's knock-out background) draws nothing;
						// a mark drawn only with text (a label) is checked as text below.
						const seen = paints.filter((p) => ratio(p.colour, behind) > 1.01);
						if (seen.length === 0) continue;
						const best = Math.max(...seen.map((p) => ratio(p.colour, behind)));
						if (best < 3) {
							problems.push(`mark ${name(el)}: ${best.toFixed(2)}:1 (${paints.map((p) => p.what).join(', ')})`);
							break;
						}
					}
				}

				const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const text = node.textContent?.trim() ?? '';
					const owner = node.parentElement;
					if (!text || !owner || owner.closest('svg, .visually-hidden, .sr-only')) continue;
					const o = opacity(owner);
					if (o < 0.05) continue;
					const style = getComputedStyle(owner);
					const colour = parse(style.color);
					if (!colour) continue;
					let behind = backdrop(owner);
					const own = parse(style.backgroundColor);
					if (own && own[3] > 0) behind = over(own, behind, own[3] * o);
					const size = parseFloat(style.fontSize);
					const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
					const needed = large ? 3 : 4.5;
					const got = ratio(over(colour, behind, colour[3] * o), behind);
					if (got < needed) problems.push(`text "${text.slice(0, 40)}": ${got.toFixed(2)}:1, needs ${needed}:1`);
				}
				return problems.map((problem) => `${label}: ${problem}`);
			}),
		[areas, GUIDES] as const
	);
}

// Every state of every chart at once: a whole-story embed with no host unrolls each chart into
// one drawing per step, in that step's state, so nothing has to be scrolled or stepped. The
// embeds have both themes (the site has the light one); each is checked at a phone's and a
// desktop's width, since labels sit on marks differently.
for (const theme of ['light', 'dark'] as const) {
	test(`chart marks contrast at least 3:1 and chart text 4.5:1, in every state, ${theme} theme`, async ({ page }) => {
		await page.goto(pageUrl(`/embed/?theme=${theme}&motion=reduce`));
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		const areas = chartSpecs.flatMap((spec) =>
			spec.states.map((state) => ({
				label: `${spec.id} / ${state.id}`,
				selector: `figure[data-chart="${spec.id}"] .chart-area[data-state="${state.id}"]`
			}))
		);
		const problems: string[] = [];
		for (const width of [375, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await untilStill(page.locator('body'));
			problems.push(...(await contrastProblems(page, areas)).map((problem) => `${width} px: ${problem}`));
		}
		expect(problems).toEqual([]);
	});
}

// The story page draws its charts in the sticky layout, on its own background: each chart's
// first state there, as the page loads (its other states are the ones checked above).
test('chart marks and text contrast on the story page too', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(pageUrl('/'));
	const areas = chartSpecs.map((spec) => ({
		label: `${spec.id} / ${spec.states[0]!.id}`,
		selector: `figure[data-chart="${spec.id}"] .chart-area`
	}));
	for (const spec of chartSpecs)
		await expect(page.locator(`figure[data-chart="${spec.id}"]`)).toHaveAttribute(
			'data-active-state',
			spec.states[0]!.id
		);
	await untilStill(page.locator('body'));
	expect(await contrastProblems(page, areas)).toEqual([]);
});
