/**
 * npm run bench:weight — what a cold visit on a phone costs: requests and
 * bytes on the wire (headers and compressed bodies) for the home page, the
 * tag index and a tag page of a generated journal of 1,000 entries
 * (BENCH_WEIGHT_ENTRIES), in Debian's Chromium at 390×844, counted until
 * the network has been quiet for 2 s (prefetches included), and the page's
 * HTML as served, uncompressed. Prints a table and writes
 * test-results/page-weight.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { serveBuild } from '../scripts/serve-sample';
import { generateJournal } from './generate';
import { ROOT } from './measure';
import { TAG } from './settings';

const PORT = 3275;
const ENTRIES = Number(process.env.BENCH_WEIGHT_ENTRIES ?? 1000);
const PAGES = ['/', '/tags/', `/tags/${encodeURIComponent(TAG)}/`, '/archive/'];

async function main() {
  const dir = path.join(ROOT, `bench/.work/weight-${ENTRIES}`);
  generateJournal(ENTRIES, dir);
  process.env.SITE_SETTINGS = path.join(ROOT, 'e2e/fixtures/site.yml');
  const stop = await serveBuild({ contentDir: dir, distDir: '.next-weight', port: PORT });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  const results: Record<string, { requests: number; kb: number; htmlKb: number }> = {};
  let htmlBytes = 0;
  try {
    for (const page of PAGES) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
      const tab = await context.newPage();
      const sizes: Promise<{ total: number; document: boolean }>[] = [];
      tab.on('requestfinished', (request) => {
        sizes.push(request.sizes().then((s) => ({ total: s.responseHeadersSize + s.responseBodySize, document: request.resourceType() === 'document' })));
      });
      const response = await tab.goto(`http://127.0.0.1:${PORT}${page}`, { waitUntil: 'networkidle' });
      htmlBytes = (await response?.body())?.length ?? 0;
      await tab.waitForTimeout(2000);
      const done = await Promise.all(sizes);
      const bytes = done.reduce((sum, s) => sum + s.total, 0);
      const html = done.filter((s) => s.document).reduce((sum, s) => sum + s.total, 0);
      results[page] = { requests: done.length, kb: Math.round(bytes / 1024), htmlKb: Math.round(htmlBytes / 1024) };
      console.log(`${decodeURIComponent(page).padEnd(16)} ${String(done.length).padStart(4)} requests ${String(results[page].kb).padStart(6)} KB on the wire; HTML ${results[page].htmlKb} KB (${Math.round(html / 1024)} KB compressed)`);
      await context.close();
    }
  } finally {
    await browser.close();
    stop();
  }
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync('test-results/page-weight.json', `${JSON.stringify({ entries: ENTRIES, results }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
