#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first that fails, then a table of how
// long each phase took. The phases are npm scripts, so each can also be run on its own.
//
//   check        svelte-check: strict TypeScript, warnings are errors
//   lint         Prettier (--check) and ESLint
//   unit         Vitest: the unit tests (tests/unit/)
//   build        the prerendered site, into build/
//   build-tests  Vitest: checks of the built HTML, CSVs and assets (tests/build/)
//   e2e          Playwright: what needs a browser (tests/e2e/)

import { spawnSync } from 'node:child_process';

const PHASES = [
	['check', 'check'],
	['lint', 'lint'],
	['unit', 'test:unit'],
	['build', 'build'],
	['build-tests', 'test:build'],
	['e2e', 'test:e2e']
];

/** @type {{ name: string, seconds: number, status: number }[]} */
const done = [];
const started = performance.now();

for (const [name, script] of PHASES) {
	console.log(`\n== ${name}: npm run ${script} ==`);
	const start = performance.now();
	const result = spawnSync('npm', ['run', script], { stdio: 'inherit', shell: process.platform === 'win32' });
	const status = result.status ?? 1;
	done.push({ name, seconds: (performance.now() - start) / 1000, status });
	if (status !== 0) break;
}

const total = (performance.now() - started) / 1000;
const failed = done.find((phase) => phase.status !== 0);
console.log('\n== npm test: timings ==');
for (const { name, seconds, status } of done) {
	console.log(
		`  ${name.padEnd(12)} ${seconds.toFixed(1).padStart(6)} s${status === 0 ? '' : `  FAILED (exit ${status})`}`
	);
}
for (const [name] of PHASES.slice(done.length)) console.log(`  ${name.padEnd(12)}      - (not run)`);
console.log(`  ${'total'.padEnd(12)} ${total.toFixed(1).padStart(6)} s`);
process.exit(failed ? failed.status : 0);
