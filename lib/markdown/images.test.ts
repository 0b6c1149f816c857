import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { renderEntry } from './pipeline';
import { resolveImage } from './images';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** A BMP header of the given size, as Windows' Paint writes them (browsers show it whatever its name). */
const bmp = (width: number, height: number) => Buffer.concat([Buffer.from('BM'), Buffer.alloc(12), Buffer.from([40, 0, 0, 0, width, 0, 0, 0, height, 0, 0, 0, 1, 0, 24, 0]), Buffer.alloc(48)]);

/** A content folder with an entry beside images, links and files that are not images; a secret file outside it. */
function journal(): { dir: string; outside: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-images-'));
  const dir = path.join(root, 'content');
  const outside = path.join(root, 'secret.png');
  fs.mkdirSync(path.join(dir, 'pics'), { recursive: true });
  fs.writeFileSync(outside, PNG);
  fs.writeFileSync(path.join(dir, 'pics', 'ok.png'), PNG);
  fs.writeFileSync(path.join(dir, 'pics', 'photo.jpg'), PNG); // a PNG named .jpg: served as what it is
  fs.writeFileSync(path.join(dir, 'draft.md'), '---\ntitle: 草稿\ndate: 2024-01-01\npublish: false\n---\n秘密。\n');
  fs.writeFileSync(path.join(dir, 'page.html'), '<!doctype html><script>alert(1)</script>');
  fs.writeFileSync(path.join(dir, 'pics', 'evil.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
  fs.writeFileSync(path.join(dir, 'pics', 'handler.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"></svg>');
  fs.writeFileSync(path.join(dir, 'pics', 'broken.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect></svg>');
  fs.writeFileSync(path.join(dir, 'pics', 'plain.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
  fs.symlinkSync('/proc/self/environ', path.join(dir, 'pics', 'env.png'));
  fs.symlinkSync(outside, path.join(dir, 'pics', 'link.png'));
  fs.symlinkSync('/etc', path.join(dir, 'etc'));
  fs.symlinkSync(path.join(dir, 'pics', 'ok.png'), path.join(dir, 'pics', 'inside-link.png'));
  return { dir, outside };
}

const refusal = (dir: string, url: string) => {
  const target = resolveImage(url, { contentDir: dir, entryFile: 'entry.md', basePath: '' });
  return target.kind === 'refused' ? target.message.en : target.kind;
};

describe('local images: only images inside the content folder are published', () => {
  const { dir } = journal();

  it('refuses links that lead outside the folder: /proc/self/environ, a file, a folder', () => {
    assert.match(refusal(dir, './pics/env.png'), /link to a file outside the content folder/);
    assert.match(refusal(dir, './pics/link.png'), /link to a file outside the content folder/);
    assert.match(refusal(dir, './etc/passwd'), /link to a file outside the content folder/);
    assert.match(refusal(dir, '../secret.png'), /outside the content folder/);
  });

  it('refuses what is not an image by its bytes: Markdown, HTML, an SVG that is not XML', () => {
    assert.match(refusal(dir, './draft.md'), /is not an image/);
    assert.match(refusal(dir, './page.html'), /is not an image/);
    assert.match(refusal(dir, './pics/broken.svg'), /SVG that cannot be read as XML/);
    assert.match(refusal(dir, './nope.png'), /does not exist/);
  });

  it('publishes an SVG with scripts or handlers as its cleaned copy, naming what it leaves out', () => {
    for (const [url, removed] of [
      ['./pics/evil.svg', ['<script>']],
      ['./pics/handler.svg', ['onload']],
    ] as const) {
      const target = resolveImage(url, { contentDir: dir, entryFile: 'entry.md', basePath: '' });
      assert.equal(target.kind, 'local', url);
      assert.deepEqual(target.kind === 'local' ? target.removed : undefined, removed, url);
    }
    const plain = resolveImage('./pics/plain.svg', { contentDir: dir, entryFile: 'entry.md', basePath: '' });
    assert.equal(plain.kind === 'local' && plain.removed, undefined);
  });

  it('publishes images, links inside the folder included, typed by their bytes', () => {
    for (const url of ['./pics/ok.png', './pics/inside-link.png', './pics/plain.svg', './pics/photo.jpg']) {
      const target = resolveImage(url, { contentDir: dir, entryFile: 'entry.md', basePath: '' });
      assert.equal(target.kind, 'local', url);
      if (target.kind === 'local') assert.ok(target.file.absolute.startsWith(fs.realpathSync(dir)), url);
    }
    const photo = resolveImage('./pics/photo.jpg', { contentDir: dir, entryFile: 'entry.md', basePath: '' });
    assert.equal(photo.kind === 'local' ? photo.file.type : '', 'image/png');
  });

  it("finds a bare name in the entry's asset folder, as Hexo keeps post.md's files in post/", () => {
    fs.mkdirSync(path.join(dir, '2019', 'trip', 'img'), { recursive: true });
    fs.writeFileSync(path.join(dir, '2019', 'trip', 'lake.png'), PNG);
    fs.writeFileSync(path.join(dir, '2019', 'trip', 'img', 'hill.png'), PNG);
    const at = (url: string) => {
      const target = resolveImage(url, { contentDir: dir, entryFile: '2019/trip.md', basePath: '' });
      return target.kind === 'local' ? target.file.path : target.kind === 'refused' ? target.message.en : target.kind;
    };
    assert.equal(at('lake.png'), '2019/trip/lake.png');
    assert.equal(at('img/hill.png'), '2019/trip/img/hill.png');
    assert.equal(at('./lake.png'), './lake.png does not exist', 'an explicit ./ path means beside the entry');
    assert.match(at('../trip/../../secret.png'), /outside the content folder/);
  });

  it("finds an old site's site-level images in the site folder (STATIC_DIR), under /media/_site/", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-site-'));
    const site = path.join(root, 'source');
    const posts = path.join(site, '_posts');
    fs.mkdirSync(path.join(posts, 'a', 'b'), { recursive: true });
    fs.mkdirSync(path.join(site, 'img'), { recursive: true });
    fs.writeFileSync(path.join(site, 'img', 'x.png'), PNG);
    fs.writeFileSync(path.join(site, 'img', 'notes.md'), '# not an image');
    fs.writeFileSync(path.join(root, 'secret.png'), PNG);
    fs.symlinkSync(path.join(root, 'secret.png'), path.join(site, 'img', 'link.png'));
    const at = (url: string, staticDir: string | null = site) => {
      const target = resolveImage(url, { contentDir: posts, entryFile: 'a/b/post.md', basePath: '', staticDir: staticDir ?? undefined });
      return target.kind === 'local' ? target.file.path : target.kind === 'refused' ? target.message.en : target.kind;
    };
    for (const url of ['/img/x.png', 'img/x.png', '../../../img/x.png', '../../img/x.png']) assert.equal(at(url), '_site/img/x.png', url);
    assert.equal(at('/img/x.png', null), 'external', 'without a site folder a site path is left as written');
    assert.match(at('/img/notes.md'), /is not an image/);
    assert.match(at('/img/link.png'), /link to a file outside the site folder/);
    assert.match(at('/../secret.png'), /outside the site folder/);
    assert.match(at('img/none.png'), /does not exist, beside the entry or in the site folder/);
  });

  it('publishes a BMP or ICO as what its bytes are, whatever its name', () => {
    fs.writeFileSync(path.join(dir, 'pics', 'screenshot.png'), bmp(3, 2));
    const found = resolveImage('pics/screenshot.png', { contentDir: dir, entryFile: 'entry.md', basePath: '' });
    assert.deepEqual(found.kind === 'local' ? [found.file.type, found.file.width, found.file.height] : found, ['image/bmp', 3, 2]);
  });

  it('finds a bare file name anywhere in the folder, as vaults link attachments, but never in hidden folders or through links', () => {
    fs.mkdirSync(path.join(dir, 'attachments', 'deep'), { recursive: true });
    fs.mkdirSync(path.join(dir, '.trash'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'attachments', 'deep', '地图.png'), PNG);
    fs.writeFileSync(path.join(dir, '.trash', 'deleted.png'), PNG);
    const found = resolveImage(encodeURI('地图.png'), { contentDir: dir, entryFile: 'diary/entry.md', basePath: '' });
    assert.equal(found.kind === 'local' ? found.file.path : found.kind, 'attachments/deep/地图.png');
    assert.match(refusal(dir, 'deleted.png'), /does not exist/, 'Obsidian keeps deleted files in .trash/');
    assert.match(refusal(dir, 'passwd'), /does not exist/, 'a folder linked from outside is not searched');
  });

  it('renders an image that leads outside as its words in a frame, never as media or a link to the file', () => {
    const rendered = renderEntry('![a](./pics/env.png) ![b](./pics/ok.png) ![](./pics/gone.png)', { contentDir: dir, entryFile: 'entry.md', basePath: '' });
    assert.deepEqual(rendered.media.map((m) => m.path), ['pics/ok.png']);
    assert.match(rendered.html, /<span class="image-missing">a<\/span>/);
    assert.match(rendered.html, /<span class="image-missing">gone\.png<\/span>/, 'without a description, the file name');
    assert.doesNotMatch(rendered.html, /env\.png/);
  });

  it("keeps the author's size over the file's, filling in the other side from its proportions", () => {
    fs.writeFileSync(path.join(dir, 'pics', 'wide.bmp'), bmp(4, 2));
    const html = (markdown: string) => renderEntry(markdown, { contentDir: dir, entryFile: 'entry.md', basePath: '' }).html;
    assert.match(html('![w](./pics/wide.bmp)'), /width="4" height="2"/, 'the file\'s own size');
    assert.match(html('<img src="./pics/wide.bmp" width="300px">'), /width="300"[^>]* height="150"/);
    assert.match(html('<img src="./pics/wide.bmp" width="80%">'), /width="80%"/);
    assert.doesNotMatch(html('<img src="./pics/wide.bmp" width="80%">'), /height=/);
  });

});
