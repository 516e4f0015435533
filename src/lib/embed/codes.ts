import type { EmbedEntry } from './entries';

/** The four ways a partner can put a piece on their page, as the code they paste. */
export interface EmbedCodes {
	loader: string;
	iframe: string;
	pym: string;
	amp: string;
}

const SANDBOX =
	'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';

export function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeText(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * `siteUrl` is the piece's absolute address with its base path and no trailing slash, e.g.
 * https://graphics.example.org/interactive/evaw.
 */
export function embedCodes(entry: EmbedEntry, siteUrl: string): EmbedCodes {
	const src = `${siteUrl}${entry.path}`;
	const story = `${siteUrl}${entry.storyPath}`;
	const title = escapeAttribute(entry.title);
	const link = `<a href="${escapeAttribute(story)}">${escapeText(entry.title)}</a>`;
	return {
		loader: [
			`<div data-evaw-src="${src}" data-evaw-title="${title}">`,
			`  ${link}`,
			`</div>`,
			`<script async src="${siteUrl}/embed/loader.js"></script>`
		].join('\n'),
		iframe: [
			`<iframe src="${src}" title="${title}" width="100%" height="${entry.fixedHeight}"`,
			`  style="border:0;width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"`,
			`  sandbox="${SANDBOX}"></iframe>`
		].join('\n'),
		pym: [
			`<div id="evaw-${entry.kind}-${entry.id}" data-pym-src="${src}" data-pym-title="${title}"`,
			`  data-pym-trackscroll="true" data-pym-optionalparams="false"`,
			`  data-pym-sandbox="${SANDBOX}">${link}</div>`,
			`<script src="https://pym.nprapps.org/pym.v1.min.js"></script>`
		].join('\n'),
		amp: [
			`<amp-iframe src="${src}" title="${title}" width="4" height="3" layout="responsive" resizable`,
			`  frameborder="0" sandbox="${SANDBOX}">`,
			`  <button overflow type="button">Show all</button>`,
			`</amp-iframe>`
		].join('\n')
	};
}
