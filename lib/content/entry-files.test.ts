import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeSite, type Site } from '../site/site';
import { buildReport } from '../publish/site-report';
import { listEntryFiles, parseStats } from './entry-files';
import { entryCards, getJournal, listPage, problemsForSlug } from './index';
import { ContentError } from './problems';
import { folderOf } from '../../test/folder';

const journalDir = (files: Record<string, string>) => folderOf(files);

const md = (title: string, date: string, extra = '') => `---\ntitle: ${title}\ndate: ${date}\n${extra}---\n${title} 的正文。\n`;

/** The Site of a journal in `dir`: as next dev sees it (preview), or as a production build does. */
function usePreview(dir: string, preview: boolean): Site {
  return makeSite({ CONTENT_DIR: dir, JOURNAL_PREVIEW: preview ? '1' : '0', NODE_ENV: preview ? 'development' : 'production' });
}

let site: Site;

describe('content folder', () => {
  it('resolves CONTENT_DIR against the project root, or uses content/', () => {
    assert.equal(makeSite({}).contentDir, path.resolve('content'));
    assert.equal(makeSite({ CONTENT_DIR: 'e2e/fixtures/journal' }).contentDir, path.resolve('e2e/fixtures/journal'));
    assert.equal(makeSite({ CONTENT_DIR: '/srv/journal' }).contentDir, '/srv/journal');
  });

  it('finds .md and .markdown files in nested folders, skipping hidden ones and other files', () => {
    const dir = journalDir({
      'a.md': md('A', '2022-01-01'),
      'hugo/old-post.markdown': md('F', '2019-01-01'),
      'hugo/notes.markdown.bak': 'not an entry',
      '2023/旅行/b.md': md('B', '2023-01-01'),
      '2023/c.MD': md('C', '2023-01-02'),
      '.hidden/d.md': md('D', '2023-01-03'),
      '.e.md': md('E', '2023-01-04'),
      'notes.txt': 'not an entry',
      'img/pic.png': 'png',
    });
    assert.deepEqual(
      listEntryFiles(dir).map((f) => f.file),
      ['2023/c.MD', '2023/旅行/b.md', 'a.md', 'hugo/old-post.markdown'],
    );
  });

  it('names a missing content folder', () => {
    assert.throws(() => listEntryFiles('/nonexistent/journal'), /\/nonexistent\/journal does not exist/);
  });
});

