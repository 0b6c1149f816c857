import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PREVIEW_JOURNAL } from '../../playwright.config';

test.describe('live preview', () => {
  test.setTimeout(120_000);
  const file = path.join(PREVIEW_JOURNAL, 'live-edit.md');
  const write = (title: string, extra = '') => fs.writeFileSync(file, `---\ntitle: ${title}\ndate: 2024-03-01\n${extra}---\n正文 ${title}。\n`);
  test.afterEach(() => fs.rmSync(file, { force: true }));

  test('a saved entry shows up in the open page without a reload; breaking and fixing it recovers', async ({ page }) => {
    write('第一稿');
    await expect(async () => {
      await page.goto('/posts/live-edit/');
      await expect(page.locator('article h1')).toHaveText('第一稿', { timeout: 2000 });
    }).toPass({ timeout: 30_000 });
    await page.evaluate(() => ((window as { __stayed?: boolean }).__stayed = true));

    write('第二稿');
    await expect(page.locator('article h1')).toHaveText('第二稿', { timeout: 20_000 });

    write('坏掉了', 'date: 2024-13-01\n');
    await expect(page.locator('.content-problems').first()).toContainText('live-edit.md', { timeout: 20_000 });

    write('修好了');
    await expect(page.locator('article h1')).toHaveText('修好了', { timeout: 20_000 });
    expect(await page.evaluate(() => (window as { __stayed?: boolean }).__stayed)).toBe(true);
  });

  test('renaming and deleting an entry changes only its own URL', async ({ page, request }) => {
    write('会被改名');
    await expect(async () => {
      expect((await request.get('/posts/live-edit/')).status()).toBe(200);
    }).toPass({ timeout: 30_000 });
    const renamed = path.join(PREVIEW_JOURNAL, 'live-renamed.md');
    fs.renameSync(file, renamed);
    try {
      await expect(async () => {
        expect((await request.get('/posts/live-renamed/')).status()).toBe(200);
        expect((await request.get('/posts/live-edit/')).status()).toBe(404);
      }).toPass({ timeout: 30_000 });
      expect((await request.get('/posts/ml-interview/')).status()).toBe(200);
    } finally {
      fs.rmSync(renamed, { force: true });
    }
    await expect(async () => {
      expect((await request.get('/posts/live-renamed/')).status()).toBe(404);
    }).toPass({ timeout: 30_000 });
    await page.goto('/');
    await expect(page.locator('.entry-card').first()).toBeVisible();
  });
});

test.describe('drafts desk', () => {
  test.setTimeout(120_000);
  const file = path.join(PREVIEW_JOURNAL, 'desk-new.md');
  test.afterEach(() => fs.rmSync(file, { force: true }));

  test('lists every draft, newest change first, with what it lacks', async ({ page }) => {
    await page.goto('/drafts/');
    await expect(page.locator('.drafts-desk > li')).toHaveCount(9); // five draft spellings, a draft section, a cascade, _drafts/ and a draft bundle
    fs.writeFileSync(file, '---\ntitle: 刚开始写的草稿\ndate: 2024-04-01\npublish: false\ntag: [typo]\n---\n开头。\n');
    await expect(async () => {
      await page.goto('/drafts/');
      await expect(page.locator('.drafts-desk > li').first()).toContainText('刚开始写的草稿', { timeout: 2000 });
    }).toPass({ timeout: 30_000 });
    const item = page.locator('.drafts-desk > li').first();
    await expect(item.locator('.desk-missing')).toContainText('tags');
    await expect(item.locator('.desk-warnings')).toContainText('tag：未知的键；是不是想写 `tags`？');
  });
});
