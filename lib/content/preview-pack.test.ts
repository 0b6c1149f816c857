import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BuildCache, cacheKey } from './build-cache';
import { decodeEntry, parseEntry } from './entry';
import { EntryCache, listEntryFiles, parseStats } from './entry-files';

/** The preview's pack of parsed entries: what a restarted server, and the processes it starts, read back instead of parsing. */

const TEXT = `---
title: 失败的ML面试
date: 2022-12-27T21:30:00+01:00
updated: 2023-01-02
description: 一次面试
categories: study
tags: [tech, TUM]
slug: ml 面试
publish: false
---
开头。
<!-- more -->
## 流程
`;

function parsed() {
  const result = parseEntry('2022/ml.md', TEXT, 'Asia/Shanghai');
  assert.ok(result.ok);
  return result;
}

function folder(): { content: string; cache: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-pack-'));
  const content = path.join(dir, 'content');
  fs.mkdirSync(content);
  fs.writeFileSync(path.join(content, 'a.md'), TEXT);
  fs.writeFileSync(path.join(content, 'b.md'), TEXT.replace('ml 面试', 'b'));
  return { content, cache: path.join(dir, 'cache') };
}

const previewCache = (cache: string) =>
  new EntryCache({ timeZone: 'Asia/Shanghai', categoryLists: 'separate', parseLog: undefined, disk: new BuildCache({ dir: cache, version: 'v1' }, () => {}), preview: true });

/** The pack as a server with this process's parent pid wrote it: what a process the server started finds. */
function asParentsPack(cache: string): void {
  const file = path.join(cache, 'v1', 'entries.json');
  const data: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.ok(typeof data === 'object' && data !== null);
  fs.writeFileSync(file, JSON.stringify({ ...data, writer: process.ppid }));
}

describe('preview pack', () => {
  it('turns an entry written as JSON back into the same entry', () => {
    const { entry } = parsed();
    assert.deepEqual(decodeEntry(JSON.parse(JSON.stringify(entry))), entry);
    assert.ok(Object.isFrozen(decodeEntry(JSON.parse(JSON.stringify(entry)))));
  });

  it('refuses anything that is not an entry', () => {
    const good = JSON.parse(JSON.stringify(parsed().entry));
    for (const bad of [null, [], 'x', { ...good, title: 1 }, { ...good, tags: 'tech' }, { ...good, date: { day: '2022-12-27' } }, { ...good, draft: 'no' }, { ...good, updated: undefined }, { ...good, bodyLine: 0 }, { ...good, slug: '' }]) {
      assert.equal(decodeEntry(bad), undefined, JSON.stringify(bad).slice(0, 80));
    }
  });

  it('lets a restarted server and the processes it starts skip unchanged files, keeping their notes, and parse changed ones', () => {
    const { content, cache } = folder();
    const server = previewCache(cache);
    const first = server.read(listEntryFiles(content));
    assert.equal(first.filter((r) => r.ok).length, 2);
    server.keep(first.flatMap((r) => (r.ok ? [r.entry] : [])), () => '');
    assert.ok(!server.isServersChild());
    asParentsPack(cache);

    const child = previewCache(cache);
    const before = parseStats.parsed;
    const again = child.read(listEntryFiles(content));
    assert.equal(parseStats.parsed - before, 0, 'nothing parsed again');
    assert.ok(child.isServersChild(), 'it knows the pack is its parent\'s');
    const notes = (rs: typeof again) => rs.flatMap((r) => (r.ok ? r.notes.map((n) => `${n.file}: ${n.field}`) : [])).sort();
    assert.deepEqual(notes(again), notes(first), 'the notes come back with the entries');
    assert.ok(notes(first).includes('a.md: slug'));

    fs.writeFileSync(path.join(content, 'b.md'), TEXT.replace('失败的ML面试', '改过的标题'));
    const edited = child.read(listEntryFiles(content));
    assert.equal(parseStats.parsed - before, 1, 'only the changed file');
    assert.deepEqual(edited.map((r) => (r.ok ? r.entry.title : '')).sort(), ['失败的ML面试', '改过的标题']);
  });

  it('a process the server started never rewrites the server\'s pack', () => {
    const { content, cache } = folder();
    const server = previewCache(cache);
    server.keep(server.read(listEntryFiles(content)).flatMap((r) => (r.ok ? [r.entry] : [])), () => '');
    asParentsPack(cache);
    const file = path.join(cache, 'v1', 'entries.json');
    const written = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(path.join(content, 'c.md'), TEXT.replace('ml 面试', 'c'));
    const child = previewCache(cache);
    child.keep(child.read(listEntryFiles(content)).flatMap((r) => (r.ok ? [r.entry] : [])), () => '');
    assert.equal(fs.readFileSync(file, 'utf8'), written);
  });

  it('reads nothing from a pack that is broken or holds something other than entries, and parses instead', () => {
    const { content, cache } = folder();
    fs.mkdirSync(path.join(cache, 'v1'), { recursive: true, mode: 0o700 });
    fs.chmodSync(cache, 0o700);
    const key = cacheKey('a.md', TEXT);
    for (const text of ['{"pack":"entries","records":[', JSON.stringify({ pack: 'entries', writer: 1, records: { [key]: { title: '伪造' } } }), JSON.stringify({ pack: 'other', writer: 1, records: {} })]) {
      fs.writeFileSync(path.join(cache, 'v1', 'entries.json'), text, { mode: 0o600 });
      const before = parseStats.parsed;
      const results = previewCache(cache).read(listEntryFiles(content));
      assert.equal(parseStats.parsed - before, 2, text.slice(0, 40));
      assert.deepEqual(results.map((r) => (r.ok ? r.entry.title : '')), ['失败的ML面试', '失败的ML面试']);
    }
  });
});
