import { describe, expect, it } from 'vitest';
import { charts, chartsFrom, chartOf } from '../../src/lib/charts/registry';
import { defineChart, defineSpec } from '../../src/lib/charts/define';
import { validateChartSpecs } from '../../src/lib/charts/validate';
import { figures } from '../../src/lib/data/figures';

const spec = defineSpec({
	id: 'test-chart',
	title: 'A test',
	place: 'Here',
	period: 'Now',
	kind: 'A test chart',
	figureIds: ['ss-rate-white-2020', 'ss-rate-black-2020'],
	states: [
		{ id: 'one', label: 'One', figureIds: ['ss-rate-white-2020'] },
		{ id: 'two', label: 'Two', figureIds: ['ss-rate-black-2020'] }
	]
});

describe('chart registry', () => {
	it('finds every chart folder, each named after its chart', () => {
		expect(charts.length).toBeGreaterThan(0);
		for (const c of charts) expect(chartOf(c.id)).toBe(c);
		expect(() => chartOf('no-such-chart')).toThrow(/Unknown chart "no-such-chart"/);
	});

	it('fails, naming both, when a folder is not named after its chart', () => {
		const chart = defineChart(spec, (state) => state);
		expect(() => chartsFrom({ './test-chrat/layout.ts': { default: chart } })).toThrow(
			/folder "src\/lib\/charts\/test-chrat\/" holds the spec of chart "test-chart"/
		);
		expect(() => chartsFrom({ './test-chart/layout.ts': {} })).toThrow(/test-chart\/layout.ts must default-export/);
		expect(chartsFrom({ './test-chart/layout.ts': { default: chart } })).toEqual([chart]);
	});

	it('draws an unknown state as the first, and shows a layout only the figures its spec lists', () => {
		const chart = defineChart(spec, (state, own) => ({ state, ids: Object.keys(own) }));
		expect(chart.draw('nope', figures)).toEqual({ state: 'one', ids: ['ss-rate-white-2020', 'ss-rate-black-2020'] });
		expect(chart.draw('two', figures).state).toBe('two');
	});

	it('fails the build naming a chart’s unknown figure', () => {
		const bad = defineChart({ ...spec, figureIds: [...spec.figureIds, 'no-such-figure'] }, () => null);
		expect(() => validateChartSpecs([bad], figures)).toThrow(/Chart "test-chart" names figure "no-such-figure"/);
		expect(() => validateChartSpecs(charts, figures)).not.toThrow();
	});
});
