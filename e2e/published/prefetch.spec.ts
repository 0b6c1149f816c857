import { expect, test } from '@playwright/test';

/** Lists prefetch with intent: nothing for links merely in view, the page under the pointer or focus. */
test.describe('prefetch with intent', () => {
  test('a tag index fetches no tag page until one is hovered or focused', async ({ page }) => {
    const prefetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('_rsc=')) prefetched.push(decodeURIComponent(new URL(request.url()).pathname));
    });
    await page.goto('/tags/', { waitUntil: 'networkidle' });
    await page.waitForTimeout(1500);
    expect(prefetched).toEqual([]);
    const links = page.locator('main a[rel="tag"]');
    expect(await links.count()).toBeGreaterThan(3);
    await links.nth(0).hover();
    await expect.poll(() => prefetched.length).toBeGreaterThan(0);
    const first = prefetched.length;
    await links.nth(1).focus();
    await expect.poll(() => prefetched.length).toBeGreaterThan(first);
    expect(prefetched.every((p) => p.startsWith('/tags/'))).toBe(true);
    // The hovered page opens from what was fetched.
    await links.nth(0).click();
    await expect(page).toHaveURL(/\/tags\/.+\//);
  });
});
