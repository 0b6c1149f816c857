import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { LEAK_TOKENS } from './helpers';

/**
 * Crawls the journal from its home page: every internal link, every asset,
 * every feed item link and every sitemap URL must answer 200. Runs against
 * next start and against the static export served by nginx (at the root
 * and under BASE_PATH=/journal).
 */
const SITE_URL = 'https://journal.example';

test('every link, asset, feed item and sitemap URL answers 200', async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const basePath = String(test.info().project.metadata.basePath ?? '');
  const origin = new URL(baseURL ?? '').origin;
  // Absolute URLs in feeds and sitemaps name the published origin; the crawl asks this server.
  const local = (url: string) => url.replace(SITE_URL, origin);

  const pages = new Set<string>();
  const others = new Set<string>();
  const queue = [`${origin}${basePath}/`];
  const failures: string[] = [];

  async function get(req: APIRequestContext, url: string) {
    const response = await req.get(url);
    if (response.status() !== 200) failures.push(`${response.status()} ${url}`);
    return response;
  }

  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    if (pages.has(url)) continue;
    pages.add(url);
    const response = await get(request, url);
    if (response.status() !== 200) continue;
    const html = await response.text();
    for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]+)"/g)) {
      const target = new URL((value ?? '').replace(/&amp;/g, '&'), url);
      if (target.origin !== origin) continue;
      target.hash = '';
      const isPage = attr === 'href' && !/\.(css|js|xml|json|txt|ico|png|svg|woff2?)$/.test(target.pathname);
      if (isPage) {
        expect(target.pathname.startsWith(`${basePath}/`), `${target.href} on ${url} ignores the base path`).toBe(true);
        queue.push(target.href);
      } else {
        others.add(target.href);
      }
    }
  }

  const feedBase = `${origin}${basePath}`;
  for (const feed of ['/rss.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/robots.txt', '/search-index.json']) others.add(`${feedBase}${feed}`);
  const rss = await (await request.get(`${feedBase}/rss.xml`)).text();
  const sitemap = await (await request.get(`${feedBase}/sitemap.xml`)).text();
  const feedLinks = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => local(m[1] ?? ''));
  const sitemapUrls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => local(m[1] ?? ''));
  expect(feedLinks.length).toBeGreaterThan(10);
  expect(sitemapUrls.length).toBeGreaterThan(30);
  for (const url of [...feedLinks, ...sitemapUrls]) {
    expect(url.startsWith(`${feedBase}/`), url).toBe(true);
    others.add(url);
  }
  for (const url of others) await get(request, url);

  expect(pages.size).toBeGreaterThan(30);
  expect(failures).toEqual([]);
  // Every page a reader can reach is in the sitemap.
  const missing = [...pages].filter((p) => !sitemapUrls.includes(p));
  expect(missing).toEqual([]);
});

test('the static export holds no trace of any draft', () => {
  const dir = test.info().project.metadata.exportDir;
  test.skip(typeof dir !== 'string', 'only for the static export');
  const files = fs.readdirSync(String(dir), { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  expect(files.length).toBeGreaterThan(50);
  const leaks = files
    .map((f) => path.join(f.parentPath, f.name))
    .filter((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return LEAK_TOKENS.some((t) => text.includes(t) || text.includes(encodeURIComponent(t))) || LEAK_TOKENS.some((t) => file.includes(t));
    });
  expect(leaks).toEqual([]);
});

test('unknown addresses answer 404 with the journal page', async ({ request, baseURL }) => {
  const basePath = String(test.info().project.metadata.basePath ?? '');
  const origin = new URL(baseURL ?? '').origin;
  for (const path of ['/posts/zqxleak-publish/', '/tags/zqxleak-tag/', '/no/such/page/', `/tags/${encodeURIComponent('没有')}/`]) {
    const response = await request.get(`${origin}${basePath}${path}`);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).toContain('找不到这一页');
  }
});
