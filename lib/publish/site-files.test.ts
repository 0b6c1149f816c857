import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { makeSite } from '../site/site';
import { buildJournal } from '../content/journal';
import { parseEntry } from '../content/entry';
import { siteFileAt, siteFileReport, siteFiles } from './site-files';

/** A journal of no pages: what these tests need of one is the names its pages take. */
const NO_PAGES = buildJournal([], [], { preview: false }, 0);

describe("the old site's own files", () => {
  it('publishes files as they are, but nothing private, no Markdown, no links out, nothing where the journal lives', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-site-files-'));
    const site = path.join(root, 'source');
    const write = (rel: string, text = 'x') => {
      fs.mkdirSync(path.dirname(path.join(site, rel)), { recursive: true });
      fs.writeFileSync(path.join(site, rel), text);
    };
    write('code/demo.html');
    write('files/cv.pdf');
    write('CNAME');
    write('_posts/entry.md');
    write('_drafts/secret.md');
    write('.git/config');
    write('about/index.md');
    write('posts/x.txt');
    write('assets/search_data.json', '---\nlayout: null\n---\n[{% for post in site.posts %}…{% endfor %}]');
    write('feed.xml', '\uFEFF---\r\nlayout: null\r\n---\r\n<rss/>');
    write('files/notes.txt', '--- not front matter\n');
    write('content/entry.md');
    write('content/pic.png');
    fs.writeFileSync(path.join(root, 'outside.txt'), 'secret');
    fs.symlinkSync(path.join(root, 'outside.txt'), path.join(site, 'code', 'link.txt'));
    const config = makeSite({ STATIC_DIR: site, CONTENT_DIR: path.join(site, 'content') });
    assert.deepEqual(
      siteFiles(config, NO_PAGES).map((f) => f.path),
      ['CNAME', 'code/demo.html', 'files/cv.pdf', 'files/notes.txt'],
    );
    assert.deepEqual(siteFiles(makeSite({}), NO_PAGES), [], 'nothing without a site folder');
    const refused = siteFileReport(config, NO_PAGES).refused;
    assert.match(refused.find((r) => r.path === 'code/link.txt')?.message.en ?? '', /is a link/, 'a link is named, not passed over silently');
    assert.match(refused.find((r) => r.path === 'about/index.md')?.message.en ?? '', /source file/);
    for (const template of ['assets/search_data.json', 'feed.xml']) {
      assert.match(refused.find((r) => r.path === template)?.message.en ?? '', /front matter: the old engine read it as a template/, `${template}: Jekyll rendered it, so it is not copied as written`);
    }
  });

  it('publishes no hard link to an entry, no source or backup, nothing of the content folder however it is reached', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-site-files-'));
    const content = path.join(root, 's', 'journal');
    fs.mkdirSync(path.join(content, 'drafts', 'bundle'), { recursive: true });
    fs.writeFileSync(path.join(content, 'drafts', 'd.md'), '---\ntitle: d\ndate: 2023-01-01\ndraft: true\n---\n秘密');
    fs.writeFileSync(path.join(content, 'drafts', 'bundle', 'notes.txt'), '秘密');
    const site = path.join(root, 's');
    fs.mkdirSync(path.join(site, 'files'));
    fs.linkSync(path.join(content, 'drafts', 'd.md'), path.join(site, 'files', 'x.txt'));
    for (const name of ['x.mdx', 'x.mkd', 'post.md~', 'post.md.bak', '#post.md#', 'a.swp', 'ok.txt']) fs.writeFileSync(path.join(site, 'files', name), 'x');
    fs.writeFileSync(path.join(site, 'index.html'), 'x');
    fs.mkdirSync(path.join(site, 'Posts'));
    fs.writeFileSync(path.join(site, 'Posts', 'x.html'), 'x');
    fs.writeFileSync(path.join(site, 'files', `${'长'.repeat(70)}.txt`), 'x');
    // The site folder reached through a link: the content folder inside it is still found by its real path.
    fs.symlinkSync(site, path.join(root, 'slink'));
    const report = siteFileReport(makeSite({ STATIC_DIR: path.join(root, 'slink'), CONTENT_DIR: content }), NO_PAGES);
    assert.deepEqual(report.files.map((f) => f.path), ['files/ok.txt']);
    const sources = ['files/#post.md#', 'files/a.swp', 'files/post.md.bak', 'files/post.md~', 'files/x.mdx', 'files/x.mkd'];
    assert.deepEqual(report.refused.map((r) => r.path).sort(), ['Posts', ...sources, 'files/x.txt', `files/${'长'.repeat(70)}.txt`, 'index.html'].sort());
    for (const source of sources) assert.match(report.refused.find((r) => r.path === source)?.message.en ?? '', /source file or an editor's backup/);
    assert.match(report.refused.find((r) => r.path === 'files/x.txt')?.message.en ?? '', /hard link/);
  });

  it('publishes nothing when the site folder is the content folder or inside it', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-site-files-'));
    fs.mkdirSync(path.join(root, 'bundle'));
    fs.writeFileSync(path.join(root, 'bundle', 'secret.png'), 'x');
    for (const dir of [root, path.join(root, 'bundle')]) {
      const report = siteFileReport(makeSite({ STATIC_DIR: dir, CONTENT_DIR: root }), NO_PAGES);
      assert.deepEqual(report.files, []);
      assert.match(report.refused[0]?.message.en ?? '', /content folder/);
    }
  });

  it('finds a file by the name as given, then decoded once, in NFC: a percent in a name is never decoded twice', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-site-files-'));
    const site = path.join(root, 'static');
    fs.mkdirSync(path.join(site, '资料'), { recursive: true });
    fs.writeFileSync(path.join(site, 'a%41.txt'), 'percent');
    fs.writeFileSync(path.join(site, 'aA.txt'), 'plain');
    fs.writeFileSync(path.join(site, '100%.txt'), 'hundred');
    fs.writeFileSync(path.join(site, '资料', 'cafe\u0301.txt'), 'nfd');
    fs.mkdirSync(path.join(root, 'content'));
    const config = makeSite({ STATIC_DIR: site, CONTENT_DIR: path.join(root, 'content'), NODE_ENV: 'production' });
    {
      const at = (...segments: string[]) => siteFileAt(config, NO_PAGES, segments)?.body.toString();
      assert.equal(at('a%41.txt'), 'percent', 'as the rewrite hands it: decoded once already');
      assert.equal(at('a%2541.txt'), 'percent', 'as the build hands it: still encoded');
      assert.equal(at('aA.txt'), 'plain');
      assert.equal(at('100%.txt'), 'hundred', 'a name that is no valid escape');
      assert.equal(at('100%25.txt'), 'hundred');
      assert.equal(at('资料', 'caf\u00e9.txt'), 'nfd', 'NFC asks for the NFD name');
      assert.equal(at('%E8%B5%84%E6%96%99', 'cafe%CC%81.txt'), 'nfd');
      assert.equal(at('..', 'package.json'), undefined);
    }
  });

  it('names, and does not publish, a file where an old address of an entry is: the address leads to the entry', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-site-files-'));
    const site = path.join(root, 'source');
    for (const rel of ['old/a.html', '2019/04/09/hello/index.html', 'old/b.html']) {
      fs.mkdirSync(path.dirname(path.join(site, rel)), { recursive: true });
      fs.writeFileSync(path.join(site, rel), 'x');
    }
    const r = parseEntry('hello.md', '---\ntitle: Hello\ndate: 2019-04-09\naliases: [/old/a.html, /2019/04/09/hello/]\n---\nBody.\n', 'Asia/Shanghai');
    assert.ok(r.ok);
    const journal = buildJournal([r.entry], [], { preview: false }, Date.UTC(2030, 0, 1));
    const config = makeSite({ STATIC_DIR: site, CONTENT_DIR: path.join(root, 'content') });
    const report = siteFileReport(config, journal);
    assert.deepEqual(report.files.map((f) => f.path), ['old/b.html']);
    assert.deepEqual(
      report.refused.map((f) => [f.path, f.message.en]),
      [
        ['2019/04/09/hello/index.html', 'is where an old address of hello.md is, which leads to that entry; it is not published'],
        ['old/a.html', 'is where an old address of hello.md is, which leads to that entry; it is not published'],
      ],
    );
  });
});
