/**
 * npm run lighthouse — Lighthouse 12 scores of the home page and an entry
 * of the production build of the sample journal, in Debian's Chromium.
 * A measurement, not a test: prints the four scores and writes
 * test-results/lighthouse.json. (Lighthouse runs as its own command: it
 * sends functions to the browser, which a TypeScript loader would rewrite.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { serveBuild } from '../scripts/serve-sample';

const PORT = 3270;
const PAGES = ['/', '/posts/rust-ownership/'];
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ');

async function main() {
  const stop = await serveBuild({ contentDir: 'content', distDir: '.next-lighthouse', port: PORT });
  const results: Record<string, Record<string, number>> = {};
  try {
    for (const path of PAGES) {
      const run = spawnSync(
        'npx',
        [
          'lighthouse',
          `http://127.0.0.1:${PORT}${path}`,
          '--output=json',
          '--output-path=stdout',
          '--quiet',
          '--only-categories=performance,accessibility,best-practices,seo',
          `--chrome-flags=${CHROME_FLAGS}`,
        ],
        { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      if (run.status !== 0) throw new Error(`lighthouse failed on ${path}:\n${run.stderr}`);
      const report = JSON.parse(run.stdout) as { categories: Record<string, { score: number | null }> };
      results[path] = Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
      console.log(path, results[path]);
    }
  } finally {
    stop();
  }
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync('test-results/lighthouse.json', `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
