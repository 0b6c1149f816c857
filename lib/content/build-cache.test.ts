import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cacheFolder } from '../site/site';
import { BuildCache, cacheKey, cacheVersion, cachedDerived, decodeText, keepDerived } from './build-cache';
import { EntryCache, listEntryFiles, mediaSignature, parseStats } from './entry-files';

const ENTRY = (title: string, extra = '') => `---\ntitle: ${title}\ndate: 2022-12-27\ntags: [tech]\n${extra}---\n正文，${title}。\n`;

function temp(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

function cacheIn(dir: string, version = 'a1', warnings: string[] = []) {
  return new BuildCache({ dir: path.join(dir, 'cache'), version }, (m) => warnings.push(m));
}

const ok = (r: { ok: boolean }) => r.ok;

describe('build cache', () => {
  it('reads back what it wrote, and nothing of another version', () => {
    const dir = temp('journal-cache-');
    const cache = cacheIn(dir);
    assert.ok(cache.enabled);
    const key = cacheKey('a.md', 'bytes');
    cache.write('excerpt', key, '<p>摘要</p>');
    assert.equal(cache.read('excerpt', key, decodeText), '<p>摘要</p>');
    assert.equal(cacheIn(dir, 'b2').read('excerpt', key, decodeText), undefined);
    const mode = fs.statSync(path.join(dir, 'cache', 'a1', 'excerpt', `${key}.json`)).mode & 0o777;
    assert.equal(mode, 0o600, 'records are readable by their owner only');
  });

  it('discards a truncated or malformed record with a warning naming it, and makes it again', () => {
    const dir = temp('journal-cache-');
    const warnings: string[] = [];
    const cache = cacheIn(dir, 'a1', warnings);
    const key = cacheKey('a.md', 'bytes');
    cache.write('excerpt', key, '<p>摘要</p>');
    const file = path.join(dir, 'cache', 'a1', 'excerpt', `${key}.json`);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.slice(0, text.length - 5));
    assert.equal(cache.read('excerpt', key, decodeText), undefined);
    assert.equal(fs.existsSync(file), false, 'the broken record is removed');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', new RegExp(`${key}\\.json is truncated or corrupt`));

    fs.writeFileSync(file, JSON.stringify({ key, value: 42 }));
    assert.equal(cache.read('excerpt', key, decodeText), undefined, 'a record of the wrong shape is refused');
    fs.writeFileSync(file, JSON.stringify({ key: cacheKey('other'), value: 'x' }));
    assert.equal(cache.read('excerpt', key, decodeText), undefined, 'a record under another key is refused');
    assert.equal(cache.stats.discarded, 3);

    cache.write('excerpt', key, '<p>又一个</p>');
    assert.equal(cache.read('excerpt', key, decodeText), '<p>又一个</p>');
  });

  it('stops naming broken records after a few, but still discards them', () => {
    const dir = temp('journal-cache-');
    const warnings: string[] = [];
    const cache = cacheIn(dir, 'a1', warnings);
    for (let i = 0; i < 6; i++) {
      const key = cacheKey(String(i));
      cache.write('text', key, 'x');
      fs.writeFileSync(path.join(dir, 'cache', 'a1', 'text', `${key}.json`), '{');
      assert.equal(cache.read('text', key, decodeText), undefined);
    }
    assert.equal(warnings.length, 4);
    assert.match(warnings[3] ?? '', /More cache files/);
    assert.equal(cache.stats.discarded, 6);
  });

  it('is not used through a link, nor in a folder others can read', () => {
    const dir = temp('journal-cache-');
    const elsewhere = temp('journal-cache-target-');
    fs.symlinkSync(elsewhere, path.join(dir, 'cache'));
    const linked = cacheIn(dir);
    assert.equal(linked.enabled, false);
    linked.write('text', cacheKey('a'), 'x');
    assert.deepEqual(fs.readdirSync(elsewhere), []);

    const open = temp('journal-cache-');
    fs.mkdirSync(path.join(open, 'cache'), { mode: 0o755 });
    fs.chmodSync(path.join(open, 'cache'), 0o755);
    assert.equal(cacheIn(open).enabled, false);
  });

  it('keeps the current version and the two used last', () => {
    const dir = temp('journal-cache-');
    for (const [i, v] of ['v1', 'v2', 'v3', 'v4'].entries()) {
      cacheIn(dir, v);
      const when = new Date(Date.UTC(2026, 0, 1 + i));
      fs.utimesSync(path.join(dir, 'cache', v), when, when);
    }
    cacheIn(dir, 'v5');
    assert.deepEqual(fs.readdirSync(path.join(dir, 'cache')).sort(), ['v3', 'v4', 'v5']);
  });
});

