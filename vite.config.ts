import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { sizeClassCss } from './src/lib/charts/timeline/sizeClasses.js';

/** The timelines' container queries, generated from their size classes (see sizeClasses.ts). */
function timelineSizeClasses(): Plugin {
	const id = 'virtual:timeline-size-classes.css';
	return {
		name: 'timeline-size-classes',
		resolveId: (source) => (source === id ? id : undefined),
		load: (source) => (source === id ? sizeClassCss() : undefined)
	};
}

export default defineConfig({
	plugins: [timelineSizeClasses(), sveltekit()],
	test: {
		environment: 'node',
		projects: [
			// `npm run test:unit`: the code on its own.
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// `npm run test:build`: the built site in build/ (run `npm run build` first).
			{ extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } }
		]
	}
});
