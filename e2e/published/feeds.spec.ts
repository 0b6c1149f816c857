import { expect, test } from '@playwright/test';
import { xmllint } from '../helpers';

const HOSTILE_TITLE = '</title><script>alert("t")</script> & 标题';
const XML_TITLE = 'XML & <feeds> ]]> survive  control  characters';

test.describe('feeds', () => {
  for (const [feedPath, type] of [
    ['/rss.xml', 'application/rss+xml'],
    ['/atom.xml', 'application/atom+xml'],
  ] as const) {
    test(`${feedPath} is well-formed XML with escaped titles`, async ({ request, page }) => {
      const response = await request.get(feedPath);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain(type);
      const xml = await response.text();
      expect(xmllint(xml)).toBe('');
      // The titles come back exactly, control characters dropped.
      const titles = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return [...doc.querySelectorAll('item > title, entry > title')].map((t) => t.textContent);
      }, xml);
      expect(titles).toHaveLength(16);
      expect(titles).toContain(HOSTILE_TITLE);
      expect(titles).toContain(XML_TITLE);
      expect(xml).toContain('https://journal.example/posts/ml-interview/');
    });
  }

  test('RSS dates are RFC 822 and Atom dates RFC 3339', async ({ request }) => {
    const rss = await (await request.get('/rss.xml')).text();
    expect(rss).toContain('<pubDate>Mon, 26 Dec 2022 16:00:00 GMT</pubDate>');
    const atom = await (await request.get('/atom.xml')).text();
    expect(atom).toContain('<published>2022-12-26T16:00:00.000Z</published>');
  });

  test('/feed.json is JSON Feed 1.1 with full content', async ({ request }) => {
    const response = await request.get('/feed.json');
    expect(response.headers()['content-type']).toContain('application/feed+json');
    const feed = await response.json();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('山间手记');
    expect(feed.feed_url).toBe('https://journal.example/feed.json');
    expect(feed.items).toHaveLength(16);
    for (const item of feed.items) {
      for (const key of ['id', 'url', 'title', 'content_html', 'date_published']) expect(item[key], key).toBeTruthy();
    }
    const ml = feed.items.find((i: { title: string }) => i.title === '失败的ML面试');
    // A feed reader gets the heading without the page's anchor sign.
    expect(ml.content_html).toContain('<h2>流程</h2>');
    expect(ml.content_html).not.toContain('heading-anchor');
    expect(ml.tags).toEqual(['study', 'tech', '机器学习', 'TUM']);
  });

  test('every page links its feeds', async ({ page }) => {
    for (const p of ['/', '/posts/ml-interview/', '/tags/']) {
      await page.goto(p);
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', 'https://journal.example/rss.xml');
      await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(1);
      await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveCount(1);
    }
  });
});

test.describe('metadata', () => {
  test('entries have OpenGraph, Twitter and JSON-LD, with hostile text kept as text', async ({ page, request }) => {
    await page.goto('/posts/hostile/');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', HOSTILE_TITLE);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
    const description = `"/><script>alert('d')</script> & <b>描述</b>`;
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', description);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', description);
    await expect(page.locator('.term-links-categories a')).toHaveText(`</a><script>alert('c')</script> & 分类`);
    await expect(page.locator('.term-links-tags a')).toHaveText('#<b>bold</b>');
    // The hostile text is data everywhere: no script element of its own.
    expect(await page.evaluate(() => [...document.scripts].filter((s) => /^\s*alert\(/.test(s.textContent ?? '')).length)).toBe(0);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd['@type']).toBe('BlogPosting');
    expect(jsonLd.headline).toBe(HOSTILE_TITLE);
    expect(jsonLd.description).toBe(`"/><script>alert('d')</script> & <b>描述</b>`);
    const html = await (await request.get('/posts/hostile/')).text();
    const script = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(script).toContain('\\u003c/title>\\u003cscript>');
    expect(script).not.toContain('<');
  });

  test('the sitemap and robots.txt list the published journal', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(xmllint(sitemap)).toBe('');
    expect(sitemap).toContain(`<loc>https://journal.example/tags/${encodeURIComponent('机器学习')}/</loc>`);
    expect(sitemap).toContain('<lastmod>2022-12-27</lastmod>');
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('Sitemap: https://journal.example/sitemap.xml');
  });
});
