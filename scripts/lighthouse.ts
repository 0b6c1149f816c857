/**
 * npm run lighthouse — Lighthouse 12 scores of the home page and an entry
 * of the production build of the sample journal, in Debian's Chromium.
 * A measurement, not a test: prints the four scores and writes
 * test-results/lighthouse.json.
 */
import fs from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveBuild } from './serve-sample';

const PORT = 3270;
const PAGES = ['/', '/posts/rust-ownership/'];

async function main() {
  const stop = await serveBuild({ contentDir: 'content', distDir: '.next-lighthouse', port: PORT });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results: Record<string, Record<string, number>> = {};
  try {
    for (const path of PAGES) {
      const run = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = run?.lhr.categories ?? {};
      results[path] = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
      console.log(path, results[path]);
    }
  } finally {
    await chrome.kill();
    stop();
  }
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync('test-results/lighthouse.json', `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
