// ESLint (flat config): JavaScript's and typescript-eslint's recommended and strict rules and
// eslint-plugin-svelte's, with formatting left to Prettier (`npm run format`).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-subpath/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'node_modules/',
			'playwright-report/',
			'test-results/',
			'bench/results/',
			'bench/evidence/',
			'bench/reference/'
		]
	},
	js.configs.recommended,
	ts.configs.strict,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks names itself (typescript-eslint's advice).
			'no-undef': 'off',
			// With noUncheckedIndexedAccess, `list[i]!` after a bounds check is the honest way to say so.
			'@typescript-eslint/no-non-null-assertion': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			eqeqeq: ['error', 'always', { null: 'ignore' }],
			'no-console': ['error', { allow: ['warn', 'error'] }],
			'prefer-const': 'error'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
		rules: {
			// `let { a, b } = $props()` is how Svelte 5 declares props: the Svelte-aware rule knows runes.
			'prefer-const': 'off',
			'svelte/prefer-const': 'error',
			// Internal links are written with `base` from $app/paths, and the prerender fails the build
			// on any that leads nowhere (handleHttpError: 'fail'); the rest (sources, the exit
			// control) are other sites' addresses, which resolve() is not for.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		// Command-line scripts and benchmarks report on the console.
		files: ['scripts/**', 'bench/**', '.ci/**'],
		rules: { 'no-console': 'off' }
	}
);
