import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testEntry } from '../../test/entry';
import { parseEntry } from './entry';
import { buildJournal } from './journal';
import { isSectionFile, parseSection, placeEntries, readSections } from './sections';
import { listEntryFiles } from './entry-files';
import { folderOf } from '../../test/folder';

const NOW = Date.UTC(2026, 0, 1);
const section = (file: string, front: string, body = '') => parseSection(file, `---\n${front}\n---\n${body}`);

describe('sections and drafts folders', () => {
  it('knows Hugo section files, in any case, and nothing else', () => {
    assert.equal(isSectionFile('posts/_ads/_index.md'), true);
    assert.equal(isSectionFile('_index.markdown'), true);
    assert.equal(isSectionFile('posts/_INDEX.md'), true);
    assert.equal(isSectionFile('posts/index.md'), false);
    assert.equal(isSectionFile('posts/my_index.md'), false);
    assert.equal(isSectionFile('tags/总结/_index.zh-cn.md'), true, 'a multilingual site writes one per language');
    assert.equal(isSectionFile('posts/_index.en.md'), true);
  });

  it('reads a draft section, a cascaded draft, cascaded build options and a list of cascades', () => {
    assert.deepEqual(section('a/_index.md', 'title: 广告\ndraft: true').section, { file: 'a/_index.md', dir: 'a', draft: true, hidden: null, line: 3 });
    assert.equal(section('b/_index.md', 'cascade:\n  draft: true').section.draft, true);
    assert.equal(section('b/_index.md', 'cascade:\n  - _target: {path: /b/**}\n    Draft: true').section.draft, true, 'a _target narrows nothing');
    assert.equal(section('c/_index.md', 'cascade:\n  build: {render: never, list: never}').section.hidden, 'cascade.build');
    assert.equal(section('c/_index.md', 'cascade:\n  _build: {list: local}').section.hidden, 'cascade._build');
    assert.equal(section('c/_index.md', 'cascade:\n  build: {render: always, list: always}').section.hidden, null);
    assert.equal(section('d/_index.md', 'headless: true').section.hidden, 'headless');
    assert.deepEqual(section('e/_index.md', 'title: 公开的分区\ncascade: {params: {toc: true}}').section, { file: 'e/_index.md', dir: 'e', draft: false, hidden: null, line: 3 });
  });

  it('keeps a section private when its flags cannot be read, with the error and its line', () => {
    const broken = section('a/_index.md', 'title: x\ndraft: "yes"');
    assert.equal(broken.section.draft, true);
    assert.equal(broken.problems[0]?.field, 'draft');
    assert.equal(broken.problems[0]?.line, 3);
    const yaml = parseSection('b/_index.md', '---\ndraft: [\n---\n');
    assert.equal(yaml.section.draft, true);
    assert.equal(yaml.problems.length, 1);
    const cascade = section('c/_index.md', 'cascade:\n  build: {render: sometimes}');
    assert.equal(cascade.section.hidden, 'cascade.build');
  });

  it('names a section page\'s text, which nothing shows', () => {
    assert.match(section('a/_index.md', 'title: 分区', '分区的介绍。').notes[0]?.message.en ?? '', /no section pages/);
    assert.equal(section('a/_index.md', 'title: 分区', '\n').notes.length, 0);
  });

  it('makes entries below a draft or hidden section, and in _drafts/, private; nothing is made public', () => {
    const entries = [
      testEntry('posts/_ads/ad.md', 'title: Ad\ndate: 2023-01-01'),
      testEntry('posts/_ads/deep/ad2.md', 'title: Ad2\ndate: 2023-01-02'),
      testEntry('posts/never/n.md', 'title: N\ndate: 2023-01-03'),
      testEntry('posts/open/o.md', 'title: O\ndate: 2023-01-04'),
      testEntry('posts/_adsense.md', 'title: Not below\ndate: 2023-01-05'),
      testEntry('_drafts/d.md', 'title: D\ndate: 2023-01-06'),
      testEntry('source/_DRAFTS/e.md', 'title: E\ndate: 2023-01-07'),
    ];
    const sections = [
      section('posts/_ads/_index.md', 'draft: true').section,
      section('posts/never/_index.md', 'cascade: {build: {render: never}}').section,
      section('posts/open/_index.md', 'draft: false').section,
    ];
    const journal = buildJournal(entries, [], { preview: false }, NOW, sections);
    assert.deepEqual(journal.entries.map((e) => e.title), ['Not below', 'O']);
    const preview = buildJournal(entries, [], { preview: true }, NOW, sections);
    const status = Object.fromEntries(preview.entries.map((e) => [e.title, preview.status(e)]));
    assert.deepEqual(status, { E: 'draft', D: 'draft', 'Not below': 'published', O: 'published', N: 'hidden', Ad2: 'draft', Ad: 'draft' });
    const notes = placeEntries(entries, sections).notes.map((n) => `${n.file}: ${n.message.en}`);
    assert.deepEqual(notes, [
      'posts/_ads/_index.md: a draft section: the 2 entries below it stay private',
      'posts/never/_index.md: kept off the site (cascade.build): the entry below it stays private',
    ]);
  });

  it("reads an entry's own Hexo hidden, Hugo headless and build options as private, and a bad value as private with an error", () => {
    const read = (front: string) => parseEntry('a.md', `---\ntitle: A\ndate: 2023-01-01\n${front}\n---\nx`, 'UTC');
    const hidden = read('hidden: true');
    assert.ok(hidden.ok);
    assert.equal(hidden.entry.hidden, 'hidden');
    assert.match(hidden.notes[0]?.message.en ?? '', /private/);
    const open = read('hidden: false');
    assert.ok(open.ok);
    assert.equal(open.entry.hidden, null);
    const build = read('build:\n  render: link');
    assert.ok(build.ok && build.entry.hidden === 'build');
    const defaults = read('_build: {render: always, list: always, publishResources: false}');
    assert.ok(defaults.ok && defaults.entry.hidden === null);
    const headless = read('headless: true');
    assert.ok(headless.ok && headless.entry.hidden === 'headless');
    const wrong = read('hidden: "yes"');
    assert.equal(wrong.ok, false);
  });

  it("skips VuePress's home page (README.md with home: true), naming it once, and keeps any other README", () => {
    const dir = folderOf({
      'README.md': '---\nhome: true\nheroText: 我的博客\n---\n',
      'docs/README.md': '---\ntitle: 说明\ndate: 2024-01-01\n---\n正文。\n',
      'home.md': '---\nhome: true\ntitle: 不是首页\ndate: 2024-01-02\n---\n',
    });
    const { entryFiles, skipped } = readSections(listEntryFiles(dir));
    assert.deepEqual(entryFiles.map((f) => f.file).sort(), ['docs/README.md', 'home.md']);
    assert.deepEqual(skipped.map((p) => `${p.file}:${p.line}: ${p.field}`), ['README.md:1: home']);
  });
});
