import { expect, test } from '@playwright/test';
import { cardTitles, expectStatus } from '../helpers';

test.describe('the published journal', () => {
  test('home lists the newest ten entries with date, terms, excerpt and read-more', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('山间手记');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const titles = await cardTitles(page);
    expect(titles).toHaveLength(10);
    expect(titles.slice(0, 4)).toEqual(['富文本测试：表格、代码与公式', '自定义 slug 的日记', 'Windows 写的日记', '</title><script>alert("t")</script> & 标题']);
    const card = page.locator('.entry-card', { hasText: '失败的ML面试' });
    await expect(card.locator('time')).toHaveAttribute('datetime', '2022-12-27');
    await expect(card.locator('time')).toHaveText('2022年12月27日');
    await expect(card.locator('.term-links-tags a')).toHaveText(['#tech', '#机器学习', '#TUM']);
    await expect(card.locator('.excerpt')).toHaveText('Intro paragraph shown in lists.');
    await card.getByRole('link', { name: /阅读全文/ }).click();
    await expect(page).toHaveURL(/\/posts\/ml-interview\/$/);
    await expect(page.locator('article h1')).toHaveText('失败的ML面试');
    await expect(page.locator('.prose h2')).toHaveText('流程#');
    await expect(page).toHaveTitle('失败的ML面试 · 山间手记');
  });

  test('pagination: page 2 holds the rest; page 1 and 3 do not exist', async ({ page, request }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /较旧/ }).click();
    await expect(page).toHaveURL(/\/page\/2\/$/);
    const titles = await cardTitles(page);
    expect(titles).toHaveLength(6);
    // innerText folds the two spaces left where control characters were.
    expect(titles.at(-1)).toBe('XML & <feeds> ]]> survive control characters');
    await expect(page.locator('.pagination-status')).toHaveText('第 2 / 2 页');
    await page.getByRole('link', { name: /较新/ }).click();
    await expect(page).toHaveURL(/\/$/);
    for (const path of ['/page/1', '/page/3', '/page/0', '/page/02', '/page/abc']) await expectStatus(request, path, 404);
  });

  test('an entry without a more marker shows a short cut of its opening in lists', async ({ page }) => {
    await page.goto('/');
    const excerpt = page.locator('.entry-card', { hasText: '夏天学会了游泳' }).locator('.excerpt');
    const text = await excerpt.innerText();
    expect(text.startsWith('没有 more 标记的一篇')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect([...text].length).toBeLessThan(160);
  });

  test('CJK entry and tag URLs work raw and percent-encoded', async ({ page, request }) => {
    for (const path of ['/posts/游泳', `/posts/${encodeURIComponent('游泳')}`]) {
      await page.goto(path);
      await expect(page.locator('article h1')).toHaveText('夏天学会了游泳');
    }
    for (const path of ['/tags/机器学习', `/tags/${encodeURIComponent('机器学习')}`]) {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveText('标签：机器学习');
      // A term page lists its entries by year and month, newest first.
      expect(await page.locator('.archive li a').allInnerTexts()).toEqual(['富文本测试：表格、代码与公式', 'Windows 写的日记', '失败的ML面试']);
    }
    await expectStatus(request, `/categories/${encodeURIComponent('日记')}`, 200);
    // Decoded once: a double-encoded name is another (unknown) name.
    await expectStatus(request, `/tags/${encodeURIComponent(encodeURIComponent('机器学习'))}`, 404);
  });

  test('every tag and category page is reachable from the indexes, with its count', async ({ page }) => {
    for (const [index, expected] of [
      ['/tags', ['#生活8', '#机器学习3', '#tech2', '#<b>bold</b>1', '#运动1', '#a&b <c>1', '#C#1', '#C++1', '#Machine Learning1', '#Node.js1', '#Q&A1', '#TUM1', '#What?1']],
      ['/categories', ['日记10', 'study2', "</a><script>alert('c')</script> & 分类1", '生活1', 'Programming Languages1']],
    ] as const) {
      await page.goto(index);
      const items = await page.locator('.term-index li').allInnerTexts();
      expect(items.map((s) => s.replace(/\s+/g, ''))).toEqual(expected.map((s) => s.replace(/\s+/g, '')));
      const links = await page.locator('.term-index a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
      for (const [href, name] of links) {
        const response = await page.goto(href ?? '');
        expect(response?.status(), `${href}`).toBe(200);
        await expect(page.locator('h1')).toContainText((name ?? '').replace(/^#/, ''));
      }
    }
  });

  test('tags with symbols have working URLs', async ({ page }) => {
    await page.goto('/posts/symbols');
    const hrefs = await page.locator('.term-links-tags a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/tags/c-plus-plus/', '/tags/c-sharp/', '/tags/node-js/', '/tags/what/', '/tags/machine-learning/', '/tags/q-and-a/']);
    await page.locator('.term-links-tags a', { hasText: 'C#' }).click();
    await expect(page.locator('h1')).toHaveText('标签：C#');
  });

  test('the archive groups entries by year', async ({ page }) => {
    await page.goto('/archive/');
    await expect(page.locator('.archive > section > h2')).toHaveText([/2023\s*5 篇/, /2022\s*2 篇/, /2021\s*9 篇/]);
  });

  test('hostile HTML in an entry stays inert and titles stay text', async ({ page }) => {
    await page.goto('/posts/hostile');
    await expect(page.locator('article h1')).toHaveText('</title><script>alert("t")</script> & 标题');
    await expect(page).toHaveTitle('</title><script>alert("t")</script> & 标题 · 山间手记');
    await expect(page.locator('.prose')).toContainText('正常的文字还在。');
    await expect(page.locator('.prose script, .prose img[onerror], .prose iframe')).toHaveCount(0);
    await page.locator('.prose a', { hasText: 'click' }).click();
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  });

  test('a BOM + CRLF entry, a scalar tag and a front matter slug read correctly', async ({ page }) => {
    await page.goto('/posts/windows');
    await expect(page.locator('article h1')).toHaveText('Windows 写的日记');
    await expect(page.locator('.term-links-tags a')).toHaveText(['#机器学习']);
    await expect(page.locator('.term-links-categories a')).toHaveText(['日记']);
    await page.goto('/posts/custom-slug');
    await expect(page.locator('article h1')).toHaveText('自定义 slug 的日记');
  });

  test('entry pages carry a description and canonical URL', async ({ page }) => {
    await page.goto('/posts/ml-interview');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'Intro paragraph shown in lists.');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://journal.example/posts/ml-interview/');
  });

  test('the layout holds at 360 px without horizontal scrolling, long code spans and URLs included', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/', '/page/2/', '/posts/daily-01/', '/posts/ml-interview', '/tags', '/archive']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
