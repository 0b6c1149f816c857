/**
 * npm run lighthouse — Lighthouse 12 (mobile, simulated throttling) on the
 * production build, in Debian's Chromium: the home page, an entry with code
 * and formulas, /archive/ and /search/. On the sample journal by default;
 * with BENCH_LIGHTHOUSE_ENTRIES=1000, on a generated journal of that size.
 * Each page is measured LIGHTHOUSE_RUNS times (3 by default) and the median
 * of each score and of total blocking time is printed and written to
 * test-results/lighthouse.json. The baseline (bench/baseline: the same
 * framework with no features) is measured on the same content, so the
 * figures say what the journal adds to what Next.js costs on this machine.
 * A measurement, not a test. (Lighthouse runs
 * as its own command: it sends functions to the browser, which a TypeScript
 * loader would rewrite.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { serveBuild } from '../scripts/serve-sample';
import { generateJournal } from './generate';
import { ensureBenchTools, median, ROOT } from './measure';
import { ENTRY_SLUG } from './settings';

const PORT = 3270;
const BASELINE_PORT = 3271;
const ENTRIES = Number(process.env.BENCH_LIGHTHOUSE_ENTRIES ?? 0);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const ENTRY_PAGE = ENTRIES > 0 ? `/posts/${ENTRY_SLUG}/` : '/posts/rust-ownership/';
const PAGES = ['/', ENTRY_PAGE, '/archive/', '/search/'];
/** The baseline (bench/baseline) has a home page and entry pages: what the framework alone costs on this machine. */
const BASELINE_PAGES = ['/', ENTRY_PAGE];
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

/** Each page measured RUNS times on a server already started; the median of each figure. Stops the server. */
async function measure(stop: () => void, port: number, pages: readonly string[], app: string): Promise<Record<string, Record<string, number>>> {
  const results: Record<string, Record<string, number>> = {};
  try {
    for (const page of pages) {
      const runs = Array.from({ length: RUNS }, () => lighthouse(`http://127.0.0.1:${port}${page}`));
      const keys = Object.keys(runs[0] ?? {});
      results[page] = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k] ?? 0))]));
      console.log(app, page, JSON.stringify(results[page]), `(median of ${RUNS}; runs: ${runs.map((r) => `${r.performance}/${r.tbtMs} ms`).join(', ')})`);
    }
  } finally {
    stop();
  }
  return results;
}

async function main() {
  ensureBenchTools();
  let contentDir = 'content';
  if (ENTRIES > 0) {
    contentDir = path.join(ROOT, `bench/.work/lighthouse-${ENTRIES}`);
    generateJournal(ENTRIES, contentDir);
    process.env.SITE_SETTINGS = path.join(ROOT, 'e2e/fixtures/site.yml');
  }
  const results = await measure(await serveBuild({ contentDir, distDir: '.next-lighthouse', port: PORT }), PORT, PAGES, 'journal');
  const project = path.join(ROOT, 'bench/baseline');
  const baseline = await measure(await serveBuild({ contentDir: path.resolve(contentDir), distDir: '.next-lighthouse', port: BASELINE_PORT, project }), BASELINE_PORT, BASELINE_PAGES, 'baseline');
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync('test-results/lighthouse.json', `${JSON.stringify({ entries: ENTRIES || 'sample', runs: RUNS, results, baseline }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
