import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  '/',
  '/page/2/',
  '/posts/rich/',
  '/posts/ml-interview/',
  '/tags/',
  `/tags/${encodeURIComponent('机器学习')}/`,
  '/categories/',
  '/archive/',
  '/archive/2021/',
  '/on-this-day/',
  '/on-this-day/12-27/',
  '/stats/',
  '/search/',
  `/search/?q=${encodeURIComponent('面试')}`,
  '/posts/no-such-entry/',
];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('journal-theme', t), theme);
    });
    for (const path of PAGES) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

test.describe('theme', () => {
  test('the toggle switches, and the choice lasts across pages and reloads', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.getByRole('button', { name: '切换到深色' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto('/posts/rich/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('button', { name: '切换到浅色' }).click();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('the first paint already has the chosen theme (no flash), before any bundle runs', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => localStorage.setItem('journal-theme', 'dark'));
    // With the framework's scripts blocked, only the inline theme script can set the theme.
    await page.route('**/_next/static/chunks/*.js', (route) => route.abort());
    await page.goto('/');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(26, 25, 23)');
  });

  test('after a choice, the reader can go back to following the system, and it lasts', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.getByRole('button', { name: '跟随系统' })).toHaveCount(0);
    await page.getByRole('button', { name: '切换到浅色' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.getByRole('button', { name: '跟随系统' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: '跟随系统' })).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('journal-theme'))).toBeNull();
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('with no choice, the system preference decides', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test.describe('layout', () => {
  test('on a phone the header is compact and stays at the top; the menu button opens the menu, which closes on the next page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/posts/ml-interview/');
    const header = page.locator('header.site-header');
    const button = page.getByRole('button', { name: '打开菜单' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    expect((await header.boundingBox())?.height).toBeLessThanOrEqual(64);
    await expect(page.locator('.site-nav')).toBeHidden();
    await page.mouse.wheel(0, 1500);
    await expect.poll(async () => (await header.boundingBox())?.y).toBe(0);
    await button.click();
    await expect(page.getByRole('button', { name: '关闭菜单' })).toHaveAttribute('aria-expanded', 'true');
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav.getByRole('searchbox')).toBeVisible();
    await nav.getByRole('link', { name: '归档' }).click();
    await expect(page).toHaveURL(/\/archive\/$/);
    await expect(page.locator('.site-nav')).toBeHidden();
  });

  test('on a phone the menu is closed from the first paint: the header never shrinks under the reader', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const path of ['/', '/posts/ml-interview/', '/archive/']) {
      await page.goto(path);
      await expect(page.getByRole('button', { name: '打开菜单' })).toHaveAttribute('aria-expanded', 'false');
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      expect(shifts.reduce((a, b) => a + b, 0), `${path}: ${JSON.stringify(shifts)}`).toBeLessThan(0.01);
    }
  });

  test('without JavaScript the phone menu is simply shown, and no dead button', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '归档' })).toBeVisible();
    await expect(page.locator('.menu-button')).toBeHidden();
    await context.close();
  });

  test('from 1024 px the header is one row', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/');
    const title = await page.locator('.site-title').boundingBox();
    const nav = await page.locator('.site-nav').boundingBox();
    expect(title && nav).toBeTruthy();
    expect(Math.abs((nav?.y ?? 0) - (title?.y ?? 0))).toBeLessThan(16);
    expect((await page.locator('header.site-header').boundingBox())?.height).toBeLessThanOrEqual(80);
  });

  test('tag, menu and archive links are targets at least 24 px tall (WCAG 2.2)', async ({ page }) => {
    for (const [path, selector] of [['/', '.term-links a'], ['/tags/', '.term-index a'], ['/', '.site-nav a'], ['/archive/', '.archive li a']] as const) {
      await page.goto(path);
      const heights = await page.locator(selector).evaluateAll((links) => links.slice(0, 10).map((a) => a.getBoundingClientRect().height));
      expect(heights.length, `${path} ${selector}`).toBeGreaterThan(0);
      for (const h of heights) expect(h, `${path} ${selector}`).toBeGreaterThanOrEqual(24);
    }
  });

  test('has landmarks, a skip link and time elements', async ({ page }) => {
    await page.goto('/posts/ml-interview/');
    await expect(page.locator('header.site-header')).toHaveCount(1);
    await expect(page.locator('nav[aria-label="主导航"]')).toHaveCount(1);
    await expect(page.locator('main#main')).toHaveCount(1);
    await expect(page.locator('footer.site-footer')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip-link')).toBeFocused();
    await expect(page.locator('article time[datetime="2022-12-27"]')).toHaveCount(1);
  });

  test('prints the entry without the site around it', async ({ page }) => {
    await page.goto('/posts/rich/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.toc')).toBeHidden();
    await expect(page.locator('article h1')).toBeVisible();
  });
});
