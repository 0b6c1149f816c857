import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeSite } from '../site/site';
import { folderOf } from '../../test/folder';
import { entryHtml, excerptHtml, feedHtml } from './derived';
import { loadJournal } from './loader';

/** The address of an entry as the page writes it: its slug percent-encoded. */
const at = (slug: string) => `/posts/${encodeURIComponent(slug)}/`;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const link = (slug: string, words: string, anchor = '') => new RegExp(esc(`<a href="${at(slug)}${anchor && `#${encodeURIComponent(anchor)}`}">${words}</a>`));

const entry = (title: string, date: string, body: string, extra = '') => `---\ntitle: ${title}\ndate: ${date}\n${extra}---\n${body}\n`;

describe('links between entries', () => {
  const dir = folderOf({
    'diary/2022-10-06.md': entry(
      '十月六日',
      '2022-10-06',
      '见 [[2022-10-05]] 和 [[读书笔记#第一章|第一章]]，[[秘密计划]] 与 [[没有这篇]]。\n\n[文件](../notes/读书笔记.md#第一章) 和 [草稿文件](../notes/秘密计划.md)。\n\n<!-- more -->\n\n![[每周回顾]]\n\n![[秘密计划]]',
    ),
    'diary/2022-10-05.md': entry('十月五日', '2022-10-05', '五日的日记。'),
    'notes/读书笔记.md': entry('读书笔记', '2022-09-01', '## 第一章\n\n读了。'),
    'notes/每周回顾.md': entry('每周回顾', '2022-10-02', '这周很好，见 [[2022-10-05]]。\n\n![[读书笔记]]'),
    'notes/秘密计划.md': entry('秘密计划', '2022-10-03', '不能公开的内容。', 'publish: false\n'),
  });
  const site = makeSite({ CONTENT_DIR: dir, NODE_ENV: 'production' });
  const journal = loadJournal(site);
  const diary = journal.entry('2022-10-06');
  assert.ok(diary);

  it('links a name or a file to the published entry, with the heading anchor', () => {
    const html = entryHtml(site, diary);
    assert.match(html, link('2022-10-05', '2022-10-05'));
    assert.match(html, link('读书笔记', '第一章', '第一章'));
    assert.match(html, link('读书笔记', '文件', '第一章'));
    assert.doesNotMatch(html, /data-entry-/);
  });

  it('keeps only the words of a link to a draft or to nothing, and reveals nothing of the draft', () => {
    const html = entryHtml(site, diary);
    assert.match(html, /，秘密计划 与 没有这篇。/);
    assert.match(html, /和 草稿文件。/);
    assert.ok(!html.includes(at('秘密计划')) && !html.includes('不能公开'));
  });

  it('embeds a published entry one level deep, with a link to it; a draft only by the name written', () => {
    const html = entryHtml(site, diary);
    const embed = `<div class="entry-embed"><p>这周很好，见 <a href="${at('2022-10-05')}">2022-10-05</a>。</p>\n<p><a href="${at('读书笔记')}">读书笔记</a></p>\n<p class="entry-embed-source"><a href="${at('每周回顾')}">每周回顾</a></p></div>`;
    assert.ok(html.includes(embed), html);
    assert.match(html, /<p>秘密计划<\/p>/);
  });

  it('resolves them in excerpts and feeds too', () => {
    assert.match(excerptHtml(site, diary), link('2022-10-05', '2022-10-05'));
    assert.match(feedHtml(site, diary), link('2022-10-05', '2022-10-05'));
    assert.doesNotMatch(feedHtml(site, diary), /不能公开/);
  });

  it('links drafts in the preview, where the author sees them', () => {
    const preview = makeSite({ CONTENT_DIR: dir, NODE_ENV: 'development' });
    const shown = loadJournal(preview).entry('2022-10-06');
    assert.ok(shown);
    assert.match(entryHtml(preview, shown), link('秘密计划', '秘密计划'));
  });
});

describe("a vault note's aliases", () => {
  const dir = folderOf({
    '.obsidian/app.json': '{}',
    'Daily/2024-03-02.md': '---\npublish: true\n---\n见 [[书单]] 和 [[Reading List|英文名]]。\n',
    'Notes/读书笔记.md': '---\npublish: true\ndate: 2024-02-20\naliases: [书单, Reading List]\n---\n# 读书笔记\n\n开头。\n',
  });
  const site = makeSite({ CONTENT_DIR: dir, NODE_ENV: 'production' });
  const journal = loadJournal(site);

  it('are other names links may call the note by, not old addresses', () => {
    const daily = journal.entry('2024-03-02');
    assert.ok(daily);
    const html = entryHtml(site, daily);
    assert.match(html, link('读书笔记', '书单'));
    assert.match(html, link('读书笔记', '英文名'));
    assert.deepEqual(journal.entry('读书笔记')?.aliases, []);
    assert.deepEqual(journal.entry('读书笔记')?.linkNames, ['书单', 'Reading List']);
  });
});
