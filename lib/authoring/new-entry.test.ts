import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseEntry } from '../content/entry';
import { createEntry, parseNewEntryArgs } from './new-entry';

const NOW = Date.UTC(2026, 10, 28, 18, 30); // 2026-11-29 02:30 in Shanghai

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'journal-new-'));
}

describe('npm run new', () => {
  it('reads a title and options', () => {
    assert.deepEqual(parseNewEntryArgs(['今天的日记', '--tags', 'a,b，c', '--category=生活', '--slug', 'today']), {
      ok: true,
      request: { title: '今天的日记', tags: ['a', 'b', 'c'], categories: ['生活'], slug: 'today' },
    });
    assert.equal(parseNewEntryArgs([]).ok, false);
    assert.equal(parseNewEntryArgs(['x', '--tags']).ok, false);
    assert.equal(parseNewEntryArgs(['x', '--nope']).ok, false);
    assert.equal(parseNewEntryArgs(['x', '--slug', '../x']).ok, false);
    for (const bad of ['.hidden', '_private', 'a\u0007b', 'x'.repeat(300), '中'.repeat(80), '!!!']) {
      const r = parseNewEntryArgs(['x', '--slug', bad]);
      assert.equal(r.ok, false, bad);
      assert.ok(!r.ok && r.message.length < 200, 'the message quotes the start of a long slug only');
    }
    assert.equal(parseNewEntryArgs(['x', '--slug', '中'.repeat(60)]).ok, true);
  });

  it('creates a draft named in pinyin, dated today in the site time zone, that the journal reads', () => {
    const dir = tempDir();
    const r = createEntry({ title: '今天的日记', tags: ['生活'], categories: ['日记'], slug: null }, dir, 'Asia/Shanghai', NOW);
    assert.ok(r.ok);
    assert.equal(path.relative(dir, r.file), '2026/jin-tian-de-ri-ji.md');
    const text = fs.readFileSync(r.file, 'utf8');
    assert.match(text, /<!-- more -->/);
    const parsed = parseEntry('2026/jin-tian-de-ri-ji.md', text, 'Asia/Shanghai');
    assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems));
    assert.equal(parsed.entry.title, '今天的日记');
    assert.equal(parsed.entry.date.day, '2026-11-29');
    assert.equal(parsed.entry.draft, true);
    assert.deepEqual(parsed.entry.tags, ['生活']);
    assert.deepEqual(parsed.entry.categories, ['日记']);
  });

  it('uses --slug, falls back to the date, and never overwrites', () => {
    const dir = tempDir();
    const a = createEntry({ title: '标题', tags: [], categories: [], slug: 'my-day' }, dir, 'Asia/Shanghai', NOW);
    assert.ok(a.ok && a.file.endsWith('2026/my-day.md'));
    const parsed = parseEntry('my-day.md', fs.readFileSync(a.ok ? a.file : '', 'utf8'), 'Asia/Shanghai');
    assert.ok(parsed.ok && parsed.entry.slug === 'my-day');
    const again = createEntry({ title: '标题', tags: [], categories: [], slug: 'my-day' }, dir, 'Asia/Shanghai', NOW);
    assert.ok(!again.ok && /already exists/.test(again.message));
    const symbols = createEntry({ title: '？！', tags: [], categories: [], slug: null }, dir, 'Asia/Shanghai', NOW);
    assert.ok(symbols.ok && symbols.file.endsWith('2026/2026-11-29.md'));
    const quoted = createEntry({ title: 'A "quoted": title', tags: ['x: y'], categories: [], slug: null }, dir, 'Asia/Shanghai', NOW);
    assert.ok(quoted.ok);
    const q = parseEntry('q.md', fs.readFileSync(quoted.ok ? quoted.file : '', 'utf8'), 'Asia/Shanghai');
    assert.ok(q.ok && q.entry.title === 'A "quoted": title' && q.entry.tags[0] === 'x: y');
  });
});
