#!/usr/bin/env node
// `npm test`: every check, then a table of how long each phase took. The phases are npm
// scripts, so each can also be run on its own.
//
//   check        svelte-check: strict TypeScript, warnings are errors
//   lint         Prettier (--check) and ESLint
//   unit         Vitest: the unit tests (tests/unit/)
//   build        the prerendered site, into build/
//   build-tests  Vitest: checks of the built HTML, CSVs and assets (tests/build/)
//   e2e          Playwright: what needs a browser (tests/e2e/)
//
// Phases that do not need each other's results run side by side, in stages, so that both cores
// of a small machine stay busy. First the build, beside lint (Prettier and ESLint read the
// sources and write nothing): beside svelte-check or Vitest, which regenerate .svelte-kit/ as
// it bundles from there, the build has produced a site whose scripts never hydrate. Then
// svelte-check, the unit tests and the build tests, which read the sources or the finished
// build (the build tests' own sub-path build keeps its own working folder: svelte.config.js).
// Then the browser tests, which use every core themselves. A stage's output is printed
// phase by phase as each ends, so it never interleaves. The run stops after the first stage in
// which a phase fails.

import { spawn, spawnSync } from 'node:child_process';

const STAGES = [
	[
		['build', 'build'],
		['lint', 'lint']
	],
	[
		['check', 'check'],
		['unit', 'test:unit'],
		['build-tests', 'test:build']
	],
	[['e2e', 'test:e2e']]
];

const windows = process.platform === 'win32';

/**
 * Runs `npm run <script>`, its output held back and printed in one piece when it ends, unless
 * `live` (the only phase of its stage), when it goes straight through.
 * @param {string} name
 * @param {string} script
 * @param {boolean} live
 * @returns {Promise<{ name: string, seconds: number, status: number }>}
 */
function runPhase(name, script, live) {
	const start = performance.now();
	return new Promise((resolve) => {
		if (live) console.log(`\n== ${name}: npm run ${script} ==`);
		const child = spawn('npm', ['run', script], {
			stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
			shell: windows
		});
		/** @type {Buffer[]} */
		const output = [];
		child.stdout?.on('data', (chunk) => output.push(chunk));
		child.stderr?.on('data', (chunk) => output.push(chunk));
		const finish = (/** @type {number} */ status) => {
			const seconds = (performance.now() - start) / 1000;
			if (!live) {
				console.log(`\n== ${name}: npm run ${script} (${seconds.toFixed(1)} s, alongside the others) ==`);
				process.stdout.write(Buffer.concat(output));
			}
			resolve({ name, seconds, status });
		};
		child.on('error', (error) => {
			output.push(Buffer.from(`Could not run npm run ${script}: ${error.message}\n`));
			finish(1);
		});
		child.on('close', (code) => finish(code ?? 1));
	});
}

/** @type {{ name: string, seconds: number, status: number }[]} */
const done = [];
const started = performance.now();

// The generated SvelteKit files, once, before phases that would each write them at once.
const sync = spawnSync('npx', ['svelte-kit', 'sync'], { stdio: 'inherit', shell: windows });
if (sync.status !== 0) process.exit(sync.status ?? 1);

for (const stage of STAGES) {
	const results = await Promise.all(stage.map(([name, script]) => runPhase(name, script, stage.length === 1)));
	done.push(...results);
	if (results.some((phase) => phase.status !== 0)) break;
}

const total = (performance.now() - started) / 1000;
const failed = done.find((phase) => phase.status !== 0);
console.log('\n== npm test: timings (phases in one stage ran side by side) ==');
for (const [index, stage] of STAGES.entries()) {
	for (const [name] of stage) {
		const phase = done.find((p) => p.name === name);
		const label = `${index + 1}. ${name}`.padEnd(15);
		if (!phase) console.log(`  ${label}      - (not run)`);
		else
			console.log(
				`  ${label} ${phase.seconds.toFixed(1).padStart(6)} s${phase.status === 0 ? '' : `  FAILED (exit ${phase.status})`}`
			);
	}
}
console.log(`  ${'total'.padEnd(15)} ${total.toFixed(1).padStart(6)} s`);
process.exit(failed ? failed.status : 0);
