import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { LEAK_TOKENS } from '../helpers';
import { FIXTURE_JOURNAL, PUBLISHED_DIST } from '../../playwright.config';

/** Every file below a folder. */
function filesBelow(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return filesBelow(full);
    return item.isFile() ? [full] : [];
  });
}

function hits(text: string): string[] {
  return LEAK_TOKENS.filter((token) => text.includes(token) || text.includes(encodeURIComponent(token)));
}

test.describe('leak scan: no trace of any draft in the published journal', () => {
  test('the fixture drafts carry the tokens in title, body, tag and category (so the scan can find them)', () => {
    const draft = fs.readFileSync(path.join(FIXTURE_JOURNAL, 'drafts/zqxleak-publish.md'), 'utf8');
    expect(draft).toMatch(/title: .*zqxleak/);
    expect(draft).toMatch(/categories: \[zqxleak-category\]/);
    expect(draft).toMatch(/tags: \[zqxleak-tag, 秘密口令\]/);
    expect(draft).toMatch(/\n---\n.*zqxleak.*秘密口令/s);
  });

  test('build output (all of .next: server, static, Next\'s and the journal\'s caches, traces, manifests) holds no draft token', () => {
    const files = filesBelow(PUBLISHED_DIST);
    expect(files.filter((f) => f.includes(`${path.sep}server${path.sep}`)).length).toBeGreaterThan(20);
    expect(files.filter((f) => f.includes(`${path.sep}static${path.sep}`)).length).toBeGreaterThan(5);
    // The journal's own cache between builds (lib/content/build-cache.ts) is scanned with the rest.
    expect(files.filter((f) => f.includes(`${path.sep}cache${path.sep}journal${path.sep}`)).length).toBeGreaterThan(20);
    const leaks = files.filter((file) => hits(fs.readFileSync(file).toString('utf8')).length > 0);
    expect(leaks).toEqual([]);
  });

  test('every served page and its RSC payload hold no draft token', async ({ request, baseURL }) => {
    const seen = new Set<string>();
    const queue = ['/', '/tags/', '/categories/', '/archive/'];
    for (const file of ['/rss.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/robots.txt', '/search-index.json']) {
      const response = await request.get(file);
      expect(response.status(), file).toBe(200);
      expect(hits(await response.text()), file).toEqual([]);
    }
    while (queue.length > 0) {
      const next = queue.shift() ?? '/';
      if (seen.has(next)) continue;
      seen.add(next);
      const page = await request.get(next);
      expect(page.status(), next).toBe(200);
      const html = await page.text();
      expect(hits(html), `${next} (HTML)`).toEqual([]);
      const rsc = await request.get(next, { headers: { RSC: '1' } });
      expect(hits(await rsc.text()), `${next} (RSC)`).toEqual([]);
      for (const [, href] of html.matchAll(/href="([^"#?]+)"/g)) {
        const url = new URL(href ?? '/', baseURL);
        if (url.origin === new URL(baseURL ?? '').origin && !url.pathname.startsWith('/_next/')) queue.push(url.pathname);
      }
    }
    expect(seen.size).toBeGreaterThan(30);
  });
});
