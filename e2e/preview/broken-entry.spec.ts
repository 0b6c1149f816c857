import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PREVIEW_JOURNAL } from '../../playwright.config';

test.describe('a broken entry in the preview', () => {
  test.setTimeout(120_000);
  const file = path.join(PREVIEW_JOURNAL, 'broken-while-writing.md');
  test.afterEach(() => fs.rmSync(file, { force: true }));

  test('shows its error while the rest keeps working, and recovers when fixed', async ({ page }) => {
    fs.writeFileSync(file, '---\ntitle: 写到一半\ndate: 2024-02-30\n---\n正文。\n');
    await expect(async () => {
      await page.goto('/');
      await expect(page.locator('.content-problems')).toContainText('broken-while-writing.md', { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    // In the site's language (zh-CN here), with the line to look at.
    await expect(page.locator('.content-problems')).toContainText('broken-while-writing.md · 第 3 行 · date："2024-02-30" 不是真实存在的日期');
    await expect(page.locator('.content-problems')).not.toContainText('is not a real calendar day');
    await expect(page.locator('.entry-card').first()).toBeVisible();

    await page.goto('/posts/broken-while-writing');
    // The entry's error is shown once: its own box, not the site's list beside it.
    await expect(page.locator('.content-problems:visible')).toHaveCount(1);
    await expect(page.locator('.content-problems:visible')).toContainText('date');

    fs.writeFileSync(file, '---\ntitle: 写完了\ndate: 2024-02-29\n---\n正文。\n');
    await expect(async () => {
      await page.goto('/posts/broken-while-writing');
      await expect(page.locator('article h1')).toHaveText('写完了', { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await page.goto('/');
    await expect(page.locator('.content-problems')).toHaveCount(0);
  });
});
