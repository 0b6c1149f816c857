import { expect, test } from '@playwright/test';
import { expectStatus } from '../helpers';

test.describe('unknown addresses', () => {
  const paths = [
    '/posts/no-such-entry',
    `/posts/${encodeURIComponent('不存在的日记')}`,
    '/tags/no-such-tag',
    '/categories/no-such-category',
    '/page/99',
    '/no/such/page',
    '/tags/%ZZ',
    '/posts/%E0%A4%A',
    '/tags/%',
    '/posts/%00',
    '/posts/%FF',
    '/tags/%C0%80',
    '/tags/%ED%A0%80',
    '/posts/%E4%B8/',
    '/posts/..%2F..%2Fpackage.json',
    '/posts/..%252F',
    '/posts/..%5C..%5Cpackage.json',
    `/tags/${'x'.repeat(2000)}`,
    '/posts/index',
  ];
  for (const path of paths) {
    test(`${path.slice(0, 60)} is 404 with the journal's not-found page`, async ({ request }) => {
      const response = await expectStatus(request, path, 404);
      expect(await response.text()).toContain('找不到这一页');
    });
  }

  test('the not-found page keeps the site around it', async ({ page }) => {
    const response = await page.goto('/posts/no-such-entry');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toContainText('找不到这一页');
    await page.getByRole('link', { name: '回到首页' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});

test('the drafts desk and the preview reload do not exist in the published journal', async ({ request, page }) => {
  const response = await expectStatus(request, '/drafts/', 404);
  expect(await response.text()).not.toContain('zqxleak');
  await page.goto('/');
  await expect(page.locator('.preview-flag')).toHaveCount(0);
});