describe('getJournal', () => {
  it('reads and parses each file once per process', () => {
    const dir = journalDir({ 'a.md': md('A', '2022-01-01'), 'b.md': md('B', '2022-01-02') });
    site = usePreview(dir, false);
    const before = parseStats.parsed;
    const first = getJournal(site);
    for (let i = 0; i < 20; i++) getJournal(site);
    assert.equal(parseStats.parsed - before, 2);
    assert.equal(getJournal(site), first);
  });

  it('names, before the build compiles, what would stop it (broken front matter) and what it publishes without (an image)', () => {
    const broken = journalDir({ 'a.md': md('A', '2022-13-45') });
    site = usePreview(broken, false);
    assert.match(buildReport(site).stop ?? '', /a\.md:3: date: "2022-13-45" is not a real calendar day/);
    const images = journalDir({ 'b.md': `${md('B', '2022-01-01')}![gone](./gone.png)\n`, 'c.md': md('C', '2022-01-02') });
    site = usePreview(images, false);
    assert.equal(buildReport(site).stop, null);
    assert.match(buildReport(site).warnings.join('\n'), /b\.md:6: image: warning: \.\/gone\.png does not exist/);
    const fine = journalDir({ 'c.md': md('C', '2022-01-02') });
    site = usePreview(fine, false);
    assert.deepEqual(buildReport(site), { stop: null, warnings: [] });
  });

  it('stops a published build with every broken entry listed', () => {
    const dir = journalDir({
      'good.md': md('Good', '2022-01-01'),
      'bad-date.md': md('Bad', '2022-13-45'),
      'no-date.md': '---\ntitle: 没有日期\n---\n',
      'x/dup.md': md('Dup 1', '2022-01-01'),
      'y/dup.md': md('Dup 2', '2022-01-02'),
      'draft-bad.md': md('Draft', '2022-01-01', 'publish: "false"\n'),
    });
    site = usePreview(dir, false);
    assert.throws(() => getJournal(site), (error: unknown) => {
      assert.ok(error instanceof ContentError);
      assert.equal(error.problems.length, 5);
      for (const line of [
        'bad-date.md:3: date: "2022-13-45" is not a real calendar day',
        'draft-bad.md:4: publish: must be true or false, got string "false"',
        'no-date.md:1: date: is missing, and the file name does not begin with a day',
        'x/dup.md:1: slug: "dup" is also the slug of y/dup.md',
        'y/dup.md:1: slug: "dup" is also the slug of x/dup.md',
      ]) {
        assert.ok(error.message.includes(`${dir}/${line}`), `message lacks ${line}:\n${error.message}`);
      }
      return true;
    });
  });

  it('keeps the preview working around a broken entry and says what is wrong', () => {
    const dir = journalDir({ 'good.md': md('Good', '2022-01-01'), 'broken.md': md('Broken', '2022-02-30') });
    site = usePreview(dir, true);
    const journal = getJournal(site);
    assert.deepEqual(
      journal.entries.map((e) => e.slug),
      ['good'],
    );
    assert.equal(journal.problems.length, 1);
    assert.equal(problemsForSlug(journal, 'broken')[0]?.field, 'date');
    assert.equal(problemsForSlug(journal, 'good').length, 0);
  });

  it('shows drafts in the preview and not in a published build', () => {
    const files = {
      'pub.md': md('Pub', '2022-01-01', 'tags: [公开]\n'),
      'draft.md': md('Draft', '2022-01-02', 'publish: false\ntags: [秘密]\n'),
    };
    site = usePreview(journalDir(files), true);
    const preview = getJournal(site);
    assert.deepEqual(
      entryCards(site, preview, preview.entries).map((c) => [c.entry.slug, c.status]),
      [
        ['draft', 'draft'],
        ['pub', 'published'],
      ],
    );
    site = usePreview(journalDir(files), false);
    const published = getJournal(site);
    assert.deepEqual(
      published.entries.map((e) => e.slug),
      ['pub'],
    );
    assert.equal(published.term('tags', '秘密'), undefined);
  });

  it('sees additions, edits and deletions in the preview, re-parsing only what changed', async () => {
    const dir = journalDir({ 'a.md': md('A', '2022-01-01'), 'b.md': md('B', '2022-01-02') });
    site = usePreview(dir, true);
    assert.equal(getJournal(site).entries.length, 2);
    const before = parseStats.parsed;
    fs.writeFileSync(path.join(dir, 'c.md'), md('C', '2022-01-03'));
    fs.writeFileSync(path.join(dir, 'a.md'), md('A edited', '2022-01-01'));
    await waitFor(() => getJournal(site).entries.length === 3);
    assert.equal(getJournal(site).entry('a')?.title, 'A edited');
    assert.equal(parseStats.parsed - before, 2);
    fs.rmSync(path.join(dir, 'b.md'));
    await waitFor(() => getJournal(site).entries.length === 2);
    assert.equal(getJournal(site).entry('b'), undefined);
  });

  it('paginates newest first', () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 23; i++) files[`e${i}.md`] = md(`E${i}`, `2022-01-${String(i).padStart(2, '0')}`);
    site = usePreview(journalDir(files), false);
    const journal = getJournal(site);
    assert.equal(listPage(site, journal, 1)?.pageCount, 3);
    assert.equal(listPage(site, journal, 1)?.entries[0]?.title, 'E23');
    assert.equal(listPage(site, journal, 3)?.entries.length, 3);
    assert.equal(listPage(site, journal, 4), undefined);
    assert.equal(listPage(site, journal, 0), undefined);
    assert.equal(listPage(site, journal, 1.5), undefined);
  });
});

async function waitFor(check: () => boolean, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await sleep(20);
  }
}

describe('an empty file', () => {
  it('is left out with a warning: it stops no build', () => {
    const dir = folderOf({ 'a.md': '---\ntitle: 一篇\ndate: 2024-01-01\n---\n正文\n', 'pages/contents.md': '', 'blank.md': '\n  \n' });
    const site = makeSite({ CONTENT_DIR: dir, NODE_ENV: 'production' });
    const report = buildReport(site);
    assert.equal(report.stop, null);
    assert.match(report.warnings.join('\n'), /pages\/contents\.md:1: file: warning: is empty: there is nothing to publish/);
    assert.match(report.warnings.join('\n'), /blank\.md:1: file: warning: is empty/);
    assert.deepEqual(getJournal(site).entries.map((e) => e.slug), ['a']);
  });
});
