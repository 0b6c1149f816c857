import assert from 'node:assert/strict';
import { parseEntry, type Entry } from '../lib/content/entry';

/** An entry from front matter lines, for tests: it must parse. */
export function testEntry(file: string, front: string): Entry {
  const r = parseEntry(file, `---\n${front}\n---\nBody of ${file}.\n`, 'Asia/Shanghai');
  assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
  return r.entry;
}
