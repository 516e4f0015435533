import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Where the piece is served from. BASE_PATH hosts it under a folder
 * (e.g. /interactive/evaw-met-plan); SITE_ORIGIN is the absolute origin used for
 * canonical URLs, Open Graph tags and the embed codes partners paste.
 */
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
// BUILD_DIR builds somewhere other than build/ (the sub-path test builds into build-subpath/).
const out = process.env.BUILD_DIR ?? 'build';
// A build elsewhere keeps its own SvelteKit working folder, so it can run beside `vite`/Vitest.
const outDir = out === 'build' ? '.svelte-kit' : `.svelte-kit-${out.replace(/[^\w-]+/g, '-')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		outDir,
		paths: { base, relative: false },
		// Every page's CSS goes in its <head> (about 8 KB gzip on the story page): a page needs no
		// request but its HTML before it can be drawn. src/hooks.server.ts drops the disabled
		// <link>s SvelteKit leaves for its client, which these pages do not load.
		inlineStyleThreshold: Infinity,
		// The copy: content/story.aml (the story), content/strings.ts and content/charts/ (every other word a reader sees).
		alias: { $content: 'content' },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		},
		typescript: {
			// Type-check the Playwright config with the app and its tests (`npm run check`).
			config: (tsconfig) => {
				tsconfig.include.push('../playwright.config.ts');
			}
		}
	}
};

export default config;
