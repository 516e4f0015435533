import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

// End-to-end tests run against the BUILT site (`npm run build` first; `npm test`
// and `npm run test:e2e` take care of that), served by scripts/serve.mjs the way
// a static host would serve it, including BASE_PATH when the build used one.

const CI = !!process.env.CI;

// The test server listens on E2E_PORT when it is set, otherwise on a free port picked here
// once; the choice goes into the environment, which the test workers inherit, so that they
// (which load this file again) use the same one. It never reuses a server it did not start:
// if the port has been taken, the run stops with an error instead of testing someone else's.
if (!process.env.E2E_PORT) {
	process.env.E2E_PORT = execFileSync(process.execPath, [
		'-e',
		"const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); })"
	]).toString();
}
const port = Number(process.env.E2E_PORT);
const base = (process.env.BASE_PATH ?? '').trim().replace(/\/+$/, '');
const origin = `http://127.0.0.1:${port}`;

// System Chromium when there is one (CHROMIUM_PATH, /usr/bin/chromium, ...),
// otherwise Playwright's own Chromium (`npx playwright install chromium`).
const browser = chromiumLaunchOptions();
const browserUse =
	'executablePath' in browser
		? { launchOptions: { executablePath: browser.executablePath, args: browser.args } }
		: { channel: browser.channel };

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: CI,
	retries: CI ? 1 : 0,
	workers: 2,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `${origin}${base}/`,
		browserName: 'chromium',
		trace: 'on-first-retry',
		...browserUse
	},
	// Two profiles. A test that only one of them needs says so with a tag ('@desktop' or
	// '@phone'), and files that set their own viewports run on the desktop profile alone: the
	// other profile then does not list them at all, instead of starting a browser to skip them.
	projects: [
		{
			name: 'desktop',
			grepInvert: /@phone\b/,
			use: {
				viewport: { width: 1280, height: 800 },
				deviceScaleFactor: 1,
				isMobile: false,
				hasTouch: false
			}
		},
		{
			name: 'phone',
			grepInvert: /@desktop\b/,
			testIgnore: ['csp.spec.ts', 'embeds/**', 'chart-contrast.spec.ts', 'chart-legibility.spec.ts'],
			use: {
				userAgent: devices['Pixel 7'].userAgent,
				viewport: { width: 375, height: 812 },
				isMobile: true,
				hasTouch: true,
				deviceScaleFactor: 2
			}
		}
	],
	webServer: {
		command: 'node scripts/serve.mjs',
		port,
		env: {
			PORT: String(port),
			BUILD_DIR: process.env.BUILD_DIR ?? 'build',
			BASE_PATH: base
		},
		reuseExistingServer: false,
		timeout: 30_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
