/**
 * Search index size and query time on generated journals.
 *
 *   npx tsx bench/search.ts [sizes=1000,5000]
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import MiniSearch from 'minisearch';
import { parseEntry, type Entry } from '../lib/content/entry';
import { buildJournal } from '../lib/content/journal';
import { listEntryFiles } from '../lib/content/entry-files';
import { searchIndexJson } from '../lib/search/build';
import { INDEX_OPTIONS, SEARCH_OPTIONS, type SearchDocument } from '../lib/search/options';
import { generateJournal } from './generate';
import { median } from './measure';

const sizes = (process.argv[2] ?? '1000,5000').split(',').map(Number);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

for (const n of sizes) {
  const dir = path.resolve(`bench/journals/${n}`);
  generateJournal(n, dir);
  const entries: Entry[] = [];
  let text = '';
  for (const f of listEntryFiles(dir)) {
    const raw = fs.readFileSync(f.absolute, 'utf8');
    const r = parseEntry(f.file, raw, 'Asia/Shanghai');
    if (r.ok) entries.push(r.entry);
    text += raw;
  }
  const journal = buildJournal(entries, [], { preview: false }, Date.now());
  const started = performance.now();
  const json = searchIndexJson(journal);
  const buildMs = performance.now() - started;
  const textBytes = Buffer.byteLength(text);
  const jsonBytes = Buffer.byteLength(json);
  const textGzip = zlib.gzipSync(text).length;
  const indexGzip = zlib.gzipSync(json).length;
  const loads: number[] = [];
  let index: MiniSearch<SearchDocument> | null = null;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    index = MiniSearch.loadJSON<SearchDocument>(json, INDEX_OPTIONS);
    loads.push(performance.now() - t);
  }
  const queries = ['面试', '收获', '分布式一致性', 'gradient descent', 'ML 面试', '火星', '面'];
  const firsts: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    index?.search(q, SEARCH_OPTIONS);
    firsts.push(performance.now() - t);
  }
  console.log(
    `${n} entries (${journal.entries.length} published): journal text ${kb(textBytes)} (gzip ${kb(textGzip)}); ` +
      `index ${kb(jsonBytes)} (gzip ${kb(indexGzip)}) = ${((indexGzip / textBytes) * 100).toFixed(0)}% of the text, ` +
      `${((indexGzip / textGzip) * 100).toFixed(0)}% of the gzipped text; built in ${buildMs.toFixed(0)} ms; ` +
      `load median ${median(loads).toFixed(0)} ms; query median ${median(firsts).toFixed(1)} ms, max ${Math.max(...firsts).toFixed(1)} ms`,
  );
}
