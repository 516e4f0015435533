import archieml from 'archieml';
import type { Block, Chapter, Inline, ScrollyStep, Story, StoryContext } from './types';

/** A problem in the copy. The message names the file, the chapter and the block. */
export class StoryError extends Error {
	constructor(message: string) {
		super(`content/story.aml: ${message}`);
		this.name = 'StoryError';
	}
}

const KNOWN_BLOCKS = ['text', 'statement', 'note', 'scrolly'] as const;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TOKEN = /\{fig:([^}\s]*)\}|\[([^\]]+)\]\((https?:\/\/[^)\s]+|\/[^)\s]*)\)/g;

type Where = string;

function record(value: unknown, where: Where): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new StoryError(`${where}: expected a {…} object`);
	}
	return value as Record<string, unknown>;
}

function text(value: unknown, where: Where, field: string): string {
	if (typeof value !== 'string' || value.trim() === '') {
		throw new StoryError(`${where}: "${field}" is missing or empty`);
	}
	return value.trim();
}

function optionalText(value: unknown, where: Where, field: string): string | undefined {
	return value === undefined ? undefined : text(value, where, field);
}

/** Splits our prose into text, figure references and links, checking every figure exists. */
export function parseInlines(source: string, where: Where, ctx: StoryContext): Inline[] {
	const inlines: Inline[] = [];
	let last = 0;
	for (const match of source.matchAll(TOKEN)) {
		const index = match.index ?? 0;
		if (index > last) inlines.push({ kind: 'text', text: source.slice(last, index) });
		const [whole, figureId, linkText, href] = match;
		if (figureId !== undefined) {
			if (!ctx.figureIds.has(figureId)) {
				throw new StoryError(`${where}: unknown figure "{fig:${figureId}}"`);
			}
			inlines.push({ kind: 'figure', id: figureId });
		} else if (linkText !== undefined && href !== undefined) {
			inlines.push({ kind: 'link', text: linkText, href });
		}
		last = index + whole.length;
	}
	if (last < source.length) inlines.push({ kind: 'text', text: source.slice(last) });
	const stray = inlines.find((i) => i.kind === 'text' && /\{fig|\{\{/.test(i.text));
	if (stray)
		throw new StoryError(
			`${where}: malformed figure reference near "${(stray as { text: string }).text.trim().slice(0, 40)}"`
		);
	return inlines;
}

function parseSteps(value: unknown, where: Where, chart: string, ctx: StoryContext): ScrollyStep[] {
	if (!Array.isArray(value) || value.length === 0) {
		throw new StoryError(`${where}: a scrolly needs a [.steps] list with at least one step`);
	}
	const states = ctx.chartStates.get(chart) ?? [];
	return value.map((raw, i) => {
		const stepWhere = `${where}, step ${i + 1}`;
		const step = record(raw, stepWhere);
		const state = text(step.state, stepWhere, 'state');
		if (!states.includes(state)) {
			throw new StoryError(`${stepWhere}: chart "${chart}" has no state "${state}" (its states: ${states.join(', ')})`);
		}
		return { state, inlines: parseInlines(text(step.text, stepWhere, 'text'), stepWhere, ctx) };
	});
}

function parseBlock(raw: unknown, where: Where, ctx: StoryContext): Block {
	const { type, value } = record(raw, where) as { type?: unknown; value?: unknown };
	const blockWhere = `${where} ("${String(type)}")`;
	switch (type) {
		case 'text':
			return { type, inlines: parseInlines(text(value, blockWhere, 'text'), blockWhere, ctx) };
		case 'note':
			return { type, inlines: parseInlines(text(value, blockWhere, 'note'), blockWhere, ctx) };
		case 'statement': {
			const v = record(value, blockWhere);
			const paragraphs = v.paragraphs;
			if (!Array.isArray(paragraphs) || paragraphs.length === 0) {
				throw new StoryError(`${blockWhere}: a statement needs a [.paragraphs] list`);
			}
			const checked = paragraphs.map((p, i) => text(p, `${blockWhere}, paragraph ${i + 1}`, 'paragraph'));
			const withToken = checked.find((p) => p.includes('{fig:'));
			if (withToken) {
				throw new StoryError(`${blockWhere}: statement passages are EVAW's words and cannot hold figure references`);
			}
			const heading = optionalText(v.heading, blockWhere, 'heading');
			const speaker = optionalText(v.speaker, blockWhere, 'speaker');
			return {
				type,
				paragraphs: checked,
				...(heading ? { heading } : {}),
				...(speaker ? { speaker } : {})
			};
		}
		case 'scrolly': {
			const v = record(value, blockWhere);
			const chart = text(v.chart, blockWhere, 'chart');
			if (!ctx.chartStates.has(chart)) {
				throw new StoryError(
					`${blockWhere}: unknown chart "${chart}" (known: ${[...ctx.chartStates.keys()].join(', ')})`
				);
			}
			return { type, chart, steps: parseSteps(v.steps, blockWhere, chart, ctx) };
		}
		default:
			throw new StoryError(`${where}: unknown block type "${String(type)}" (known: ${KNOWN_BLOCKS.join(', ')})`);
	}
}

function parseChapter(raw: unknown, index: number, ctx: StoryContext): Chapter {
	const c = record(raw, `chapter ${index + 1}`);
	const id = text(c.id, `chapter ${index + 1}`, 'id');
	const where = `chapter "${id}"`;
	if (!SLUG.test(id)) throw new StoryError(`${where}: id must be lower-case words joined by hyphens`);
	const slug = optionalText(c.slug, where, 'slug');
	if (slug !== undefined && !SLUG.test(slug)) {
		throw new StoryError(`${where}: slug "${slug}" must be lower-case words joined by hyphens`);
	}
	const title = text(c.title, where, 'title');
	if (!Array.isArray(c.blocks) || c.blocks.length === 0) {
		throw new StoryError(`${where}: needs a [.+blocks] list with at least one block`);
	}
	const blocks = c.blocks.map((b, i) => parseBlock(b, `${where}, block ${i + 1}`, ctx));
	return {
		id,
		title,
		navTitle: optionalText(c.navTitle, where, 'navTitle') ?? title,
		blocks,
		...(slug ? { slug } : {})
	};
}

/** Parses the ArchieML copy into typed blocks, failing loudly on anything it does not know. */
export function parseStory(source: string, ctx: StoryContext): Story {
	const doc = archieml.load(source);
	const chaptersRaw = doc.chapters;
	if (!Array.isArray(chaptersRaw) || chaptersRaw.length === 0) {
		throw new StoryError('needs a [chapters] list');
	}
	const chapters = chaptersRaw.map((c, i) => parseChapter(c, i, ctx));
	const seen = new Set<string>();
	for (const key of chapters.flatMap((c) => [c.id, ...(c.slug ? [`slug:${c.slug}`] : [])])) {
		if (seen.has(key))
			throw new StoryError(
				`duplicate chapter ${key.startsWith('slug:') ? 'slug' : 'id'} "${key.replace('slug:', '')}"`
			);
		seen.add(key);
	}
	const used = new Set<string>();
	for (const c of chapters) {
		for (const b of c.blocks) {
			if (b.type !== 'scrolly') continue;
			if (used.has(b.chart))
				throw new StoryError(`chapter "${c.id}": chart "${b.chart}" is already used by another chapter`);
			used.add(b.chart);
		}
	}
	return {
		title: text(doc.title, 'top', 'title'),
		dek: text(doc.dek, 'top', 'dek'),
		description: text(doc.description, 'top', 'description'),
		contentNote: text(doc.contentNote, 'top', 'contentNote'),
		byline: text(doc.byline, 'top', 'byline'),
		published: text(doc.published, 'top', 'published'),
		chapters
	};
}
