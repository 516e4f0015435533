import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { sizeClassCss } from './src/lib/charts/toolkit/sizeClasses.js';

/** The toolkit's container queries, generated from its size classes (see toolkit/sizeClasses.ts). */
function sizeClasses(): Plugin {
	const id = 'virtual:size-classes.css';
	return {
		name: 'size-classes',
		resolveId: (source) => (source === id ? id : undefined),
		load: (source) => (source === id ? sizeClassCss() : undefined)
	};
}

export default defineConfig({
	plugins: [sizeClasses(), sveltekit()],
	test: {
		environment: 'node',
		// Worker threads rather than child processes: the unit and build tests start and import
		// a little faster (unit 28.2 s against 30.5 s of wall time, alone on this machine).
		pool: 'threads',
		projects: [
			// `npm run test:unit`: the code on its own.
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					exclude: ['tests/unit/**/*.svelte.test.ts'],
					// One module graph per worker, not per file: imports are most of the unit tests' time
					// (21 s of wall time alone, 12 s so). A test that stubs a global or fakes timers undoes it
					// in afterEach; the files pass in any order (checked with --sequence.shuffle).
					isolate: false
				}
			},
			// Effects run only in Svelte's browser runtime: these tests, named *.svelte.test.ts, load it.
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'unit-effects',
					include: ['tests/unit/**/*.svelte.test.ts'],
					environment: './tests/unit/client-environment.ts',
					isolate: false
				}
			},
			// `npm run test:build`: the built site in build/ (run `npm run build` first).
			{ extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } }
		]
	}
});
