import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Where the piece is served from. BASE_PATH hosts it under a folder
 * (e.g. /interactive/evaw-met-plan); SITE_ORIGIN is the absolute origin used for
 * canonical URLs, Open Graph tags and the embed codes partners paste.
 */
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		paths: { base, relative: false },
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
