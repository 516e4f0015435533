// Locates a Chromium to drive with Playwright, shared by playwright.config.ts,
// scripts/run-e2e.mjs and scripts/bench.mjs.
//
// A system Chromium (or Chrome) is preferred because Playwright's own browser
// download is not always possible (CI machines without access to the Playwright
// CDN). When none is found, callers fall back to Playwright's bundled Chromium,
// which `npx playwright install chromium` provides.

import { existsSync } from 'node:fs';

/** Well-known install locations, in order of preference. */
export const CHROMIUM_CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium'
];

/**
 * Path of a system Chromium, or undefined when there is none (use Playwright's own).
 * CHROMIUM_PATH wins when set; it is an error for it to point at nothing.
 * @returns {string | undefined}
 */
export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) {
			throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file exists there`);
		}
		return fromEnv;
	}
	return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
}

/** True when this process runs as root (Chromium then refuses to start without --no-sandbox). */
export function isRoot() {
	return process.getuid?.() === 0;
}

/**
 * Command-line flags for a system Chromium: quiet (no background traffic, which
 * would also show up as third-party requests) and runnable as root in a container.
 * @returns {string[]}
 */
export function chromiumArgs() {
	return [
		...(isRoot() ? ['--no-sandbox'] : []),
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--disable-gpu'
	];
}

/**
 * Options for `chromium.launch()` (also usable as Playwright config `use` options):
 * the system Chromium when there is one, otherwise Playwright's own `chromium` channel.
 * @returns {{ executablePath: string, args: string[] } | { channel: 'chromium' }}
 */
export function chromiumLaunchOptions() {
	const executablePath = findChromium();
	return executablePath ? { executablePath, args: chromiumArgs() } : { channel: 'chromium' };
}
