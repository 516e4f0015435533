#!/usr/bin/env node
// Checks a deployed copy of the piece: crawls every page and every file they link to and reports
// broken links, URLs outside the base path, and missing or wrong headers (see
// scripts/lib/check-deployment.mjs for the full list). Exits 1 when anything is wrong.
//
//   npm run check-deploy -- https://graphics.example.org/interactive/2021/met-vawg/
//   npm run check-deploy -- https://staging.example.org/met-vawg/ --public-origin https://graphics.example.org

import { checkDeployment } from './lib/check-deployment.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--public-origin');
const publicOrigin = at === -1 ? undefined : args[at + 1];
const url = args.find((a, i) => !a.startsWith('--') && (at === -1 || i !== at + 1));

if (!url || !/^https?:\/\//.test(url) || (at !== -1 && !publicOrigin)) {
	console.error('Usage: npm run check-deploy -- <https://host/base-path/> [--public-origin https://host]');
	process.exit(2);
}

const { problems, visited, pages, socialCards, external } = await checkDeployment(url, { publicOrigin });
console.log(
	`Checked ${visited.length} URLs under ${url}: ${pages.length} pages, ${socialCards.length} social cards; ${external.length} links to other sites (not fetched).`
);
if (problems.length === 0) {
	console.log('No problems found.');
} else {
	console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
	for (const { url: where, problem } of problems) console.log(`- ${where}: ${problem}`);
	process.exitCode = 1;
}
