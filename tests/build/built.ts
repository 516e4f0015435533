// Reads the built, prerendered site in build/ (or BUILD_DIR) for the Vitest checks that need
// no browser. `npm test` builds before it runs these; on their own, run `npm run build` first.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const BUILD_DIR = path.resolve(import.meta.dirname, '../..', process.env.BUILD_DIR ?? 'build');

/** The base path the site was built for ('' or e.g. '/interactive/evaw'). */
export const BASE_PATH = (() => {
	const trimmed = (process.env.BASE_PATH ?? '').trim().replace(/\/+$/, '');
	return !trimmed || trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
})();

if (!existsSync(path.join(BUILD_DIR, 'index.html'))) {
	throw new Error(`No build in ${BUILD_DIR}: run \`npm run build\` first`);
}

/** Every file in the build, as paths relative to it ('index.html', '_app/immutable/…'). */
export function builtFiles(dir = BUILD_DIR, prefix = ''): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? builtFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]
	);
}

/** Every page of the site in the build, as routes ('/', '/sources/'), leaving out /_app/ and /embed/. */
export function builtPages(): string[] {
	return builtFiles()
		.filter((file) => file.endsWith('index.html') && !/^(_app|embed)\//.test(file))
		.map((file) => `/${file.slice(0, -'index.html'.length)}`)
		.sort();
}

export function readBuilt(file: string): string {
	return readFileSync(path.join(BUILD_DIR, file), 'utf8');
}

const documents = new Map<string, HTMLElement>();

/** A built page's HTML document, parsed (scripts and styles left out of its text). */
export function builtPage(route: string): HTMLElement {
	const file = route === '/404' ? '404.html' : `${route.replace(/^\//, '')}index.html`;
	let document = documents.get(file);
	if (!document) {
		document = parse(readBuilt(file), {
			comment: false,
			blockTextElements: { script: false, style: false, noscript: true, pre: true }
		});
		documents.set(file, document);
	}
	return document;
}

export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * An element's text as a reader without JavaScript gets it: block elements apart, whitespace
 * collapsed, with what the page hides (the `hidden` attribute) left out.
 */
export function readerText(element: HTMLElement): string {
	const copy = parse(element.outerHTML, {
		blockTextElements: { script: false, style: false, noscript: true, pre: true }
	});
	for (const hidden of copy.querySelectorAll('[hidden]')) hidden.remove();
	return normalise(copy.structuredText);
}

/** The path a link in the build points at, relative to the base path ('/sources/#fig-x' → '/sources/'). */
export function routeOf(href: string): string {
	const pathname = new URL(href, 'http://site.invalid/').pathname;
	return BASE_PATH && pathname.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length) : pathname;
}
