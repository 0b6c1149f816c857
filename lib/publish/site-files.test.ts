import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { resolveConfig } from '../config/config';
import { siteFiles } from './site-files';

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
    write('content/entry.md');
    write('content/pic.png');
    fs.writeFileSync(path.join(root, 'outside.txt'), 'secret');
    fs.symlinkSync(path.join(root, 'outside.txt'), path.join(site, 'code', 'link.txt'));
    const config = resolveConfig({ STATIC_DIR: site, CONTENT_DIR: path.join(site, 'content') });
    assert.deepEqual(
      siteFiles(config).map((f) => f.path),
      ['CNAME', 'code/demo.html', 'files/cv.pdf'],
    );
    assert.deepEqual(siteFiles(resolveConfig({})), [], 'nothing without a site folder');
  });
});
