import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkEntries } from '../authoring/check';
import { DEFAULT_SETTINGS } from '../site/settings';
import { makeSite } from '../site/site';
import { entryHtml } from './derived';
import { loadJournal } from './loader';
import { folderOf } from '../../test/folder';

/** A folder of files; `.obsidian/` and the like are made by naming a file inside them. */
const folder = (files: Record<string, string>) => folderOf(files, 'journal-vault-');

const NOTES = {
  '日记/2022-10-06.md': '# 周四，雨\n\n和小林吵了一架，不想让任何人知道。\n',
  '日记/2022-10-07.md': '---\npublish: true\n---\n# 周五\n\n去爬山了。\n',
  'Inbox/idea.md': '---\ntitle: 想法\ndate: 2022-10-08\n---\n私人想法。\n',
};

function journal(dir: string, publishing: 'marked' | 'all' = 'marked', production = true) {
  const settings = { ...DEFAULT_SETTINGS, publishing };
  return loadJournal(makeSite({ CONTENT_DIR: dir, JOURNAL_PREVIEW: production ? '0' : '1', NODE_ENV: production ? 'production' : 'development' }, settings));
}

const titles = (entries: readonly { title: string }[]) => entries.map((e) => e.title).sort();

describe('vaults', () => {
  it('publishes only the notes of an Obsidian vault that say publish: true', () => {
    const dir = folder({ ...NOTES, '.obsidian/app.json': '{}' });
    const published = journal(dir);
    assert.deepEqual(titles(published.entries), ['周五']);
    assert.equal(published.problems.length, 0);
    const preview = journal(dir, 'marked', false);
    assert.deepEqual(titles(preview.all), ['周五', '周四，雨', '想法'], 'the preview shows every note');
    const unshared = preview.all.find((e) => e.title === '周四，雨');
    assert.ok(unshared && preview.status(unshared) === 'hidden', 'marked private in the preview');
  });

  it('says in npm run check how many notes are published and why the rest are not', () => {
    const dir = folder({ ...NOTES, '.obsidian/app.json': '{}' });
    const report = checkEntries(makeSite({ CONTENT_DIR: dir }, DEFAULT_SETTINGS));
    const said = report.problems.filter((p) => p.field === 'publish').map((p) => `${p.file}: ${p.message.en}`);
    assert.equal(said.length, 1);
    assert.match(said[0] ?? '', /^\.obsidian: a vault: 1 note says `publish: true` and is published; 2 notes stay private/);
  });

  it('stops nothing for a private note that cannot be read as an entry, and says why; a note chosen for publishing still must be whole', () => {
    const dir = folderOf({
      '.obsidian/app.json': '{}',
      'Inbox/想法.md': '随手记的一句话，没有日期。\n',
      'Inbox/坏的.md': '---\ntitle: [unclosed\n---\n正文\n',
      'blog/draft.md': '---\ntitle: 草稿\ndate: 2024-13-45\npublish: false\n---\n',
      'blog/shared.md': '---\npublish: true\n---\n要发布，却没有日期。\n',
    });
    const site = makeSite({ CONTENT_DIR: dir, NODE_ENV: 'production' });
    const journal = loadJournal(site);
    assert.deepEqual(journal.problems.map((p) => `${p.file}: ${p.field}`), ['blog/shared.md: date']);
    const report = checkEntries(makeSite({ CONTENT_DIR: dir }));
    const warned = report.problems.filter((p) => p.severity === 'warning' && /stops nothing/.test(p.message.en)).map((p) => p.file).sort();
    assert.deepEqual(warned, ['Inbox/坏的.md', 'Inbox/想法.md', 'blog/draft.md']);
  });

  it('publishes every note with publishing: all, and says so', () => {
    const dir = folder({ ...NOTES, '.obsidian/app.json': '{}' });
    assert.deepEqual(titles(journal(dir, 'all').entries), ['周五', '周四，雨', '想法']);
    const report = checkEntries(makeSite({ CONTENT_DIR: dir }, { ...DEFAULT_SETTINGS, publishing: 'all' }));
    assert.ok(report.problems.some((p) => p.field === 'publish' && /every note is published/.test(p.message.en)));
  });

  it('finds a vault above the content folder, a Logseq graph by its config, and one in a folder of the journal', () => {
    const vault = folder({ ...NOTES, '.obsidian/app.json': '{}' });
    assert.deepEqual(titles(journal(path.join(vault, '日记')).entries), ['周五'], 'CONTENT_DIR is a folder of the vault');
    const graph = folder({ 'journals/2022_10_06.md': '- 私事\n', 'notes/公开.md': '---\npublish: true\ndate: 2022-10-09\n---\n公开的一页\n', 'logseq/config.edn': '{}' });
    assert.deepEqual(titles(journal(graph).entries), ['公开']);
    const nested = folder({ 'posts/2022-01-01-hello.md': '---\ntitle: 你好\n---\n博客文章\n', 'notes/a.md': '---\ntitle: 笔记\ndate: 2022-01-02\n---\n私人\n', 'notes/.obsidian/app.json': '{}' });
    assert.deepEqual(titles(journal(nested).entries), ['你好'], 'only the notes below the vault are private');
  });

  it('is not fooled by a folder that only shares a name: logseq/ without its config is a folder of posts', () => {
    const dir = folder({ 'logseq/2022-01-01-why.md': '---\ntitle: 为什么用 Logseq\n---\n正文\n' });
    assert.deepEqual(titles(journal(dir).entries), ['为什么用 Logseq']);
  });

  it("reads a Logseq page's properties as its front matter: public:: true publishes it", () => {
    const dir = folder({
      'logseq/config.edn': '{}',
      'journals/2024_03_01.md': 'public:: true\ntags:: 日记, [[读书]]\n\n- 读了 [[书单]]\n',
      'pages/读书笔记.md': 'title:: 读书笔记\nalias:: 书单, Reading\npublic:: true\ndate:: 2024-02-20\n\n- 第一章\n',
      'pages/私事.md': 'title:: 私事\ntags:: 私密\ndate:: 2024-02-21\n\n- 不公开\n',
    });
    const published = journal(dir);
    assert.deepEqual(titles(published.entries), ['2024_03_01', '读书笔记']);
    const daily = published.entries.find((e) => e.file === 'journals/2024_03_01.md');
    assert.deepEqual(daily?.tags, ['日记', '读书']);
    assert.equal(daily?.date.day, '2024-03-01');
    const notes = published.entries.find((e) => e.title === '读书笔记');
    assert.deepEqual(notes?.linkNames, ['书单', 'Reading']);
    assert.equal(notes?.date.day, '2024-02-20');
    assert.deepEqual(published.terms('tags').map((t) => t.name).sort(), ['日记', '读书']);
  });

  it('shows none of the page properties, also when a rule follows them', () => {
    const dir = folder({
      'logseq/config.edn': '{}',
      'pages/AJAX.md': 'tags:: [[JavaScript]], [[Web]] \nalias:: [[Asynchronous JavaScript and XML]]\npublic:: true\ndate:: 2024-01-01\n---\n\n- ## 什么是 AJAX\n',
    });
    const site = makeSite({ CONTENT_DIR: dir, NODE_ENV: 'production' }, DEFAULT_SETTINGS);
    const entry = loadJournal(site).entry('AJAX');
    assert.ok(entry);
    assert.deepEqual(entry.tags, ['JavaScript', 'Web']);
    const html = entryHtml(site, entry);
    assert.doesNotMatch(html, /alias|tags::|public/);
    assert.match(html, /<hr>\n<ul>\n<li>\n<h2/);
  });

  it("keeps a Logseq graph private even when its config.edn made every page public, and says how to publish them all", () => {
    const report = (config: string) => {
      const dir = folder({ 'logseq/config.edn': config, 'pages/笔记.md': 'date:: 2024-02-20\n\n- 内容\n' });
      assert.deepEqual(journal(dir).entries, []);
      return checkEntries(makeSite({ CONTENT_DIR: dir }, DEFAULT_SETTINGS)).problems.find((p) => p.field === 'publish')?.message.en ?? '';
    };
    assert.match(report('{:meta/version 1\n :publishing/all-pages-public? true\n}'), /config\.edn says every page is public .*write `publishing: all`/);
    assert.doesNotMatch(report('{:meta/version 1\n ;; :publishing/all-pages-public? true\n :publishing/all-pages-public? false}'), /config\.edn/);
  });
});
