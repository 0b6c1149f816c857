import { expect, test } from '@playwright/test';
import { expectStatus, HIDDEN_SLUGS, HIDDEN_TERMS, LEAK_TOKENS } from '../helpers';

test.describe('drafts and future entries in the published journal', () => {
  test('their URLs and the terms only they use are 404', async ({ request }) => {
    for (const slug of HIDDEN_SLUGS) await expectStatus(request, `/posts/${slug}`, 404);
    for (const path of HIDDEN_TERMS) await expectStatus(request, path, 404);
  });

  test('they are in no list, index, count or archive', async ({ page }) => {
    for (const path of ['/', '/page/2', '/tags', '/categories', '/archive', '/tags/tech', `/categories/${encodeURIComponent('日记')}`]) {
      await page.goto(path);
      const text = await page.locator('body').innerText();
      for (const token of LEAK_TOKENS) expect(text, `${path} mentions ${token}`).not.toContain(token);
      await expect(page.locator('.badge')).toHaveCount(0);
    }
    // "tech" is also used by a Hugo draft: the published count is 2.
    await page.goto('/tags/');
    await expect(page.locator('.term-index li', { hasText: '#tech' })).toContainText('2');
    await page.goto('/tags/tech/');
    await expect(page.locator('.archive li')).toHaveCount(2);
  });
});
