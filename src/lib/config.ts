import { base } from '$app/paths';
import { PUBLIC_SITE_ORIGIN } from '$env/static/public';

/**
 * The absolute origin the piece is published at, for canonical URLs, Open Graph tags and
 * embed codes. Set PUBLIC_SITE_ORIGIN when building for production.
 */
export const SITE_ORIGIN: string = PUBLIC_SITE_ORIGIN.replace(/\/$/, '');

/** The EVAW statement this piece is about. */
export const STATEMENT = {
	publisher: 'End Violence Against Women Coalition',
	shortName: 'EVAW',
	date: '2021-11-10',
	dateText: '10 November 2021',
	url: 'https://www.endviolenceagainstwomen.org.uk/met-police-action-plan-a-pr-exercise-that-will-cause-harm/'
} as const;

/** Absolute URL of a path inside the site (path starts with "/"). */
export function absoluteUrl(path: string): string {
	return `${SITE_ORIGIN}${base}${path}`;
}

/** The site's short name (Open Graph site name, oEmbed provider name). */
export const SITE_NAME = 'The Met’s plan, measure by measure';
