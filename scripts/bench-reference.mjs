#!/usr/bin/env node
// Writes bench/reference/index.html: the yardstick `npm run bench` measures the piece against.
// It is the text of `/` (every chapter of content/story.aml: our prose, the statement's
// passages, the chart steps) as plain HTML with five inline SVG charts, a little inline CSS
// and no script. Figure references become "[figure]" and the charts are grey shapes of
// about the complexity of the piece's charts, not data: the page is never published.
//
//   node scripts/bench-reference.mjs     (rerun after large changes to content/story.aml)

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error archieml ships no types (the app declares them for src/ only)
import archieml from 'archieml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const REFERENCE_FILE = path.join(ROOT, 'bench', 'reference', 'index.html');
const CHARTS = 5;

/** @param {string} text */
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** @param {unknown} text */
const prose = (text) => escape(String(text ?? '').replace(/\{fig:[^}]+\}/g, '[figure]'));

/**
 * A chart-sized SVG: an axis, a unit grid of 100 squares drawn as one path, and five labelled bars.
 * @param {number} index
 */
function chartSvg(index) {
	const squares = [];
	for (let i = 0; i < 100; i++) squares.push(`M${(i % 20) * 15} ${Math.floor(i / 20) * 15}h12v12h-12z`);
	const bars = [0, 1, 2, 3, 4]
		.map((bar) => {
			const width = 60 + ((bar * 37 + index * 53) % 220);
			const y = 100 + bar * 24;
			return `<rect x="80" y="${y}" width="${width}" height="16" fill="#8a8a8a"/><text x="74" y="${y + 12}" text-anchor="end">Row ${bar + 1}</text>`;
		})
		.join('');
	return `<figure><svg viewBox="0 0 320 230" width="100%" role="img" aria-label="Reference chart ${index + 1}" font-size="11" font-family="system-ui, sans-serif">
<path d="${squares.join('')}" fill="#b3b3b3"/>${bars}<path d="M80 96v124" stroke="#333"/></svg>
<figcaption>Reference chart ${index + 1}</figcaption></figure>`;
}

export function referenceHtml() {
	const story = archieml.load(readFileSync(path.join(ROOT, 'content', 'story.aml'), 'utf8'));
	let charts = 0;
	const body = [];
	for (const chapter of story.chapters ?? []) {
		body.push(`<section><h2>${prose(chapter.title)}</h2>`);
		for (const block of chapter.blocks ?? []) {
			if (block.type === 'text' || block.type === 'note') body.push(`<p>${prose(block.value)}</p>`);
			else if (block.type === 'statement') {
				const value = block.value ?? {};
				if (value.heading) body.push(`<h3>${prose(value.heading)}</h3>`);
				const paragraphs = (value.paragraphs ?? []).map((/** @type {string} */ p) => `<p>${prose(p)}</p>`).join('\n');
				body.push(`<blockquote>${paragraphs}<footer>End Violence Against Women Coalition</footer></blockquote>`);
			} else if (block.type === 'scrolly') {
				if (charts < CHARTS) body.push(chartSvg(charts++));
				for (const step of block.value?.steps ?? []) body.push(`<p>${prose(step.text)}</p>`);
			}
		}
		body.push('</section>');
	}
	return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Benchmark reference page: plain HTML, no script.">
<title>Benchmark reference: ${prose(story.title)}</title>
<style>
body { margin: 0 auto; max-width: 40rem; padding: 1rem; font: 1.0625rem/1.6 system-ui, sans-serif; color: #1a1a1a; }
blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: 3px solid #8a1538; }
figure { margin: 2rem 0; } svg { display: block; height: auto; }
</style>
</head>
<body>
<header><h1>${prose(story.title)}</h1><p>${prose(story.dek)}</p></header>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	mkdirSync(path.dirname(REFERENCE_FILE), { recursive: true });
	writeFileSync(REFERENCE_FILE, referenceHtml());
	console.log(`Wrote ${path.relative(ROOT, REFERENCE_FILE)}`);
}
