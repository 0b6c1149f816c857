import { expect, test } from '@playwright/test';
import { expectStatus, HIDDEN_SLUGS } from '../helpers';

test.describe("the author's preview (next dev)", () => {
  test.setTimeout(120_000);

  test('lists drafts and future entries, each visibly marked', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.preview-flag')).toBeVisible();
    const future = page.locator('.entry-card', { hasText: 'Future zqxleak entry' });
    await expect(future.locator('.badge')).toHaveText('定时');
    for (const title of ['草稿 zqxleak 秘密标题', 'Hexo zqxleak draft', 'Hugo zqxleak draft']) {
      const card = page.locator('.entry-card', { hasText: title });
      await expect(card.locator('.badge')).toHaveText('草稿');
    }
    await expect(page.locator('.entry-card[data-status="published"] .badge')).toHaveCount(0);
  });

  test('shows a locked entry to its author, marked as kept private', async ({ page }) => {
    await page.goto('/posts/zqxleak-locked/');
    await expect(page.locator('article .badge')).toHaveText('加密 · 不公开');
  });

  test('shows what the old engines kept private, each marked: draft sections, cascades, build options, hidden, _drafts/', async ({ page }) => {
    const marks: [string, string][] = [
      ['zqxleak-section', '草稿'],
      ['zqxleak-cascade', '草稿'],
      ['zqxleak-drafts-folder', '草稿'],
      ['zqxleak-build-never', '隐藏 · 不公开'],
      ['zqxleak-render-never', '隐藏 · 不公开'],
      ['zqxleak-hidden', '隐藏 · 不公开'],
      ['zqxleak-headless', '隐藏 · 不公开'],
      ['zqxleak-vault', '隐藏 · 不公开'],
      ['2020-04-10', '隐藏 · 不公开'],
      ['zqxleak-logseq', '隐藏 · 不公开'],
    ];
    for (const [slug, badge] of marks) {
      await page.goto(`/posts/${slug}/`);
      await expect(page.locator('article .badge'), slug).toHaveText(badge);
    }
  });

  test('opens drafts at their URLs, marked, and shows their terms', async ({ page, request }) => {
    for (const slug of HIDDEN_SLUGS) await expectStatus(request, `/posts/${slug}`, 200);
    await page.goto('/posts/zqxleak-publish');
    await expect(page.locator('article .badge')).toHaveText('草稿');
    await page.goto(`/tags/${encodeURIComponent('秘密口令')}`);
    await expect(page.locator('.archive li')).toHaveCount(1);
    await expect(page.locator('.archive li .badge')).toHaveText('草稿');
    await page.goto('/tags');
    await expect(page.locator('.term-index li', { hasText: '#tech' })).toContainText('3');
    await page.goto(`/search/?q=${encodeURIComponent('秘密口令')}`);
    await expect(page.locator('.search-results li').first().locator('.badge')).toHaveText('草稿');
    // /archive/ lists its newest months; the year's page lists the whole year.
    await page.goto('/archive/2023/');
    await expect(page.locator('.archive li', { hasText: 'Hexo zqxleak draft' }).locator('.badge')).toHaveText('草稿');
  });
});
