import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { entryHtml, feedHtml, publishedMedia } from '../content/derived';
import { loadJournal } from '../content/loader';
import { entryWarnings } from '../content/validate';
import { mediaAsset } from '../publish/assets';
import { makeSite } from '../site/site';
import { folderOf } from '../../test/folder';
import { attachmentType } from './attachments';

const BODY = [
  '[下载](heart.zip)，[论文](./paper.pdf#page=2)，[录音](声音/早晨.mp3)。',
  '',
  '[旧页面](old.html) [站内](/files/a.pdf) [外面](https://example.com/a.pdf) [草稿](secret.md)',
  '',
  '[不存在](missing.pdf) [外面的文件](../../outside.txt) [链接出去](escape.txt) [隐藏](.hidden/notes.txt)',
].join('\n');

describe("an entry's other files (documents, archives, recordings)", () => {
  const dir = folderOf({
    'trip/index.md': `---\ntitle: 旅行\ndate: 2024-05-01\n---\n${BODY}\n`,
    'trip/heart.zip': 'PK zip bytes',
    'trip/paper.pdf': '%PDF-1.4 论文',
    'trip/声音/早晨.mp3': 'ID3 audio',
    'trip/old.html': '<script>alert(1)</script>',
    'trip/.hidden/notes.txt': 'hidden words',
    'secret.md': '---\ntitle: 秘密\ndate: 2024-05-02\npublish: false\n---\n不公开。\n',
  });
  fs.writeFileSync(path.join(dir, '..', 'outside.txt'), 'outside the folder');
  fs.symlinkSync('/etc/hostname', path.join(dir, 'trip', 'escape.txt'));
  const site = makeSite({ CONTENT_DIR: dir, NODE_ENV: 'production' });
  const journal = loadJournal(site);
  const entry = journal.entry('trip');
  assert.ok(entry);

  it('knows them by the ending of a relative address, and nothing else', () => {
    assert.equal(attachmentType('heart.zip'), 'application/zip');
    assert.equal(attachmentType('a/b.PDF?x=1#p'), 'application/pdf');
    for (const url of ['old.html', 'x.md', 'x.js', '/files/a.pdf', 'https://a.com/a.pdf', '//a.com/a.pdf', 'javascript:a.pdf', '#a.pdf', 'folder/']) {
      assert.equal(attachmentType(url), undefined, url);
    }
  });

  it('links them under /media/, fragment kept, and publishes them with the images', () => {
    const html = entryHtml(site, entry);
    assert.ok(html.includes('<a href="/media/trip/heart.zip">下载</a>'), html);
    assert.ok(html.includes('<a href="/media/trip/paper.pdf#page=2">论文</a>'));
    assert.ok(html.includes(`<a href="/media/trip/${encodeURIComponent('声音')}/${encodeURIComponent('早晨')}.mp3">录音</a>`));
    assert.ok(feedHtml(site, entry).includes('/media/trip/heart.zip'));
    assert.deepEqual(publishedMedia(site, journal).map((m) => `${m.path} ${m.type}`).sort(), ['trip/heart.zip application/zip', 'trip/paper.pdf application/pdf', 'trip/声音/早晨.mp3 audio/mpeg']);
    assert.equal(mediaAsset(site, journal, 'trip/paper.pdf')?.type, 'application/pdf');
    assert.equal(mediaAsset(site, journal, 'trip/old.html'), undefined);
  });

  it('leaves every other address as written, and publishes nothing outside the folder or hidden', () => {
    const html = entryHtml(site, entry);
    for (const kept of ['href="old.html"', 'href="/files/a.pdf"', 'href="https://example.com/a.pdf"', 'href="missing.pdf"', 'href="../../outside.txt"', 'href="escape.txt"', 'href=".hidden/notes.txt"']) {
      assert.ok(html.includes(kept), kept);
    }
    assert.ok(!html.includes('secret.md') && !html.includes('不公开'));
    assert.equal(publishedMedia(site, journal).some((m) => /outside|escape|hidden|old\.html/.test(m.path)), false);
  });

  it('names each link to a file that cannot be published, at its line', () => {
    const said = entryWarnings(site, entry).filter((p) => p.field === 'body').map((p) => `${p.line}: ${p.message.en}`);
    assert.deepEqual(said, [
      '9: missing.pdf does not exist; the link is left as written, and leads nowhere',
      '9: ../../outside.txt is outside the content folder; the link is left as written, and leads nowhere',
      '9: escape.txt is a link to a file outside the content folder; only files inside it are published; the link is left as written, and leads nowhere',
      '9: .hidden/notes.txt is in a hidden folder or is a hidden file; it is not published; the link is left as written, and leads nowhere',
    ]);
  });
});
