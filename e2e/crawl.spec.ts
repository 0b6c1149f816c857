import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { crawlSite } from './crawl';
import { LEAK_TOKENS } from './helpers';

/**
 * Crawls the journal from its home page: every internal link, every asset,
 * every feed item link and every sitemap URL must answer 200. Runs against
 * next start and against the static export served by nginx (at the root
 * and under BASE_PATH=/journal).
 */
test('every link, asset, feed item and sitemap URL answers 200 without a redirect, and every page names itself as canonical', async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const basePath = String(test.info().project.metadata.basePath ?? '');
  const result = await crawlSite(request, new URL(baseURL ?? '').origin, basePath);
  expect(result.feedLinks).toBeGreaterThan(10);
  expect(result.sitemapUrls.length).toBeGreaterThan(30);
  expect(result.pages.size).toBeGreaterThan(30);
  expect(result.failures).toEqual([]);
  // Every page a reader can reach is in the sitemap.
  expect([...result.pages].filter((p) => !result.sitemapUrls.includes(p))).toEqual([]);
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

test('unknown and malformed addresses answer 404 at their own address, with the journal page and no internal host', async ({ request, baseURL }) => {
  const basePath = String(test.info().project.metadata.basePath ?? '');
  const origin = new URL(baseURL ?? '').origin;
  // With the placeholders of routes that have nothing to build, the internal route of site files and the preview's drafts desk.
  const paths = ['/posts/zqxleak-publish/', '/zqxleak-old-address/', '/2023/06/05/zqxleak-locked-old/', '/tags/zqxleak-tag/', '/no/such/page/', `/tags/${encodeURIComponent('没有')}/`, '/tags/%ZZ/', '/posts/%E0%A4%A/', '/tags/%C0%80/', '/-/', '/drafts/', '/site-files/-/'];
  for (const path of paths) {
    const response = await request.get(`${origin}${basePath}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain('找不到这一页');
    for (const [name, value] of Object.entries(response.headers())) {
      expect(name, path).not.toMatch(/^x-middleware/);
      expect(value, `${path} ${name}`).not.toMatch(/localhost|127\.0\.0\.1/);
    }
  }
});

test('a day\'s on-this-day address leads to that day on /on-this-day/: a redirect under next start, a file that refreshes in the export', async ({ page, request, baseURL }) => {
  const basePath = String(test.info().project.metadata.basePath ?? '');
  const origin = new URL(baseURL ?? '').origin;
  const exported = typeof test.info().project.metadata.exportDir === 'string';
  const response = await request.get(`${origin}${basePath}/on-this-day/03-05/`, { maxRedirects: 0 });
  if (exported) {
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(`<meta http-equiv="refresh" content="0; url=${basePath}/on-this-day/?day=03-05"/>`);
  } else {
    expect(response.status()).toBe(308);
    expect(response.headers().location).toBe(`${basePath}/on-this-day/?day=03-05`);
  }
  await page.clock.setFixedTime(new Date('2027-06-01T09:00:00'));
  await page.goto(`${origin}${basePath}/on-this-day/03-05/`);
  await expect(page).toHaveURL(`${origin}${basePath}/on-this-day/?day=03-05`);
  await expect(page.locator('.on-this-day')).toHaveAttribute('data-md', '03-05');
  await expect(page.locator('.on-this-day li')).toContainText('日常记录 05');
  // A date without entries has no address.
  expect((await request.get(`${origin}${basePath}/on-this-day/06-01/`, { maxRedirects: 0 })).status()).toBe(404);
});
