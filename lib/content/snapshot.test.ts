import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { decodeEntry, parseEntry } from './entry';
import { EntryCache, listEntryFiles, parseStats } from './entry-files';
import { readSnapshot, snapshotDir, snapshotFile, writeSnapshot } from './snapshot';

const TEXT = `---
title: 失败的ML面试
date: 2022-12-27T21:30:00+01:00
updated: 2023-01-02
description: 一次面试
categories: study
tags: [tech, TUM]
publish: false
---
开头。
<!-- more -->
## 流程
`;

function parsed() {
  const result = parseEntry('2022/ml.md', TEXT, 'Asia/Shanghai');
  assert.ok(result.ok);
  return result.entry;
}

describe('preview snapshot', () => {
  it('turns an entry written as JSON back into the same entry', () => {
    const entry = parsed();
    assert.deepEqual(decodeEntry(JSON.parse(JSON.stringify(entry))), entry);
  });

  it('refuses anything that is not an entry', () => {
    const good = JSON.parse(JSON.stringify(parsed()));
    for (const bad of [null, [], 'x', { ...good, title: 1 }, { ...good, tags: 'tech' }, { ...good, date: { day: '2022-12-27' } }, { ...good, draft: 'no' }, { ...good, updated: undefined }]) {
      assert.equal(decodeEntry(bad), undefined, JSON.stringify(bad).slice(0, 80));
    }
  });

  it('lets another process skip unchanged files and parse changed ones', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-snapshot-'));
    fs.writeFileSync(path.join(dir, 'a.md'), TEXT);
    fs.writeFileSync(path.join(dir, 'b.md'), TEXT.replace('2022/ml', 'b'));
    const writer = new EntryCache({ timeZone: 'Asia/Shanghai', categoryLists: 'separate', parseLog: undefined });
    writer.read(listEntryFiles(dir));
    const file = snapshotFile(dir, process.pid);
    writeSnapshot(file, writer.records());

    const reader = new EntryCache({ timeZone: 'Asia/Shanghai', categoryLists: 'separate', parseLog: undefined });
    reader.seed(readSnapshot(file));
    const before = parseStats.parsed;
    assert.equal(reader.read(listEntryFiles(dir)).filter((r) => r.ok).length, 2);
    assert.equal(parseStats.parsed - before, 0);

    fs.writeFileSync(path.join(dir, 'b.md'), TEXT.replace('失败的ML面试', '改过的标题'));
    const results = reader.read(listEntryFiles(dir));
    assert.equal(parseStats.parsed - before, 1);
    assert.deepEqual(results.map((r) => (r.ok ? r.entry.title : '')).sort(), ['失败的ML面试', '改过的标题']);
  });

  it('reads nothing from a missing, broken or foreign file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-snapshot-'));
    assert.deepEqual(readSnapshot(path.join(dir, 'none.json')), []);
    fs.writeFileSync(path.join(dir, 'broken.json'), '{"format":1,"records":[');
    assert.deepEqual(readSnapshot(path.join(dir, 'broken.json')), []);
    fs.writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ format: 99, records: [] }));
    assert.deepEqual(readSnapshot(path.join(dir, 'other.json')), []);
  });

  it('keeps snapshots in a folder only this user can open, files 0600, never written through a planted link', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-snapshot-'));
    fs.writeFileSync(path.join(dir, 'a.md'), TEXT);
    const cache = new EntryCache({ timeZone: 'Asia/Shanghai', categoryLists: 'separate', parseLog: undefined });
    cache.read(listEntryFiles(dir));
    const file = snapshotFile(dir, process.pid);
    assert.ok(file !== undefined);
    assert.equal(path.dirname(file), snapshotDir());
    assert.ok(!file.startsWith(path.join(os.tmpdir(), 'journal-preview-') + String(process.pid)), 'not a predictable name in the shared temp folder');
    assert.equal(fs.statSync(path.dirname(file)).mode & 0o777, 0o700);

    // Another user's planted link at the snapshot's name is replaced, and the file it points at is left alone.
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'keep me');
    fs.rmSync(file, { force: true });
    fs.symlinkSync(victim, file);
    assert.deepEqual(readSnapshot(file), [], 'a link is never read');
    writeSnapshot(file, cache.records());
    assert.equal(fs.readFileSync(victim, 'utf8'), 'keep me');
    assert.equal(fs.lstatSync(file).isSymbolicLink(), false);
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    assert.equal(readSnapshot(file).length, 1);
  });

  it('has no snapshot when its folder is open to others', () => {
    const folder = snapshotDir();
    assert.ok(folder !== undefined);
    fs.chmodSync(folder, 0o755);
    try {
      assert.equal(snapshotDir(), undefined);
      assert.equal(snapshotFile('/x', 1), undefined);
    } finally {
      fs.chmodSync(folder, 0o700);
    }
  });
});
