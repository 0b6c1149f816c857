import { expect, test } from '@playwright/test';

test.describe('search', () => {
  test('a Chinese word finds its entry first; the keyboard opens it', async ({ page }) => {
    await page.goto('/search/');
    const box = page.locator('.search-input');
    await box.fill('换气');
    await expect(page.locator('.search-results li').first()).toContainText('夏天学会了游泳');
    await expect(page.locator('.search-results mark').first()).toHaveText('换气');
    await expect(page).toHaveURL(/\?q=%E6%8D%A2%E6%B0%94$/);
    await box.press('Enter');
    await expect(page).toHaveURL(/\/posts\/%E6%B8%B8%E6%B3%B3\/$/);
  });

  test('titles rank first, mixed queries work, English ignores case', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('面试')}`);
    await expect(page.locator('.search-input')).toHaveValue('面试');
    await expect(page.locator('.search-results li').first()).toContainText('失败的ML面试');
    await page.locator('.search-input').fill('ML 面试');
    await expect(page.locator('.search-results li')).toHaveCount(1);
    await page.locator('.search-input').fill('TRANSFORMER');
    await expect(page.locator('.search-results li')).toHaveCount(0);
    await page.locator('.search-input').fill('OWNERSHIP');
    await expect(page.locator('.search-results li')).toHaveCount(0);
    await page.locator('.search-input').fill('softmax');
    await expect(page.locator('.search-results li').first()).toContainText('富文本测试');
    await page.locator('.search-input').press('ArrowDown');
    await expect(page.locator('.search-results li.active')).toHaveCount(1);
  });

  test("an input method's half-typed letters are not searched; the word is, when composition ends", async ({ page }) => {
    await page.goto('/search/');
    await expect(page.locator('.search-suggestions')).toBeVisible();
    const type = (value: string, composing: boolean) =>
      page.locator('.search-input').evaluate(
        (el, [v, c]) => {
          const input = el as HTMLInputElement;
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, v);
          input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: c === 'yes', data: String(v) }));
        },
        [value, composing ? 'yes' : 'no'],
      );
    await page.locator('.search-input').dispatchEvent('compositionstart');
    await type("mian'shi", true);
    await expect(page.locator('.search-input')).toHaveValue("mian'shi");
    await expect(page.locator('.search-suggestions')).toBeVisible();
    expect(page.url()).not.toContain('q=');
    await type('面试', true);
    await page.locator('.search-input').dispatchEvent('compositionend');
    await expect(page.locator('.search-results li').first()).toContainText('失败的ML面试');
    await expect(page).toHaveURL(/\?q=%E9%9D%A2%E8%AF%95$/);
  });

  test('without JavaScript the page says search needs it, and links the archive and tags', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/');
    await expect(page.locator('.search-no-script')).toBeVisible();
    await expect(page.locator('.search-no-script a')).toHaveText(['归档', '标签']);
    await expect(page.getByText('正在载入索引…')).toBeHidden();
    await context.close();
  });

  test('one Chinese character finds the entries that hold it', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('试')}`);
    await expect(page.locator('.search-results li', { hasText: '失败的ML面试' })).toHaveCount(1);
  });

  test('no draft word finds anything in production', async ({ page }) => {
    await page.goto('/search/');
    for (const word of ['zqxleak', '秘密口令', 'Hexo']) {
      await page.locator('.search-input').fill(word);
      await expect(page.locator('.search-panel .empty')).toHaveText('没有找到。换个词试试？');
    }
  });

  test('an empty search suggests tags', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.locator('.search-suggestions a').first()).toHaveText('#生活');
  });

  test('the header box searches, and Ctrl-K reaches it', async ({ page }) => {
    await page.goto('/archive/');
    await page.keyboard.press('Control+k');
    await expect(page.locator('.site-search input')).toBeFocused();
    await page.keyboard.type('面试');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%E9%9D%A2%E8%AF%95$/);
    await expect(page.locator('.search-results li').first()).toContainText('失败的ML面试');
  });

  test('pages nobody searches on load no index and no search code', async ({ page }) => {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto('/posts/ml-interview/');
    await page.waitForLoadState('networkidle');
    expect(urls.filter((u) => u.includes('search-index'))).toEqual([]);
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean));
    for (const src of scripts) {
      const body = await (await page.request.get(src)).text();
      expect(body.includes('MiniSearch') || body.includes('minisearch'), src).toBe(false);
    }
  });
});
