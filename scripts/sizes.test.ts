import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

/** No source file and no stylesheet of the journal grows past this many lines: past it, a file holds more than one concept. */
const MAX_LINES = 400;
const ROOT = path.resolve(import.meta.dirname, '..');

function files(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((item) => {
    const rel = `${dir}/${item.name}`;
    if (item.isDirectory()) return files(rel);
    return /\.(?:ts|tsx|mts|mjs|css)$/.test(item.name) ? [rel] : [];
  });
}

describe('file sizes', () => {
  it(`keeps every file of app/, components/, lib/ and scripts/ at ${MAX_LINES} lines or fewer`, () => {
    const all = ['app', 'components', 'lib', 'scripts'].flatMap(files);
    assert.ok(all.length > 100, `only ${all.length} files found`);
    const long = all
      .map((f) => ({ f, lines: fs.readFileSync(path.join(ROOT, f), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ f, lines }) => `${f}: ${lines}`);
    assert.deepEqual(long, []);
  });
});
