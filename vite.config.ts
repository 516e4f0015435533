import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
