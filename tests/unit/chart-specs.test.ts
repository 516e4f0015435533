import { describe, expect, it } from 'vitest';
import { charts as chartSpecs } from '../../src/lib/charts/registry';
import type { ChartSpec } from '../../src/lib/charts/define';
import { fillTemplate, validateChartSpecs } from '../../src/lib/charts/validate';
import { figures } from '../../src/lib/data/figures';

const first = chartSpecs[0]!;

/** A copy of a real spec with one field replaced (or removed, for `undefined`). */
function withField(field: 'place' | 'period' | 'title', value: string | undefined): ChartSpec {
	const others = Object.entries(first).filter(([key]) => key !== field);
	const spec = Object.fromEntries(value === undefined ? others : [...others, [field, value]]);
	return spec as unknown as ChartSpec;
}

describe('chart specs', () => {
	it('every chart states its place and period, and the specs validate', () => {
		expect(() => validateChartSpecs(chartSpecs, figures)).not.toThrow();
		for (const spec of chartSpecs) {
			expect(spec.place.trim(), spec.id).not.toBe('');
			expect(spec.period.trim(), spec.id).not.toBe('');
		}
	});

	for (const field of ['place', 'period', 'title'] as const) {
		it(`fails the build on a chart without a ${field}, naming the chart`, () => {
			expect(() => validateChartSpecs([withField(field, undefined)], figures)).toThrow(
				`Chart "${first.id}" has no ${field}`
			);
			expect(() => validateChartSpecs([withField(field, '  ')], figures)).toThrow(
				`Chart "${first.id}" has no ${field}`
			);
		});
	}

	it('titles read as filled: every {fig:} token names a figure', () => {
		for (const spec of chartSpecs) expect(fillTemplate(spec.title, figures)).not.toMatch(/\{fig:/);
	});

	it('says so where a chart sets two things side by side because EVAW does', () => {
		// These charts put a measure beside a scale or a context that no source links to it.
		for (const id of ['who-gets-stopped', 'streetsafe-london', 'walk-talk-scale']) {
			const spec = chartSpecs.find((c) => c.id === id)!;
			expect(spec.title, id).toContain('EVAW');
		}
	});
});
