import type { Environment } from 'vitest/environments';

/**
 * Node, with modules compiled as the browser gets them: Svelte's client runtime, in which
 * effects run (the default node environment compiles components and runes for the server).
 * The browser globals a test needs, it stands in itself.
 */
export default {
	name: 'client-in-node',
	viteEnvironment: 'client',
	setup: () => ({ teardown: () => {} })
} satisfies Environment;
