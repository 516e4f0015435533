/**
 * The islands bundle: the only JavaScript the pages load. `npm run build` runs it after
 * `vite build` (SvelteKit, which prerenders every page with `csr = false`) and before
 * scripts/write-headers.mjs. Its entry, src/lib/islands/main.ts, hydrates the parts of a
 * page that need script (see Island.svelte). Output, into the same build folder (BUILD_DIR):
 *   _islands/main.js              the entry, a stable name the pages point at (short-cached)
 *   _app/immutable/islands/*.js   everything else, content-hashed (cached for a year)
 * `base: './'`: chunks import each other by relative path, so the build works under any BASE_PATH.
 */
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = process.env.BUILD_DIR ?? 'build';

/**
 * A chart whose layout module says `laidOutAtBuild` is drawn from layouts the page carries: its
 * layout (and what it imports, d3's time scales for the timelines) never goes to the browser.
 */
function noBuildTimeLayouts(): Plugin {
	return {
		name: 'islands:no-build-time-layouts',
		transform(code, id) {
			if (!/\/src\/lib\/charts\/[^/]+\/layout\.ts$/.test(id)) return;
			if (!/^export const laidOutAtBuild = true;/m.test(code)) return;
			return { code: 'export const laidOutAtBuild = true;\nexport default undefined;\n', map: null };
		}
	};
}

/**
 * A chart's spec (`src/lib/charts/<id>/spec.ts`) holds words for the page (its title, place,
 * period and kind, each state's label), which the server writes into the HTML and the island's
 * props. In the browser a chart's layout needs only the spec's ids and figure lists (define.ts:
 * `draw`), so here those words are blanked: about 0.3 KB gzip off each chart drawn in the
 * browser. A build test checks that no spec's title reaches a script.
 */
const SPEC_WORDS = new Set(['title', 'place', 'period', 'kind', 'label']);
function specWordsStayOnServer(): Plugin {
	return {
		name: 'islands:spec-words-stay-on-server',
		enforce: 'pre',
		transform(code, id) {
			if (!/\/src\/lib\/charts\/[^/]+\/spec\.ts$/.test(id)) return;
			const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
			const words: ts.Expression[] = [];
			const visit = (node: ts.Node): void => {
				if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && SPEC_WORDS.has(node.name.text))
					words.push(node.initializer);
				ts.forEachChild(node, visit);
			};
			visit(source);
			if (words.length === 0) this.error(`${id}: a chart spec with no words to leave on the server`);
			let out = code;
			for (const word of words.reverse()) out = `${out.slice(0, word.getStart(source))}''${out.slice(word.end)}`;
			return { code: out, map: null };
		}
	};
}

/**
 * With `csr = false` on every page SvelteKit's client build (entry, nodes, chunks) is never
 * loaded, and it holds the figures module: it is removed. So are its style sheets that no page
 * links (every page's CSS is inlined: svelte.config.js), the `__data.json` files it writes beside
 * each page whose data a server load makes (its client-side router's data, which nothing reads
 * here), and any earlier islands build, as the build folder is not emptied.
 */
function withoutSvelteKitClient(): Plugin {
	return {
		name: 'islands:without-sveltekit-client',
		apply: 'build',
		buildStart() {
			for (const folder of [
				'_app/immutable/entry',
				'_app/immutable/nodes',
				'_app/immutable/chunks',
				'_app/immutable/islands',
				'_islands'
			]) {
				rmSync(path.join(outDir, folder), { recursive: true, force: true });
			}
			const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
			const pages = files
				.filter((entry) => entry.name.endsWith('.html'))
				.map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
			const assets = path.join(outDir, '_app/immutable/assets');
			for (const entry of files) {
				const unlinkedStyleSheet =
					path.resolve(entry.parentPath) === path.resolve(assets) &&
					entry.name.endsWith('.css') &&
					!pages.some((html) => html.includes(`/${entry.name}"`));
				if (unlinkedStyleSheet || /(^|\.html)__data\.json$/.test(entry.name))
					rmSync(path.join(entry.parentPath, entry.name));
			}
		}
	};
}

/**
 * Style sheets a component imports (the toolkit's generated size classes) are already on the
 * page from SvelteKit's build: here they are empty modules.
 */
const EMPTY_STYLE = '\0islands:style-from-the-page';
function stylesFromThePage(): Plugin {
	return {
		name: 'islands:styles-from-the-page',
		enforce: 'pre',
		// Resolved to an id without .css, so Vite makes it an empty script module, not a style sheet to fetch.
		resolveId: (source) => (source.startsWith('virtual:') && source.endsWith('.css') ? EMPTY_STYLE : undefined),
		load: (id) => (id === EMPTY_STYLE ? 'export {};' : undefined)
	};
}

