/**
 * d3-scale as the islands build has it (vite.islands.config.ts aliases the package here; the
 * server, which renders every page, uses the real one). In the browser d3-scale is reached
 * twice: toolkit/SceneChart.svelte hands LayerCake `scaleIdentity()` for x and y (the marks
 * come placed in percent of the plot), and LayerCake calls every dimension's default scale
 * once when it starts, only to ask whether it is ordinal (helpers/isOrdinalDomain.js): a
 * `bandwidth` method, or exactly the keys of `scaleOrdinal()`. The dimensions SceneChart leaves
 * unset are never computed. So `scaleIdentity` here is a real identity scale, and the others
 * answer that question as d3's do and throw if ever used: about 2 KB gzip (d3-scale's
 * continuous scales, ticks and d3-array) off every chart.
 */
import { standIn } from './stand-in';

const why = 'SceneChart sets only x and y, with scaleIdentity()';

export interface IdentityScale {
	(value: number): number;
	invert(value: number): number;
	domain(): number[];
	domain(domain: Iterable<unknown>): IdentityScale;
	range(): number[];
	range(range: Iterable<unknown>): IdentityScale;
	copy(): IdentityScale;
}

/** d3's `scaleIdentity`: output equals input; domain and range are one array (setting either sets both). */
export function scaleIdentity(extent: Iterable<unknown> = [0, 1]): IdentityScale {
	let values = Array.from(extent, Number);
	const scale = ((value: number) => (value == null || isNaN((value = +value)) ? undefined : value)) as IdentityScale;
	function extentOf(): number[];
	function extentOf(next: Iterable<unknown>): IdentityScale;
	function extentOf(next?: Iterable<unknown>): number[] | IdentityScale {
		if (next === undefined) return values.slice();
		values = Array.from(next, Number);
		return scale;
	}
	scale.invert = scale;
	scale.domain = extentOf;
	scale.range = extentOf;
	scale.copy = () => scaleIdentity(values);
	return scale;
}

const unused = (name: string) => standIn(`d3-scale ${name}`, why);

export const scaleLinear = () => unused('scaleLinear()');
export const scaleSqrt = () => unused('scaleSqrt()');
export const scaleBand = () => Object.assign(unused('scaleBand()'), { bandwidth: unused('scaleBand().bandwidth()') });
// The keys LayerCake's isOrdinalDomain looks for, in d3's order.
export const scaleOrdinal = () => ({
	domain: unused('scaleOrdinal().domain()'),
	range: unused('scaleOrdinal().range()'),
	unknown: unused('scaleOrdinal().unknown()'),
	copy: unused('scaleOrdinal().copy()')
});
