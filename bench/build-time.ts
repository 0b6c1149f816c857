/**
 * Median wall time of `next build` over several runs, for the sample
 * journal and generated ones.
 *
 *   npx tsx bench/build-time.ts [runs=3] [sizes=1000] [--plain] [--no-sample]
 *
 * --plain adds, for each size, the same journal without code and formulas.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generateJournal } from './generate';

const runs = Number(process.argv[2] ?? 3);
const sizes = (process.argv[3] ?? '1000').split(',').map(Number);

function timeBuild(contentDir: string): { seconds: number; pages: number } {
  const dist = '.next-bench';
  fs.rmSync(dist, { recursive: true, force: true });
  const started = performance.now();
  const build = spawnSync('npx', ['next', 'build'], {
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
  const pages = Number(/Generating static pages.*\((\d+)\/\d+\)/.exec(build.stdout.split('\n').reverse().join('\n'))?.[1] ?? 0);
  fs.rmSync(dist, { recursive: true, force: true });
  return { seconds, pages };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const journals: [string, string][] = process.argv.includes('--no-sample') ? [] : [['sample (content/)', 'content']];
for (const n of sizes) {
  const dir = path.resolve(`bench/journals/${n}`);
  generateJournal(n, dir);
  journals.push([`generated ${n} (with code and math)`, dir]);
  if (process.argv.includes('--plain')) {
    const plainDir = path.resolve(`bench/journals/${n}-plain`);
    generateJournal(n, plainDir, { rich: false });
    journals.push([`generated ${n} (plain text)`, plainDir]);
  }
}
for (const [label, dir] of journals) {
  const times: number[] = [];
  let pages = 0;
  for (let i = 0; i < runs; i++) {
    const r = timeBuild(dir);
    times.push(r.seconds);
    pages = r.pages;
  }
  console.log(`${label}: median ${median(times).toFixed(1)} s over ${runs} builds (${times.map((t) => t.toFixed(1)).join(', ')}), ${pages} pages`);
}
