import { expect, test } from '@playwright/test';

test.describe('a rich entry in production', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/posts/rich/');
  });

  test('renders table, footnote, highlighted code, math, headings and image', async ({ page }) => {
    await expect(page.locator('.prose table td', { hasText: 'GNN' })).toBeVisible();
    await expect(page.locator('.prose sup a[data-footnote-ref]')).toHaveAttribute('href', '#user-content-fn-data');
    await expect(page.locator('.prose li#user-content-fn-data')).toContainText('TUM 的公开数据集');
    await expect(page.locator('.prose figure.code-block pre.shiki span').first()).toBeVisible();
    await expect(page.locator('.prose .code-lang').first()).toHaveText('python');
    await expect(page.locator('.prose pre code.language-nosuchlang')).toContainText('plain text');
    await expect(page.locator('.prose .katex math')).toHaveCount(2);
    await expect(page.locator('.prose .math-display math[display="block"]')).toHaveCount(1);
    await expect(page.locator('.prose .katex-error')).toHaveText('\\frac{1');
    await expect(page.locator('.prose > h2')).toHaveText(['第一部分：表格#', '第二部分：代码#', '第三部分：公式#', '第四部分：图片#', '第五部分：结语#']);
    await expect(page.locator('.prose h2').first()).toHaveAttribute('id', '第一部分表格');
    await expect(page.locator('.reading-time')).toContainText('分钟');
    await expect(page.locator('.entry-updated time')).toHaveAttribute('datetime', '2023-07-05');
  });

  test('KaTeX styles and fonts load on math entries only', async ({ page, request }) => {
    await expect(page.locator('link[rel="stylesheet"][href$="/katex/katex.min.css"]')).toHaveCount(1);
    const fontSize = await page.locator('.prose .katex').first().evaluate((el) => getComputedStyle(el).fontFamily);
    expect(fontSize).toContain('KaTeX');
    const css = await request.get('/katex/katex.min.css');
    expect(css.status()).toBe(200);
    // Every file served as it is says its type is not to be sniffed (lib/publish/assets.ts assetResponse).
    expect(css.headers()['x-content-type-options']).toBe('nosniff');
    expect(css.headers()['cache-control']).toContain('immutable');
    const plain = await (await request.get('/posts/ml-interview/')).text();
    expect(plain).toContain('失败的ML面试');
    expect(plain).not.toContain('katex.min.css');
  });

  test('the local image loads with its size; the remote one stays remote and lazy', async ({ page }) => {
    const local = page.locator('.prose img[alt="湖边的照片"]');
    await expect(local).toHaveAttribute('width', '64');
    await expect(local).toHaveAttribute('height', '48');
    await expect(local).toHaveAttribute('loading', 'lazy');
    await local.scrollIntoViewIfNeeded();
    await expect.poll(() => local.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64);
    await expect(page.locator('.prose img[alt="远程图片"]')).toHaveAttribute('src', 'https://example.com/remote.png');
  });

  test('a contents link scrolls to its heading and is marked current', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    const link = page.locator('.toc a', { hasText: '第四部分：图片' });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/#%E7%AC%AC%E5%9B%9B/);
    const heading = page.locator('#第四部分图片');
    await expect.poll(() => heading.evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(100);
    await expect(link).toHaveAttribute('aria-current', 'true');
  });

  test('the contents collapse above the text on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.reload();
    const details = page.locator('.toc details');
    await expect(details).not.toHaveAttribute('open', '');
    await page.locator('.toc summary').click();
    await expect(page.locator('.toc a').first()).toBeVisible();
  });

  test('the copy button copies the code', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const button = page.locator('figure.code-block', { hasText: 'def attention' }).locator('button.copy-code');
    await button.click();
    await expect(button).toHaveText('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('def attention(q, k, v):');
    expect(copied).toContain('return softmax(scores) @ v');
  });

  test('previous, next and related entries are published entries', async ({ page }) => {
    await expect(page.locator('.entry-nav a[rel="next"]')).toContainText('自定义 slug 的日记');
    await expect(page.locator('.entry-nav a[rel="prev"]')).toHaveCount(0);
    const related = await page.locator('.related li a').allInnerTexts();
    expect(related[0]).toBe('失败的ML面试');
    expect(related.join(' ')).not.toContain('zqxleak');
  });
});
