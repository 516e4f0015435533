#!/usr/bin/env node
// Pastes bench/results/latest.md (written by `npm run bench`) into README.md between
// <!-- bench:start --> and <!-- bench:end -->.

import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { fileURLToPath } from 'node:url';

const README = fileURLToPath(new URL('../README.md', import.meta.url));
const TABLE = fileURLToPath(new URL('../bench/results/latest.md', import.meta.url));
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const readme = readFileSync(README, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from === -1 || to < from) {
	console.error(`README.md needs ${START} and ${END}, in that order, where the table goes.`);
	process.exit(1);
}
const table = readFileSync(TABLE, 'utf8').trim();
const updated = `${readme.slice(0, from + START.length)}\n${table}\n${readme.slice(to)}`;
// Formatted as the rest of the repository is, so `npm run lint` stays clean.
const options = (await prettier.resolveConfig(README)) ?? {};
writeFileSync(README, await prettier.format(updated, { ...options, filepath: README }));
console.log('README.md: bench table updated.');
