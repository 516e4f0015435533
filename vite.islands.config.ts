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
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
	base: './',
	publicDir: false,
	plugins: [
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
		alias: { $lib: `${root}src/lib`, $content: `${root}content` }
	},
	build: {
		outDir: process.env.BUILD_DIR ?? 'build',
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
