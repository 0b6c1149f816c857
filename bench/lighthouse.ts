/**
 * npm run lighthouse — Lighthouse 12 (mobile, simulated throttling) on the
 * production build, in Debian's Chromium: the home page, an entry with code
 * and formulas, /archive/ and /search/. On the sample journal by default;
 * with BENCH_LIGHTHOUSE_ENTRIES=1000, on a generated journal of that size.
 * Each page is measured LIGHTHOUSE_RUNS times (3 by default) and the median
 * of each score and of total blocking time is printed and written to
 * test-results/lighthouse.json. A measurement, not a test. (Lighthouse runs
 * as its own command: it sends functions to the browser, which a TypeScript
 * loader would rewrite.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { serveBuild } from '../scripts/serve-sample';
import { generateJournal } from './generate';
import { median, ROOT } from './measure';
import { ENTRY_SLUG } from './settings';

const PORT = 3270;
const ENTRIES = Number(process.env.BENCH_LIGHTHOUSE_ENTRIES ?? 0);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PAGES = ['/', ENTRIES > 0 ? `/posts/${ENTRY_SLUG}/` : '/posts/rust-ownership/', '/archive/', '/search/'];
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ');

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

function isReport(value: unknown): value is Report {
  return typeof value === 'object' && value !== null && 'categories' in value && 'audits' in value;
}

function lighthouse(url: string): Record<string, number> {
  const run = spawnSync(
    'npx',
    ['lighthouse', url, '--output=json', '--output-path=stdout', '--quiet', '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=${CHROME_FLAGS}`],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`lighthouse failed on ${url}:\n${run.stderr}`);
  const report: unknown = JSON.parse(run.stdout);
  if (!isReport(report)) throw new Error('lighthouse wrote no report');
  const scores = Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
  return { ...scores, tbtMs: Math.round(report.audits['total-blocking-time']?.numericValue ?? 0) };
}

async function main() {
  let contentDir = 'content';
  if (ENTRIES > 0) {
    contentDir = path.join(ROOT, `bench/.work/lighthouse-${ENTRIES}`);
    generateJournal(ENTRIES, contentDir);
    process.env.SITE_SETTINGS = path.join(ROOT, 'e2e/fixtures/site.yml');
  }
  const stop = await serveBuild({ contentDir, distDir: '.next-lighthouse', port: PORT });
  const results: Record<string, Record<string, number>> = {};
  try {
    for (const page of PAGES) {
      const runs = Array.from({ length: RUNS }, () => lighthouse(`http://127.0.0.1:${PORT}${page}`));
      const keys = Object.keys(runs[0] ?? {});
      results[page] = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k] ?? 0))]));
      console.log(page, JSON.stringify(results[page]), `(median of ${RUNS})`);
    }
  } finally {
    stop();
  }
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync('test-results/lighthouse.json', `${JSON.stringify({ entries: ENTRIES || 'sample', runs: RUNS, results }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
