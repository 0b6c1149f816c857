/**
 * Median wall time of `next build` over several runs, for the sample
 * journal and generated ones.
 *
 *   npx tsx bench/build-time.ts [runs=3] [sizes=1000] [--plain] [--no-sample]
 *
 * --plain adds, for each size, the same journal without code and formulas.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateJournal } from './generate';
import { median, timedBuild } from './measure';

const runs = Number(process.argv[2] ?? 3);
const sizes = (process.argv[3] ?? '1000').split(',').map(Number);

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

async function main() {
  for (const [label, dir] of journals) {
    const times: number[] = [];
    let pages = 0;
    for (let i = 0; i < runs; i++) {
      const r = await timedBuild('', '.next-bench', { CONTENT_DIR: dir });
      times.push(r.seconds);
      pages = r.pages;
    }
    console.log(`${label}: median ${median(times).toFixed(1)} s over ${runs} builds (${times.map((t) => t.toFixed(1)).join(', ')}), ${pages} pages`);
  }
  fs.rmSync('.next-bench', { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
