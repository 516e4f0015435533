import { chromium } from '@playwright/test';
import { startServer } from './scripts/serve.mjs';
const { url, close } = await startServer({ port: 0, root: 'build', base: '' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
const sizes = (process.argv[2] ?? '375x812,740x360,1280x800').split(',');
const only = process.argv[3];
for (const size of sizes) {
  const [width, height] = size.split('x').map(Number);
  const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
  await page.goto(url + '/', { waitUntil: 'networkidle' });
  const charts = await page.$$eval('figure[data-chart]', (fs) => fs.map((f) => f.getAttribute('data-chart')));
  for (const chart of charts) {
    if (only && !only.split('+').includes(chart)) continue;
    const fig = page.locator(`figure[data-chart="${chart}"]`);
    const states = await fig.locator('li[data-state]').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-state')));
    for (const state of states) {
      await fig.locator(`li[data-state="${state}"]`).first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.waitForFunction(([c, s]) => document.querySelector(`figure[data-chart="${c}"]`)?.getAttribute('data-active-state') === s, [chart, state], { timeout: 5000 }).catch(() => {});
      await page.waitForTimeout(150);
      await fig.locator('.chart-area').screenshot({ path: `screenshots/${size}-${chart}-${state}.png` });
    }
  }
  await page.close();
}
await browser.close(); await close();
