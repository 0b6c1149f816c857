import { expect, test } from '@playwright/test';

/**
 * Search in the static export built with BASE_PATH=/journal: the index
 * holds bare site paths, and the links and the router add the base path
 * once — by keyboard and by click.
 */
test.describe('search under a base path', () => {
  test('Enter on a result opens the entry, not /journal/journal/…', async ({ page }) => {
    await page.goto(`/journal/search/?q=${encodeURIComponent('换气')}`);
    await expect(page.locator('.search-results li').first()).toContainText('夏天学会了游泳');
    await page.locator('.search-input').press('Enter');
    await expect(page).toHaveURL(/\/journal\/posts\/%E6%B8%B8%E6%B3%B3\/$/);
    await expect(page.locator('h1')).toContainText('夏天学会了游泳');
  });

  test('a click on a result and on a suggested tag stays under the base path', async ({ page }) => {
    await page.goto('/journal/search/');
    const tag = page.locator('.search-suggestions a').first();
    await expect(tag).toHaveAttribute('href', /^\/journal\/tags\//);
    await page.locator('.search-input').fill('换气');
    const result = page.locator('.search-results a').first();
    await expect(result).toHaveAttribute('href', '/journal/posts/%E6%B8%B8%E6%B3%B3/');
    await result.click();
    await expect(page).toHaveURL(/\/journal\/posts\/%E6%B8%B8%E6%B3%B3\/$/);
  });
});