describe('entries through the build cache', () => {
  const context = (disk: BuildCache, preview = true) => ({ timeZone: 'Asia/Shanghai', categoryLists: 'separate' as const, parseLog: undefined, disk, preview });

  it('parses a file once across runs in the preview, and again after it changes', () => {
    const dir = temp('journal-cache-');
    const content = path.join(dir, 'content');
    fs.mkdirSync(content);
    fs.writeFileSync(path.join(content, 'a.md'), ENTRY('甲'));
    fs.writeFileSync(path.join(content, 'b.md'), ENTRY('乙'));

    const first = new EntryCache(context(cacheIn(dir)));
    const before = parseStats.parsed;
    const results = first.read(listEntryFiles(content));
    first.keep(results.flatMap((r) => (r.ok ? [r.entry] : [])), () => '');
    assert.equal(parseStats.parsed - before, 2);

    // The next run: a fresh process, the same folder.
    const second = new EntryCache(context(cacheIn(dir)));
    const cachedBefore = parseStats.cached;
    const again = second.read(listEntryFiles(content));
    assert.equal(parseStats.parsed - before, 2, 'nothing parsed again');
    assert.equal(parseStats.cached - cachedBefore, 2);
    assert.deepEqual(again, results.map((r) => (r.ok ? { ...r, notes: [] } : r)));

    fs.writeFileSync(path.join(content, 'b.md'), ENTRY('乙改'));
    const third = new EntryCache(context(cacheIn(dir)));
    const edited = third.read(listEntryFiles(content)).filter(ok);
    assert.equal(parseStats.parsed - before, 3, 'only the edited file is parsed');
    assert.ok(edited.some((r) => r.ok && r.entry.title === '乙改'));
  });

  it('a published build decides from the files: a forged pack saying "not a draft" publishes nothing', () => {
    const dir = temp('journal-cache-');
    const content = path.join(dir, 'content');
    fs.mkdirSync(content);
    fs.writeFileSync(path.join(content, 'secret.md'), ENTRY('草稿', 'publish: false\n'));
    const raw = fs.readFileSync(path.join(content, 'secret.md'), 'utf8');
    const forged = new EntryCache(context(cacheIn(dir)));
    const [parsed] = forged.read(listEntryFiles(content));
    assert.ok(parsed?.ok);
    // What an attacker with write access to a restored cache would write: the draft, marked published.
    cacheIn(dir).writePack('entries', new Map([[cacheKey('secret.md', raw), { ...parsed.entry, draft: false }]]));
    const before = parseStats.parsed;
    const [again] = new EntryCache(context(cacheIn(dir), false)).read(listEntryFiles(content));
    assert.equal(parseStats.parsed - before, 1, 'parsed from its file');
    assert.ok(again?.ok && again.entry.draft, 'still a draft');
  });

  it('a published build removes what it no longer publishes, in every version kept, and every pack', () => {
    const dir = temp('journal-cache-');
    const content = path.join(dir, 'content');
    fs.mkdirSync(content);
    fs.writeFileSync(path.join(content, 'a.md'), ENTRY('留下的一篇'));
    fs.writeFileSync(path.join(content, 'b.md'), ENTRY('撤回的一篇'));
    const run = (version: string) => {
      const cache = new EntryCache(context(cacheIn(dir, version), false));
      const published = cache.read(listEntryFiles(content)).flatMap((r) => (r.ok && !r.entry.draft ? [r.entry] : []));
      cache.keep(published, () => '');
      for (const entry of published) cachedDerived(entry, 'text', () => entry.body, decodeText);
    };
    run('a1');
    cacheIn(dir, 'a1').writePack('entries', new Map([['00', { title: '撤回的一篇' }]]));
    const text = () => fs.readdirSync(path.join(dir, 'cache'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).map((f) => fs.readFileSync(path.join(dir, 'cache', f), 'utf8')).join('\n');
    assert.match(text(), /撤回的一篇/);
    fs.writeFileSync(path.join(content, 'b.md'), ENTRY('撤回的一篇', 'draft: true\n'));
    run('b2');
    assert.match(text(), /留下的一篇/);
    assert.doesNotMatch(text(), /撤回的一篇/, 'withdrawn: no record left in this version or the one before');
  });

  it('keeps only the entries it is given: a draft left out never reaches the folder', () => {
    const dir = temp('journal-cache-');
    const content = path.join(dir, 'content');
    fs.mkdirSync(content);
    fs.writeFileSync(path.join(content, 'a.md'), ENTRY('公开的一篇'));
    fs.writeFileSync(path.join(content, 'secret.md'), ENTRY('不该出现的草稿', 'publish: false\n'));
    const cache = cacheIn(dir);
    const entries = new EntryCache(context(cache, false));
    const published = entries.read(listEntryFiles(content)).flatMap((r) => (r.ok && !r.entry.draft ? [r.entry] : []));
    entries.keep(published, () => '');
    for (const entry of published) cachedDerived(entry, 'text', () => entry.body, decodeText);
    const all = fs.readdirSync(path.join(dir, 'cache'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
    assert.equal(all.length, 1, 'the published entry\'s text (a published build keeps no pack)');
    for (const f of all) assert.doesNotMatch(fs.readFileSync(path.join(dir, 'cache', f), 'utf8'), /不该出现的草稿/);
  });

  it('derives once across runs; an entry showing images again when the folder’s other files change', () => {
    const dir = temp('journal-cache-');
    const cache = cacheIn(dir);
    let computed = 0;
    const derive = (entry: object) =>
      cachedDerived(entry, 'excerpt', () => {
        computed += 1;
        return '<p>摘要</p>';
      }, decodeText);
    const entry = { title: '甲' };
    keepDerived(entry, cache, cacheKey('a.md', 'bytes', 'media-1'));
    assert.equal(derive(entry), '<p>摘要</p>');
    const sameNextRun = { title: '甲' };
    keepDerived(sameNextRun, cacheIn(dir), cacheKey('a.md', 'bytes', 'media-1'));
    assert.equal(derive(sameNextRun), '<p>摘要</p>');
    assert.equal(computed, 1);
    const imagesChanged = { title: '甲' };
    keepDerived(imagesChanged, cacheIn(dir), cacheKey('a.md', 'bytes', 'media-2'));
    derive(imagesChanged);
    assert.equal(computed, 2);
    derive({ title: 'not kept' });
    assert.equal(computed, 3, 'an entry the loader did not keep is computed, never cached');
  });

  it('signs the other files of the folder: an image changed, added or relinked changes the signature', () => {
    const dir = temp('journal-cache-');
    fs.writeFileSync(path.join(dir, 'a.md'), ENTRY('甲'));
    fs.writeFileSync(path.join(dir, 'a.png'), 'one');
    const first = mediaSignature([dir]);
    fs.writeFileSync(path.join(dir, 'a.md'), ENTRY('甲改'));
    assert.equal(mediaSignature([dir]), first, 'entry files are not part of it');
    fs.writeFileSync(path.join(dir, 'a.png'), 'two!');
    const second = mediaSignature([dir]);
    assert.notEqual(second, first);
    fs.writeFileSync(path.join(dir, 'b.png'), 'x');
    fs.symlinkSync('a.png', path.join(dir, 'c.png'));
    const third = mediaSignature([dir]);
    assert.notEqual(third, second);
    fs.rmSync(path.join(dir, 'c.png'));
    fs.symlinkSync('b.png', path.join(dir, 'c.png'));
    assert.notEqual(mediaSignature([dir]), third);
  });
});

describe('cache folder and version', () => {
  it('lives beside Next’s caches, the preview’s apart, never inside a static export', () => {
    const at = (p: string) => path.resolve(process.cwd(), p);
    const build = { developmentServer: false, preview: false, staticExport: false, distDir: '.next' };
    assert.equal(cacheFolder(undefined, build), at('.next/cache/journal'));
    assert.equal(cacheFolder(undefined, { ...build, developmentServer: true, preview: true }), at('.next/dev/cache/journal-preview'));
    assert.equal(cacheFolder(undefined, { ...build, preview: true }), 'off', 'a SHOW_DRAFTS build keeps no cache');
    assert.equal(cacheFolder('/ci/cache', { ...build, preview: true }), 'off');
    assert.equal(cacheFolder(undefined, { ...build, staticExport: true, distDir: 'out' }), at('.next/cache/journal'));
    assert.equal(cacheFolder('/ci/cache', build), '/ci/cache/journal');
    assert.equal(cacheFolder('off', build), 'off');
  });

  it('changes with the journal’s code, its dependencies and its Site, not with tests', () => {
    const root = temp('journal-version-');
    fs.mkdirSync(path.join(root, 'lib/markdown'), { recursive: true });
    fs.writeFileSync(path.join(root, 'lib/markdown/pipeline.ts'), 'export const a = 1;');
    fs.writeFileSync(path.join(root, 'package-lock.json'), '{}');
    const first = cacheVersion(root, 'digest-zh');
    assert.match(first, /^[0-9a-f]{16}$/);
    assert.equal(cacheVersion(root, 'digest-zh'), first);
    fs.writeFileSync(path.join(root, 'lib/markdown/pipeline.test.ts'), 'test');
    assert.equal(cacheVersion(root, 'digest-zh'), first);
    assert.notEqual(cacheVersion(root, 'digest-en'), first);
    fs.writeFileSync(path.join(root, 'lib/markdown/pipeline.ts'), 'export const a = 2;');
    const second = cacheVersion(root, 'digest-zh');
    assert.notEqual(second, first);
    fs.writeFileSync(path.join(root, 'package-lock.json'), '{"x":1}');
    assert.notEqual(cacheVersion(root, 'digest-zh'), second);
  });
});
