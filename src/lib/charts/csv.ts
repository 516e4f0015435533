import { csvFormat } from 'd3-dsv';
import type { Figure } from '$lib/data/types';
import type { ChartSpec } from './define';

export const CSV_COLUMNS = [
	'chart_id',
	'figure_id',
	'label',
	'value',
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

/** The data behind one chart, one row per figure, with its source on every row. */
export function chartCsv(spec: ChartSpec, figures: Readonly<Record<string, Figure>>): string {
	const rows = spec.figureIds.map((id) => {
		const f = figures[id];
		if (!f) throw new Error(`Chart "${spec.id}" names figure "${id}", which does not exist`);
		return {
			chart_id: spec.id,
			figure_id: f.id,
			label: f.label,
			value: f.unit === 'date' ? '' : String(f.value),
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
