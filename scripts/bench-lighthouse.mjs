// Lighthouse (12.x, mobile profile: simulated slow 4G and 4x CPU) on a list of URLs,
// RUNS times each, rounds interleaved so that a burst of load on the shared machine hits
// every page alike. One headless Chromium (the system one, else Playwright's) for all runs.

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-gpu'];

/**
 * @typedef {{ score: number, fcpMs: number, lcpMs: number, tbtMs: number, cls: number, siMs: number,
 *   domElements: number, loadavg: string, requests: { url: string, resourceType: string, transferSize: number }[] }} LighthouseSample
 */

/** @param {any} lhr @param {string} loadavg @returns {LighthouseSample} */
function sample(lhr, loadavg) {
	const audit = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
	return {
		score: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
		fcpMs: audit('first-contentful-paint'),
		lcpMs: audit('largest-contentful-paint'),
		tbtMs: audit('total-blocking-time'),
		cls: audit('cumulative-layout-shift'),
		siMs: audit('speed-index'),
		domElements: audit('dom-size'),
		loadavg,
		requests: (lhr.audits['network-requests']?.details?.items ?? []).map((/** @type {any} */ item) => ({
			url: item.url,
			resourceType: item.resourceType,
			transferSize: item.transferSize
		}))
	};
}

/**
 * @param {{ name: string, url: string }[]} targets
 * @param {number} runs
 * @param {() => string} loadavg
 * @returns {Promise<{ chrome: string, chromiumVersion: string, results: Record<string, LighthouseSample[]>, lighthouse: string }>}
 */
export async function runLighthouse(targets, runs, loadavg) {
	const chromePath = findChromium() ?? chromium.executablePath();
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
	/** @type {Record<string, LighthouseSample[]>} */
	const results = Object.fromEntries(targets.map((target) => [target.name, []]));
	let version = '';
	let chromiumVersion = '';
	try {
		for (let run = 0; run < runs; run++) {
			for (const target of targets) {
				const before = loadavg();
				const result = await lighthouse(target.url, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance']
				});
				const lhr = result?.lhr;
				if (!lhr) throw new Error(`Lighthouse returned nothing for ${target.url}`);
				if (lhr.runtimeError) throw new Error(`Lighthouse on ${target.url}: ${lhr.runtimeError.message}`);
				version = lhr.lighthouseVersion;
				chromiumVersion = lhr.environment?.hostUserAgent?.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? '';
				results[target.name]?.push(sample(lhr, before));
				process.stdout.write('.');
			}
		}
	} finally {
		await chrome.kill();
	}
	process.stdout.write('\n');
	return { chrome: chromePath, chromiumVersion, results, lighthouse: version };
}
