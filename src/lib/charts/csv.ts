import { csvFormat } from 'd3';
import type { Figure, InWords } from '$lib/data/types';
import type { ChartSpec } from './define';

export const CSV_COLUMNS = [
	'chart_id',
	'figure_id',
	'label',
	'value',
	'value_is',
	'display',
	'unit',
	'date',
	'period',
	'place',
	'confidence',
	'published_after_statement',
	'source_publisher',
	'source_title',
	'source_date',
	'source_url',
	'note'
] as const;

/** What the `value` column holds for a figure the source gives only in words. */
const VALUE_IS: Record<InWords, string> = {
	'upper-bound': 'an upper bound: the source gives only the words in display',
	'lower-bound': 'a lower bound: the source gives only the words in display',
	approximate: 'approximate: the source gives only the words in display',
	'words-only': 'empty: the source gives only the words in display'
};

/** The `value` and `value_is` cells: the words of a words-only figure never become a number. */
function valueCells(f: Figure): { value: string; value_is: string } {
	if (f.unit === 'date') return { value: '', value_is: 'empty: a dated event (see date)' };
	if (f.inWords === undefined) return { value: String(f.value), value_is: 'exact, as published' };
	return { value: f.inWords === 'words-only' ? '' : String(f.value), value_is: VALUE_IS[f.inWords] };
}

/** The data behind one chart, one row per figure, with its source on every row. */
export function chartCsv(spec: ChartSpec, figures: Readonly<Record<string, Figure>>): string {
	const rows = spec.figureIds.map((id) => {
		const f = figures[id];
		if (!f) throw new Error(`Chart "${spec.id}" names figure "${id}", which does not exist`);
		return {
			chart_id: spec.id,
			figure_id: f.id,
			label: f.label,
			...valueCells(f),
			display: f.display,
			unit: f.unit,
			date: f.date ?? '',
			period: f.period,
			place: f.place,
			confidence: f.confidence,
			published_after_statement: f.publishedAfterStatement ? 'yes' : 'no',
			source_publisher: f.source.publisher,
			source_title: f.source.title,
			source_date: f.source.date,
			source_url: f.source.url,
			note: f.note ?? ''
		};
	});
	return csvFormat(rows, [...CSV_COLUMNS]) + '\n';
}
