import { describe, it, expect } from 'vitest';
import type { Figure, Source } from '../../src/lib/data/types';
import { sources } from '../../src/lib/data/sources';
import { figure, figureList, figures, figureIdsBySource } from '../../src/lib/data/figures';
import { isIsoDate, validateFigures } from '../../src/lib/data/validate';

const allSources: Record<string, Source> = sources;

/** A copy of a real figure, with overrides, for building bad lists. */
function variant(id: string, overrides: Partial<Figure> = {}): Figure {
	return { ...figure(id), ...overrides };
}

describe('validateFigures', () => {
	it('accepts the real list', () => {
		expect(() => validateFigures(figureList, allSources)).not.toThrow();
	});

	it('rejects a figure without a source, naming the figure', () => {
		const bad = { ...figure('ss-rate-black-2020') } as Partial<Figure>;
		delete bad.source;
		expect(() => validateFigures([bad as Figure], allSources)).toThrow('Figure "ss-rate-black-2020" has no source');
	});

	it('rejects a source missing a field or with a non-http url', () => {
		const noTitle = variant('ss-rate-black-2020', {
			source: { ...sources['eff-stop-search-v5'], title: '' }
		});
		expect(() => validateFigures([noTitle], allSources)).toThrow(
			/Figure "ss-rate-black-2020" has a source \("eff-stop-search-v5"\) with no title/
		);
		const badUrl = variant('ss-rate-black-2020', {
			source: { ...sources['eff-stop-search-v5'], url: 'ftp://example.org/x' }
		});
		expect(() => validateFigures([badUrl], allSources)).toThrow(/not an http\(s\) address/);
	});

	it('rejects a source read from a copy whose publisher does not say so', () => {
		const base = figure('ss-rate-black-2020');
		const copy: Source = { ...base.source, mirror: true, publisher: 'Some Outlet' };
		expect(() => validateFigures([{ ...base, source: copy }], { ...allSources, [copy.id]: copy })).toThrow(
			/read from a copy whose publisher does not say so/
		);
		const said: Source = { ...copy, publisher: 'Some Outlet (read from a copy republished by example.org)' };
		expect(() => validateFigures([{ ...base, source: said }], { ...allSources, [said.id]: said })).not.toThrow();
	});

	it('rejects a source that is not registered in sources', () => {
		const stray: Source = {
			id: 'nowhere',
			publisher: 'Nobody',
			title: 'Nothing',
			date: '2020',
			url: 'https://example.org/'
		};
		expect(() => validateFigures([variant('ss-rate-black-2020', { source: stray })], allSources)).toThrow(
			'Figure "ss-rate-black-2020" cites source "nowhere", which is not in sources'
		);
	});

	it('rejects an empty quote', () => {
		expect(() => validateFigures([variant('met-sm-accused', { quote: '  ' })], allSources)).toThrow(
			'Figure "met-sm-accused" has an empty quote'
		);
	});

	it('rejects an unknown partOf', () => {
		const orphan = variant('met-sm-dismissed', { partOf: 'no-such-figure' });
		expect(() => validateFigures([figure('met-sm-accused'), orphan], allSources)).toThrow(
			'Figure "met-sm-dismissed" is partOf unknown figure "no-such-figure"'
		);
	});

	it('rejects a duplicate id', () => {
		expect(() => validateFigures([figure('met-sm-accused'), figure('met-sm-accused')], allSources)).toThrow(
			'Figure "met-sm-accused" is a duplicate id'
		);
	});

	it('rejects a date figure with a bad or missing date', () => {
		expect(() => validateFigures([variant('event-vigil', { date: '2021-02-30' })], allSources)).toThrow(
			/Figure "event-vigil" has unit 'date' but no valid ISO date/
		);
		expect(() => validateFigures([variant('event-vigil', { date: '13 March 2021' })], allSources)).toThrow(
			/Figure "event-vigil" has unit 'date' but no valid ISO date/
		);
		const noDate = { ...figure('event-vigil') } as Partial<Figure>;
		delete noDate.date;
		expect(() => validateFigures([noDate as Figure], allSources)).toThrow(
			/Figure "event-vigil" has unit 'date' but no valid ISO date \(got none\)/
		);
	});

	it('rejects an empty shortLabel and one longer than its label, and accepts none', () => {
		expect(() => validateFigures([variant('event-vigil', { shortLabel: ' ' })], allSources)).toThrow(
			'Figure "event-vigil" has an empty shortLabel'
		);
		const longer = variant('event-vigil', { shortLabel: `${figure('event-vigil').label} at night` });
		expect(() => validateFigures([longer], allSources)).toThrow(
			'Figure "event-vigil" has a shortLabel longer than its label'
		);
		const none = { ...figure('event-vigil') } as Partial<Figure>;
		delete none.shortLabel;
		expect(() => validateFigures([none as Figure], allSources)).not.toThrow();
		const equal = variant('event-vigil', { shortLabel: figure('event-vigil').label });
		expect(() => validateFigures([equal], allSources)).not.toThrow();
	});

	it('rejects a non-finite value', () => {
		expect(() => validateFigures([variant('met-sm-accused', { value: NaN })], allSources)).toThrow(
			/Figure "met-sm-accused" has a non-finite value/
		);
	});

	it('rejects a part of a whole ("2 in 3") that is not two whole numbers, part within whole, from the quote', () => {
		for (const bad of [{ outOf: 1 }, { outOf: 2.5 }, { value: 1.5 }, { outOf: 4 }]) {
			expect(() => validateFigures([variant('lawrs-not-believed', bad)], allSources), JSON.stringify(bad)).toThrow(
				/Figure "lawrs-not-believed" is .*out of/
			);
		}
	});

	it('rejects an unknown confidence and a CLAIM not sourced to the statement', () => {
		const low = variant('met-sm-accused', { confidence: 'LOW' as Figure['confidence'] });
		expect(() => validateFigures([low], allSources)).toThrow(/Figure "met-sm-accused" has confidence "LOW"/);
		const claim = variant('met-sm-accused', { confidence: 'CLAIM' });
		expect(() => validateFigures([claim], allSources)).toThrow(
			/Figure "met-sm-accused" is a CLAIM but cites "inews-2021-met-sexual-misconduct"/
		);
	});

	it('rejects a publishedAfterStatement flag that contradicts the source date', () => {
		expect(() =>
			validateFigures([variant('tbij-2022-accused', { publishedAfterStatement: false })], allSources)
		).toThrow(/Figure "tbij-2022-accused" cites a source dated 2022-03-17, after the statement/);
		expect(() =>
			validateFigures([variant('ss-ratio-black-2020', { publishedAfterStatement: true })], allSources)
		).toThrow(/not after the statement, but publishedAfterStatement is true/);
	});
});

