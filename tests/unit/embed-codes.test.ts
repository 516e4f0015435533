import { describe, expect, it } from 'vitest';
import { embedCodes } from '../../src/lib/embed/codes';
import { chapterEntry, chartEntry, storyEntry } from '../../src/lib/embed/entries';
import { OEMBED_MAX_HEIGHT, oembedPath, oembedResponse } from '../../src/lib/embed/oembed';

const SITE = 'https://graphics.example.org/interactive/evaw';
const card = chartEntry('one-a-week', 'EVAW says one woman a week <reports> “abuse” & more', { slug: undefined });

describe('embed entries', () => {
	it('give each piece its embed address, title and story page', () => {
		expect(storyEntry({ title: 'The story' })).toMatchObject({ path: '/embed/', storyPath: '/', title: 'The story' });
		expect(chapterEntry({ id: 'streetsafe', slug: 'streetsafe', title: 'StreetSafe' })).toMatchObject({
			path: '/embed/streetsafe/',
			storyPath: '/measures/streetsafe/'
		});
		expect(chapterEntry({ id: 'closing', title: 'Closing' }).storyPath).toBe('/');
		expect(card).toMatchObject({ path: '/embed/chart/one-a-week/', title: expect.stringMatching(/^Chart: /) });
	});

	it('refuse a chapter id that would take another embed route’s address', () => {
		for (const id of ['chart', 'preview', 'loader.js']) {
			expect(() => chapterEntry({ id, title: 'x' })).toThrow(`Chapter id "${id}"`);
		}
	});
});

describe('embed codes', () => {
	const codes = embedCodes(card, SITE);

	it('point at the configured origin and base path', () => {
		for (const code of Object.values(codes)) expect(code).toContain(`${SITE}/embed/chart/one-a-week/`);
		expect(codes.loader).toContain(`<script async src="${SITE}/embed/loader.js"></script>`);
	});

	it('escape the title wherever it goes', () => {
		for (const code of Object.values(codes)) {
			expect(code).not.toContain('<reports>');
			expect(code).toContain('&lt;reports&gt;');
		}
		expect(codes.iframe).toMatch(/title="[^"]*&amp; more"/);
	});

	it('let links leave only on a click, and keep pym from sending the host’s address', () => {
		expect(codes.iframe).toContain('allow-top-navigation-by-user-activation');
		expect(codes.iframe).not.toMatch(/allow-top-navigation[ "]/);
		expect(codes.pym).toContain('data-pym-optionalparams="false"');
		expect(codes.pym).toContain('data-pym-trackscroll="true"');
		expect(codes.amp).toMatch(/<amp-iframe[^>]* resizable/);
		expect(codes.amp).toContain('overflow');
		expect(codes.iframe).toContain(`height="${card.fixedHeight}"`);
	});
});

describe('oEmbed', () => {
	it('is offered for cards and chapters, not the whole story', () => {
		expect(oembedPath(card)).toBe('/oembed/chart/one-a-week.json');
		expect(oembedPath(chapterEntry({ id: 'closing', title: 'Closing' }))).toBe('/oembed/closing.json');
		expect(oembedPath(storyEntry({ title: 'The story' }))).toBeNull();
	});

	it('answers a rich type WordPress accepts: one iframe, within its height limit', () => {
		const response = oembedResponse(card, SITE, 'Site');
		expect(response).toMatchObject({ version: '1.0', type: 'rich', provider_url: `${SITE}/` });
		expect(response.height).toBeLessThanOrEqual(OEMBED_MAX_HEIGHT);
		expect(response.html).toMatch(
			/^<iframe src="https:\/\/graphics\.example\.org\/interactive\/evaw\/embed\/chart\/one-a-week\/"[^<]*><\/iframe>$/
		);
		expect(response.html).not.toContain('<reports>');
	});
});
