/**
 * Build-time checks on the figures module. `figures.ts` calls `validateFigures` when it is
 * imported, so a figure without a proper source (or with a broken reference) fails the build,
 * the dev server and the unit tests with a message naming the figure and the problem.
 */
import type { Confidence, Figure, Source } from './types';

/** The EVAW statement: the only source a `CLAIM` may cite. */
export const STATEMENT_SOURCE_ID = 'evaw-statement';
/** The statement's publication date; used to check `publishedAfterStatement`. */
export const STATEMENT_DATE = '2021-11-10';

const CONFIDENCES: readonly Confidence[] = ['HIGH', 'MEDIUM', 'CLAIM'];
const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar date. */
export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const m = PARTIAL_ISO.exec(value);
	if (!m) return false;
	const year = Number(m[1]);
	if (m[2] === undefined) return year >= 1000;
	const month = Number(m[2]);
	if (month < 1 || month > 12) return false;
	if (m[3] === undefined) return true;
	const day = Number(m[3]);
	const d = new Date(Date.UTC(year, month - 1, day));
	return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** First and last ISO day a (possibly partial) ISO date can stand for. */
function dateRange(value: string): [string, string] {
	const [y, m, d] = value.split('-');
	if (d !== undefined) return [value, value];
	if (m !== undefined) {
		const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
		return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, '0')}`];
	}
	return [`${y}-01-01`, `${y}-12-31`];
}

function isHttpUrl(value: unknown): boolean {
	if (typeof value !== 'string' || value.trim() === '') return false;
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}

function isNonEmpty(value: unknown): value is string {
	return typeof value === 'string' && value.trim() !== '';
}

/** Checks one source record; `where` names the figure or record for the message. */
export function checkSource(source: Source, where: string): void {
	if (!isNonEmpty(source.id)) throw new Error(`${where} has a source with no id`);
	for (const field of ['publisher', 'title', 'date', 'url'] as const) {
		if (!isNonEmpty(source[field])) {
			throw new Error(`${where} has a source ("${source.id}") with no ${field}`);
		}
	}
	if (!isIsoDate(source.date)) {
		throw new Error(
			`${where} has a source ("${source.id}") whose date "${source.date}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`
		);
	}
	// A copy is cited to its original publisher and says it was read from a copy.
	if (source.mirror === true && !/\bread from\b/.test(source.publisher)) {
		throw new Error(
			`${where} has a source ("${source.id}") read from a copy whose publisher does not say so: name the original publisher, then "(read from a copy …)"`
		);
	}
	if (!isHttpUrl(source.url)) {
		throw new Error(`${where} has a source ("${source.id}") whose url "${source.url}" is not an http(s) address`);
	}
}

/**
 * Throws an Error naming the figure (or source) and the problem if any figure is malformed.
 * Checks: id present and unique; source present, registered in `sources`, with publisher, title,
 * ISO date and http(s) url; non-empty display, label and quote; a shortLabel, when given,
 * non-empty and no longer than the label; finite value; a known
 * confidence; CLAIMs cite only the statement; `partOf` names a known figure; `date` figures
 * carry a valid ISO date; `publishedAfterStatement` agrees with the source's date where the
 * date is precise enough to tell.
 */
export function validateFigures(list: Figure[], sources: Record<string, Source>): void {
	for (const [key, source] of Object.entries(sources)) {
		checkSource(source, `Source record "${key}"`);
		if (source.id !== key) {
			throw new Error(`Source record "${key}" has a mismatched id "${source.id}"`);
		}
	}

	const ids = new Set<string>();
	for (const figure of list) {
		if (!isNonEmpty(figure.id)) throw new Error('A figure has no id');
		if (ids.has(figure.id)) throw new Error(`Figure "${figure.id}" is a duplicate id`);
		ids.add(figure.id);
	}

	for (const f of list) {
		const where = `Figure "${f.id}"`;

		// Typed as required, but data can arrive from anywhere (tests, casts): check at run time.
		const source = f.source as Source | undefined | null;
		if (source === undefined || source === null || typeof source !== 'object') {
			throw new Error(`${where} has no source`);
		}
		checkSource(source, where);
		const registered = sources[source.id];
		if (registered === undefined) {
			throw new Error(`${where} cites source "${source.id}", which is not in sources`);
		}
		if (registered.url !== source.url || registered.title !== source.title) {
			throw new Error(`${where} cites source "${source.id}" with fields that differ from sources`);
		}

		if (!isNonEmpty(f.quote)) throw new Error(`${where} has an empty quote`);
		if (!isNonEmpty(f.display)) throw new Error(`${where} has an empty display`);
		if (!isNonEmpty(f.label)) throw new Error(`${where} has an empty label`);
		if (f.shortLabel !== undefined) {
			if (!isNonEmpty(f.shortLabel)) throw new Error(`${where} has an empty shortLabel`);
			if (f.shortLabel.trim().length > f.label.trim().length) {
				throw new Error(`${where} has a shortLabel longer than its label`);
			}
		}
		if (typeof f.value !== 'number' || !Number.isFinite(f.value)) {
			throw new Error(`${where} has a non-finite value (${String(f.value)})`);
		}
		if (f.outOf !== undefined) {
			const whole = f.outOf;
			if (!Number.isInteger(whole) || !Number.isInteger(f.value) || f.value < 0 || f.value > whole) {
				throw new Error(`${where} is ${f.value} out of ${whole}: both whole numbers, the part no more than the whole`);
			}
			if (!f.quote.includes(String(whole))) {
				throw new Error(`${where} is out of ${whole}, a number its quote does not give`);
			}
		}

		if (!CONFIDENCES.includes(f.confidence)) {
			throw new Error(`${where} has confidence "${String(f.confidence)}"; expected HIGH, MEDIUM or CLAIM`);
		}
		if (f.confidence === 'CLAIM' && source.id !== STATEMENT_SOURCE_ID) {
			throw new Error(`${where} is a CLAIM but cites "${source.id}"; a CLAIM must cite "${STATEMENT_SOURCE_ID}"`);
		}

		if (f.partOf !== undefined) {
			if (f.partOf === f.id) throw new Error(`${where} is partOf itself`);
			if (!ids.has(f.partOf)) {
				throw new Error(`${where} is partOf unknown figure "${f.partOf}"`);
			}
		}

		if (f.unit === 'date') {
			if (!isIsoDate(f.date)) {
				throw new Error(
					`${where} has unit 'date' but no valid ISO date (got ${f.date === undefined ? 'none' : `"${f.date}"`})`
				);
			}
		} else if (f.date !== undefined && !isIsoDate(f.date)) {
			throw new Error(`${where} has an invalid ISO date "${f.date}"`);
		}

		if (typeof f.publishedAfterStatement !== 'boolean') {
			throw new Error(`${where} has no publishedAfterStatement flag`);
		}
		const [first, last] = dateRange(source.date);
		if (first > STATEMENT_DATE && !f.publishedAfterStatement) {
			throw new Error(
				`${where} cites a source dated ${source.date}, after the statement, but publishedAfterStatement is false`
			);
		}
		if (last <= STATEMENT_DATE && f.publishedAfterStatement) {
			throw new Error(
				`${where} cites a source dated ${source.date}, not after the statement, but publishedAfterStatement is true`
			);
		}
	}
}
