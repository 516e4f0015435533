#!/usr/bin/env node
// Runs the Playwright end-to-end tests against the built site, making sure first
// that there is a build and a Chromium to run them in.
//
//   node scripts/run-e2e.mjs [playwright test args...]
//   npm run test:e2e -- tests/e2e/site.spec.ts --project=phone
//
// Chromium: a system one when present (see scripts/chromium.mjs); otherwise
// Playwright's own browser, installed with `npx playwright install chromium`. It never
// installs system packages: that is .ci/run's job (Debian's `chromium` package).

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const windows = process.platform === 'win32';

/**
 * Runs a command with inherited stdio, echoing it first; returns its exit code.
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
function run(command, args, env = process.env) {
	console.log(`\n$ ${[command, ...args].join(' ')}`);
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, shell: windows });
	if (result.error) {
		console.error(`Could not run ${command}: ${result.error.message}`);
		return 1;
	}
	return result.status ?? 1;
}

function ensureBuild() {
	const buildDir = path.resolve(root, process.env.BUILD_DIR ?? 'build');
	if (existsSync(buildDir) && readdirSync(buildDir).length > 0) return;
	console.log(`No build in ${buildDir}: building the site first.`);
	const code = run('npm', ['run', 'build']);
	if (code !== 0) process.exit(code);
}

function ensureChromium() {
	const found = findChromium();
	if (found) {
		console.log(`Using system Chromium: ${found}`);
		return;
	}

	console.log("No system Chromium found: installing Playwright's own Chromium.");
	const code = run('npx', ['playwright', 'install', 'chromium']);
	if (code !== 0) {
		console.error(
			'Could not install a browser. Install Chromium or Chrome yourself (on Debian: apt-get install chromium), or point CHROMIUM_PATH at one.'
		);
		process.exit(code);
	}
}

ensureBuild();
ensureChromium();
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
