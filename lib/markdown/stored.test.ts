import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { decodeRendered } from './decode';
import { autoExcerpt, renderEntry, renderExcerpt, renderForFeed } from './pipeline';
import { decodeStoredHtml, isSanitizedHtml } from './stored';

const FIXTURES = path.join(import.meta.dirname, '../../test/fixtures');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('HTML read back from the cache', () => {
  it('accepts everything the pipeline renders: every Markdown and XSS golden, as entry, feed item and excerpts', () => {
    let checked = 0;
    for (const folder of ['markdown', 'xss', 'excerpts']) {
      for (const name of fs.readdirSync(path.join(FIXTURES, folder)).filter((f) => f.endsWith('.md'))) {
        const markdown = fs.readFileSync(path.join(FIXTURES, folder, name), 'utf8');
        for (const html of [renderEntry(markdown).html, renderForFeed(markdown), renderExcerpt(markdown), autoExcerpt(markdown)]) {
          assert.ok(isSanitizedHtml(html), `${folder}/${name}: ${html.slice(0, 200)}`);
          checked += 1;
        }
      }
    }
    assert.ok(checked > 150);
  });

  it('refuses a record with anything the sanitizer would remove', () => {
    for (const forged of [
      '<script>alert(1)</script><p>x</p>',
      '<p onclick="alert(1)">x</p>',
      '<a href="javascript:alert(1)">x</a>',
      '<img src="x" onerror="alert(1)">',
      '<iframe src="https://evil.example"></iframe>',
      '<style>body{display:none}</style>',
      '<p>ok</p><svg><script>alert(1)</script></svg>',
      '<div class="math-display" style="position:fixed">x</div>',
    ]) {
      assert.equal(decodeStoredHtml(forged), undefined, forged);
    }
    assert.equal(decodeStoredHtml('<p>摘要 <strong>粗体</strong></p>'), '<p>摘要 <strong>粗体</strong></p>');
    assert.equal(decodeStoredHtml(42), undefined);
  });

  it('refuses a rendered entry whose HTML is forged, or whose images are not the entry folder\'s own', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-stored-'));
    fs.mkdirSync(path.join(dir, 'content'));
    fs.writeFileSync(path.join(dir, 'content', 'a.png'), PNG);
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'not for readers');
    const context = { contentDir: path.join(dir, 'content'), entryFile: 'e.md', basePath: '' };
    const rendered = renderEntry('![湖](./a.png)', context);
    assert.equal(rendered.media.length, 1);
    const stored = JSON.parse(JSON.stringify(rendered));
    assert.deepEqual(decodeRendered(stored, context)?.media, rendered.media, 'an honest record is read back');
    assert.equal(decodeRendered({ ...stored, html: `<script>alert(1)</script>${rendered.html}` }, context), undefined);
    const elsewhere = { ...stored, media: [{ ...stored.media[0], absolute: path.join(dir, 'secret.txt') }] };
    assert.equal(decodeRendered(elsewhere, context), undefined, 'a file outside the content folder');
    const renamed = { ...stored, media: [{ ...stored.media[0], path: '../secret.txt' }] };
    assert.equal(decodeRendered(renamed, context), undefined);
    const resized = { ...stored, media: [{ ...stored.media[0], width: 4000 }] };
    assert.equal(decodeRendered(resized, context), undefined);
    for (const misshapen of [null, [], { ...stored, toc: [{ depth: 4, id: 'a', text: 'a' }] }, { ...stored, hasMath: 'yes' }, { ...stored, media: [{ path: 'a.png' }] }, { ...stored, html: undefined }]) {
      assert.equal(decodeRendered(misshapen, context), undefined, JSON.stringify(misshapen)?.slice(0, 60));
    }
  });
});
