// The islands build's d3-scale (src/lib/islands/browser-only/d3-scale.ts) against the real
// package: the identity scale SceneChart hands LayerCake behaves as d3's does, and the default
// scales LayerCake only inspects give its ordinal check d3's answers.
import * as d3 from 'd3-scale';
import isOrdinalDomain from '../../node_modules/layercake/dist/helpers/isOrdinalDomain.js';
import { describe, expect, it } from 'vitest';
import * as browser from '../../src/lib/islands/browser-only/d3-scale';

describe('the browser’s d3-scale stand-in', () => {
	it('has an identity scale that maps, inverts, copies and keeps domain and range as one, as d3’s does', () => {
		const makers = [() => d3.scaleIdentity() as unknown as browser.IdentityScale, () => browser.scaleIdentity()];
		for (const make of makers) {
			const scale = make().domain([0, 100]);
			expect(scale.range()).toEqual([0, 100]);
			scale.range([0, 50]);
			expect(scale.domain()).toEqual([0, 50]);
			expect([scale(0), scale(12.5), scale(140), scale.invert(7)]).toEqual([0, 12.5, 140, 7]);
			const copy = scale.copy();
			copy.domain([1, 2]);
			expect(scale.domain()).toEqual([0, 50]);
			expect(copy.range()).toEqual([1, 2]);
			// A copy's arrays are its own.
			const domain = scale.domain();
			domain.push(3);
			expect(scale.domain()).toEqual([0, 50]);
		}
		expect(browser.scaleIdentity()(Number.NaN)).toBe(d3.scaleIdentity()(Number.NaN));
	});

	it('gives LayerCake’s ordinal check the answers d3’s default scales give', () => {
		const ordinal = (scale: unknown) => isOrdinalDomain(scale as (value: unknown) => unknown);
		const pairs: [string, unknown, unknown][] = [
			['scaleLinear', browser.scaleLinear(), d3.scaleLinear()],
			['scaleSqrt', browser.scaleSqrt(), d3.scaleSqrt()],
			['scaleBand', browser.scaleBand(), d3.scaleBand()],
			['scaleOrdinal', browser.scaleOrdinal(), d3.scaleOrdinal()]
		];
		for (const [name, ours, theirs] of pairs) expect(ordinal(ours), name).toBe(ordinal(theirs));
		expect(ordinal(d3.scaleBand()) && ordinal(d3.scaleOrdinal()) && !ordinal(d3.scaleLinear())).toBe(true);
		expect(isOrdinalDomain(browser.scaleIdentity())).toBe(false);
	});

	it('throws, naming itself, if a chart ever uses a scale it only stands in for', () => {
		expect(() => (browser.scaleLinear() as unknown as () => void)()).toThrow(/d3-scale scaleLinear\(\)/);
		expect(() => browser.scaleBand().bandwidth()).toThrow(/bandwidth/);
		expect(() => browser.scaleOrdinal().domain()).toThrow(/scaleOrdinal\(\)\.domain\(\)/);
	});
});