describe('isIsoDate', () => {
	it('accepts full and partial ISO dates and rejects impossible ones', () => {
		expect(isIsoDate('2021-11-10')).toBe(true);
		expect(isIsoDate('2019-05')).toBe(true);
		expect(isIsoDate('2021')).toBe(true);
		expect(isIsoDate('2020-02-29')).toBe(true);
		expect(isIsoDate('2021-02-29')).toBe(false);
		expect(isIsoDate('2021-13')).toBe(false);
		expect(isIsoDate('10/11/2021')).toBe(false);
	});
});

describe('figures, as transcribed from the dossier', () => {
	it.each([
		['ss-rate-black-2020', 54, 'per-1000', '54'],
		['ss-rate-white-2020', 6, 'per-1000', '6'],
		['ss-ratio-black-2020', 8.9, 'ratio', '8.9 times'],
		['met-sm-accused', 771, 'people', '771'],
		['met-sm-dismissed', 83, 'count', '83'],
		['byline-reports-2020-21', 308, 'count', '308'],
		['ons-women-da-2020', 1600000, 'people', '1.6 million'],
		['conviction-police-2015-18', 3.9, 'percent', '3.9%']
	])('%s is %d', (id, value, unit, display) => {
		const f = figure(id);
		expect(f.value).toBe(value);
		expect(f.unit).toBe(unit);
		expect(f.display).toBe(display);
		expect(f.quote).toContain(display.replace(' times', 'x'));
	});

	it('writes labels and notes for readers: typographic quotes, no instructions to editors', () => {
		for (const f of figureList) {
			for (const [field, text] of [
				['label', f.label],
				['shortLabel', f.shortLabel],
				['note', f.note]
			] as const) {
				if (text === undefined) continue;
				expect(text, `${f.id} ${field} uses ’ ‘ “ ” rather than straight quotes`).not.toMatch(/['"]/);
				expect(text, `${f.id} ${field} reads as an instruction`).not.toMatch(
					/(^|[.;:]\s+)(Say|Label|Chart|Use|Show|Do not|Don’t|Never|Avoid)\b/i
				);
			}
		}
	});

	it('sources every CLAIM to the statement, and has the two expected CLAIMs', () => {
		const claims = figureList.filter((f) => f.confidence === 'CLAIM');
		for (const f of claims) expect(f.source.id).toBe('evaw-statement');
		expect(claims.map((f) => f.id).sort()).toEqual(['evaw-largest-corruption', 'evaw-one-a-week']);
		expect(figure('evaw-one-a-week').quote).toMatch(/^We know that one woman a week reports/);
	});

	it('marks figures published after 10 November 2021', () => {
		for (const id of [
			'tbij-2022-accused',
			'tbij-2022-kept-jobs',
			'conviction-police-2018-21',
			'conviction-all-2018-21',
			'ons-police-recorded-da-2021',
			'streetsafe-reports-8000',
			'event-pcsc-royal-assent'
		]) {
			expect(figure(id).publishedAfterStatement, id).toBe(true);
		}
		expect(figure('met-sm-accused').publishedAfterStatement).toBe(false);
	});

	it('gives every date figure value 0 and an ISO date', () => {
		for (const f of figureList.filter((x) => x.unit === 'date')) {
			expect(f.value, f.id).toBe(0);
			expect(isIsoDate(f.date), f.id).toBe(true);
		}
	});

	it('cites only registered sources, every one of which is used', () => {
		const bySource = figureIdsBySource();
		for (const key of bySource.keys()) expect(Object.keys(sources)).toContain(key);
		expect([...bySource.keys()].sort()).toEqual(Object.keys(sources).sort());
		expect(bySource.get('evaw-statement')).toEqual(
			expect.arrayContaining(['evaw-one-a-week', 'evaw-largest-corruption', 'event-statement'])
		);
	});

	it('looks figures up by id and throws on an unknown id', () => {
		expect(figures['met-sm-accused']).toBe(figure('met-sm-accused'));
		expect(() => figure('no-such-figure')).toThrow('Unknown figure "no-such-figure"');
	});
});