/**
 * LayerCake's helpers that no chart reaches in the browser are swapped for throwing stand-ins
 * (src/lib/islands/browser-only/layercake-unused.ts says why), by the module LayerCake imports.
 */
// Resolved, as Vite resolves importers: node_modules may be a link (scripts/bench-diagnose.mjs builds so).
const LAYERCAKE_DIST = `${realpathSync(`${root}node_modules/layercake/dist`)}/`;
const LAYERCAKE_UNUSED: Record<string, string> = {
	'helpers/measureExtent.js': 'measureExtent',
	'helpers/extentProblems.js': 'extentProblems',
	'utils/padScale.js': 'padScale',
	'helpers/printDebug.js': 'printDebug',
	'helpers/warnEmptySize.js': 'warnEmptySize'
};
const LAYERCAKE_STAND_IN = '\0islands:layercake-unused:';
function layerCakeUnusedHelpers(): Plugin {
	return {
		name: 'islands:layercake-unused-helpers',
		enforce: 'pre',
		resolveId(source, importer) {
			const from = importer?.split('?')[0];
			if (!from?.startsWith(LAYERCAKE_DIST) || !source.startsWith('.')) return;
			const helper = LAYERCAKE_UNUSED[path.relative(LAYERCAKE_DIST, path.resolve(path.dirname(from), source))];
			return helper ? LAYERCAKE_STAND_IN + helper : undefined;
		},
		load(id) {
			if (!id.startsWith(LAYERCAKE_STAND_IN)) return;
			const helper = id.slice(LAYERCAKE_STAND_IN.length);
			return `export { ${helper} as default } from '${root}src/lib/islands/browser-only/layercake-unused.ts';`;
		}
	};
}

/**
 * Nearly all the code the islands fetch runs in their hydration. V8's explicit compile hint
 * (`//# allFunctionsCalledOnLoad`, first line) has Chromium compile such a file as it arrives,
 * off the main thread, rather than each function on the main thread at its first call, inside a
 * hydration: at 4× CPU that was about a third of a chart's start. The entry too, since it holds
 * Svelte's runtime: without the hint the first chart a reader nears hydrated with it cold (on `/`,
 * timeline-2021's hydration, one idle task at 4× CPU: median 41 ms of script, up to 65; with the
 * hint 25, up to 37; the controls' at load 17–28 ms, 2–19 with it). A tap on the motion toggle
 * before the controls are hydrated is held by the page's loader (islands-loader.ts), so compiling
 * the entry first loses none. Other browsers ignore the comment.
 */
function compileOnArrival(): Plugin {
	return {
		name: 'islands:compile-on-arrival',
		apply: 'build',
		// On the files as written: Vite still edits chunks' first lines in its own generateBundle.
		writeBundle(options, bundle) {
			for (const file of Object.values(bundle)) {
				if (file.type !== 'chunk') continue;
				const written = path.join(options.dir ?? outDir, file.fileName);
				writeFileSync(written, `//# allFunctionsCalledOnLoad\n${readFileSync(written, 'utf8')}`);
			}
		}
	};
}

export default defineConfig({
	base: './',
	publicDir: false,
	plugins: [
		noBuildTimeLayouts(),
		specWordsStayOnServer(),
		withoutSvelteKitClient(),
		stylesFromThePage(),
		layerCakeUnusedHelpers(),
		compileOnArrival(),
		svelte({
			configFile: false,
			preprocess: vitePreprocess(),
			// The pages already carry every component's CSS (SvelteKit's build); the same file
			// compiles to the same scoped class names here.
			emitCss: false,
			compilerOptions: { css: 'external' }
		})
	],
	resolve: {
		alias: {
			$lib: `${root}src/lib`,
			$content: `${root}content`,
			// An identity scale and what LayerCake asks of its default scales: see the file (about 2 KB gzip).
			'd3-scale': `${root}src/lib/islands/browser-only/d3-scale.ts`,
			// Not called in the browser: see the file (about 6.5 KB gzip off every chart).
			'd3-interpolate': `${root}src/lib/islands/browser-only/d3-unused.ts`,
			'd3-color': `${root}src/lib/islands/browser-only/d3-unused.ts`,
			'd3-format': `${root}src/lib/islands/browser-only/d3-unused.ts`
		}
	},
	build: {
		outDir,
		emptyOutDir: false,
		modulePreload: { polyfill: false },
		rollupOptions: {
			input: { main: `${root}src/lib/islands/main.ts` },
			output: {
				entryFileNames: '_islands/[name].js',
				chunkFileNames: '_app/immutable/islands/[name]-[hash].js',
				assetFileNames: '_app/immutable/islands/[name]-[hash][extname]'
			}
		}
	}
});
