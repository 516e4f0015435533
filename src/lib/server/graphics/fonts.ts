/**
 * The fonts of images drawn at build time (social cards, chart downloads): Source Serif 4 and
 * Source Sans 3, the WOFF files shipped in the @fontsource npm packages, read from
 * node_modules (nothing is fetched). Satori takes the WOFF files; the chart downloads measure
 * text with their metrics (opentype.js) and resvg renders their SVG with the same fonts, as
 * plain OpenType files unpacked from the WOFF ones.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import opentype from 'opentype.js';

export type Family = 'Serif' | 'Sans';
export type Weight = 400 | 600 | 700;

/** The family names the font files declare (what an SVG's font-family must name). */
export const FAMILY_NAME: Record<Family, string> = { Serif: 'Source Serif 4', Sans: 'Source Sans 3' };

const FILES: { family: Family; weight: Weight; pkg: string; file: string }[] = [
	{ family: 'Serif', weight: 600, pkg: '@fontsource/source-serif-4', file: 'source-serif-4-latin-600-normal.woff' },
	{ family: 'Sans', weight: 400, pkg: '@fontsource/source-sans-3', file: 'source-sans-3-latin-400-normal.woff' },
	{ family: 'Sans', weight: 700, pkg: '@fontsource/source-sans-3', file: 'source-sans-3-latin-700-normal.woff' }
];

function read(pkg: string, file: string): Buffer {
	const where = path.resolve('node_modules', pkg, 'files', file);
	try {
		return readFileSync(where);
	} catch {
		throw new Error(`Build-time images: font ${where} is missing (run npm ci)`);
	}
}

let woffs: { family: Family; weight: Weight; file: string; data: Buffer }[] | undefined;
function loadWoffs() {
	woffs ??= FILES.map((f) => ({ family: f.family, weight: f.weight, file: f.file, data: read(f.pkg, f.file) }));
	return woffs;
}

/** The fonts as satori takes them. */
export function satoriFonts(): { name: Family; data: Buffer; weight: Weight; style: 'normal' }[] {
	return loadWoffs().map((f) => ({ name: f.family, data: f.data, weight: f.weight, style: 'normal' }));
}

function fontKey(family: Family, weight: Weight): string {
	return `${family}-${weight}`;
}

const parsed = new Map<string, opentype.Font>();

/** A font's metrics; throws when the family has no such weight. */
export function fontOf(family: Family, weight: Weight): opentype.Font {
	const key = fontKey(family, weight);
	let font = parsed.get(key);
	if (!font) {
		const file = loadWoffs().find((f) => f.family === family && f.weight === weight);
		if (!file) throw new Error(`Build-time images have no ${family} ${weight} font`);
		const bytes = file.data;
		font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
		parsed.set(key, font);
	}
	return font;
}

/**
 * A WOFF 1.0 file as the OpenType (sfnt) file it wraps: the same tables, each inflated where
 * it was compressed (https://www.w3.org/TR/WOFF/), behind a fresh table directory.
 */
export function woffToSfnt(woff: Buffer): Buffer {
	if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('Not a WOFF 1.0 file');
	const flavor = woff.readUInt32BE(4);
	const numTables = woff.readUInt16BE(12);
	const tables = Array.from({ length: numTables }, (_, i) => {
		const at = 44 + i * 20;
		const tag = woff.readUInt32BE(at);
		const offset = woff.readUInt32BE(at + 4);
		const compLength = woff.readUInt32BE(at + 8);
		const origLength = woff.readUInt32BE(at + 12);
		const checksum = woff.readUInt32BE(at + 16);
		const stored = woff.subarray(offset, offset + compLength);
		const data = compLength < origLength ? inflateSync(stored) : stored;
		if (data.length !== origLength) throw new Error('WOFF table has the wrong length');
		return { tag, checksum, data };
	});
	const pad = (n: number) => (n + 3) & ~3;
	const headerSize = 12 + 16 * numTables;
	const size = tables.reduce((sum, t) => sum + pad(t.data.length), headerSize);
	const out = Buffer.alloc(size);
	const log2 = Math.floor(Math.log2(numTables));
	out.writeUInt32BE(flavor, 0);
	out.writeUInt16BE(numTables, 4);
	out.writeUInt16BE(16 * 2 ** log2, 6);
	out.writeUInt16BE(log2, 8);
	out.writeUInt16BE(numTables * 16 - 16 * 2 ** log2, 10);
	let offset = headerSize;
	tables.forEach((t, i) => {
		const at = 12 + i * 16;
		out.writeUInt32BE(t.tag, at);
		out.writeUInt32BE(t.checksum, at + 4);
		out.writeUInt32BE(offset, at + 8);
		out.writeUInt32BE(t.data.length, at + 12);
		t.data.copy(out, offset);
		offset += pad(t.data.length);
	});
	return out;
}

let fontFaces: string | undefined;

/**
 * `@font-face` rules carrying the fonts (WOFF2, as data URLs), so an SVG shows its own type in a
 * browser or a CMS without the fonts installed. Families as `svgFamily` names them.
 */
export function fontFaceCss(): string {
	fontFaces ??= FILES.map((f) => {
		const data = read(f.pkg, f.file.replace(/\.woff$/, '.woff2')).toString('base64');
		return `@font-face{font-family:'${svgFamily(f.family, f.weight)}';font-weight:${f.weight};src:url(data:font/woff2;base64,${data}) format('woff2')}`;
	}).join('');
	return fontFaces;
}

/**
 * The family name a font file declares: Source Sans 3's files share one; the Source Serif 4
 * SemiBold file names its own ('Source Serif 4 SemiBold'), which is how resvg finds it.
 */
export function svgFamily(family: Family, weight: Weight): string {
	return family === 'Serif' && weight === 600 ? `${FAMILY_NAME.Serif} SemiBold` : FAMILY_NAME[family];
}

let sfntPaths: string[] | undefined;

/** The fonts as OpenType files on disk (resvg loads fonts by path), unpacked into node_modules/.cache. */
export function fontFiles(): string[] {
	if (sfntPaths) return sfntPaths;
	const dir = path.resolve('node_modules', '.cache', 'build-time-fonts');
	mkdirSync(dir, { recursive: true });
	sfntPaths = loadWoffs().map((f) => {
		const where = path.join(dir, f.file.replace(/\.woff$/, '.otf'));
		writeFileSync(where, woffToSfnt(f.data));
		return where;
	});
	return sfntPaths;
}
