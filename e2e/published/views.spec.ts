import { expect, test } from '@playwright/test';
import { expectStatus } from '../helpers';

// Hand count of e2e/fixtures/journal (published entries only):
// 2021: 03-01 … 03-08 (eight daily entries) and 02-01; 2022: 07-15, 12-27;
// 2023: 02-01, 03-01, 04-01, 05-01, 07-01. Drafts sit on 2023-06-01 … 06-03 and 2099-01-01.
const PUBLISHED_DAYS_2023 = ['2023-02-01', '2023-03-01', '2023-04-01', '2023-05-01', '2023-07-01'];

test.describe('calendar heatmap', () => {
  test('labels are at least 11 px; it fits a desktop box, and on a phone opens at the newest week and scrolls by keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/stats/');
    const box = page.locator('.heatmap-scroll');
    // The calendar's own labels (the monthly chart below it has its own axis).
    const sizes = await page.locator('.heatmap-svg .heatmap-label').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().height));
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/stats/');
    const newest = page.locator('rect[data-day="2023-07-01"]');
    await expect(newest).toBeInViewport();
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expect(page.locator('rect[data-day="2022-07-04"]')).not.toBeInViewport();
    await box.focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowLeft');
    await expect(page.locator('rect[data-day="2022-07-04"]')).toBeInViewport();
  });

  test('the statistics page shows the twelve months ending on the newest entry; a day links to its entry; /archive/ stays a list', async ({ page }) => {
    await page.goto('/archive/');
    await expect(page.locator('.heatmap')).toHaveCount(0);
    await page.goto('/stats/');
    const svg = page.locator('.heatmap-svg');
    await expect(page.locator('.heatmap-scroll')).toHaveAttribute('aria-label', '最近一年的写作日历（2022年7月2日至2023年7月1日）');
    await expect(svg.locator('rect[data-day]')).toHaveCount(365);
    await expect(svg.locator('rect[data-day]').first()).toHaveAttribute('data-day', '2022-07-02');
    const linked = await svg.locator('a rect[data-day]').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-day')));
    expect(linked).toEqual(['2022-07-15', '2022-12-27', ...PUBLISHED_DAYS_2023]);
    // Draft days are blank.
    await expect(svg.locator('rect[data-day="2023-06-01"]')).toHaveClass('heat-0');
    await expect(svg.locator('a[aria-label^="2023年7月1日"]')).toHaveAttribute('aria-label', /2023年7月1日：1 篇，\d+ 字/);
    await svg.locator('a:has(rect[data-day="2023-07-01"])').click();
    await expect(page).toHaveURL(/\/posts\/rich\/$/);
  });

  test('years have their own pages, grouped by month with counts', async ({ page, request }) => {
    await page.goto('/archive/');
    await page.locator('.year-nav a', { hasText: '2021' }).click();
    await expect(page).toHaveURL(/\/archive\/2021\/$/);
    await expect(page.locator('.heatmap-svg a rect[data-day]')).toHaveCount(9);
    await expect(page.locator('.archive-month h3')).toHaveText([/3 月\s*8 篇/, /2 月\s*1 篇/]);
    await expect(page.locator('#d-2021-03-05')).toContainText('日常记录 05');
    for (const year of ['2099', '2024', '1999', 'abcd']) await expectStatus(request, `/archive/${year}/`, 404);
  });
});

test.describe('on this day', () => {
  test('shows entries from earlier years on the reader\'s today', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-27T09:00:00'));
    await page.goto('/on-this-day/');
    const section = page.locator('.on-this-day');
    await expect(section).toHaveAttribute('data-md', '12-27');
    await expect(section.locator('li')).toHaveCount(1);
    await expect(section.locator('li')).toContainText('4 年前');
    await section.getByRole('link', { name: '失败的ML面试' }).click();
    await expect(page).toHaveURL(/\/posts\/ml-interview\/$/);
  });

  test('says so on a day without entries', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-08-15T09:00:00'));
    await page.goto('/on-this-day/');
    await expect(page.locator('.on-this-day .empty')).toHaveText('往年的今天没有写过日记。翻翻日历，看看别的日子吧。');
  });

  test('never shows a draft; every month-day with entries has its address, which leads to that day', async ({ page, request }) => {
    await page.clock.setFixedTime(new Date('2027-06-01T09:00:00'));
    await page.goto('/on-this-day/');
    await expect(page.locator('.on-this-day .empty')).toBeVisible();
    await expectStatus(request, '/on-this-day/06-01/', 404);
    await page.goto('/on-this-day/03-05/');
    await expect(page).toHaveURL(/\/on-this-day\/\?day=03-05$/);
    const section = page.locator('.on-this-day');
    await expect(section).toHaveAttribute('data-md', '03-05');
    await expect(section.locator('li')).toHaveCount(1);
    await expect(section.locator('li')).toContainText('6 年前');
  });
});

test.describe('writing statistics', () => {
  test('agree with a hand count of the published entries', async ({ page }) => {
    await page.goto('/stats/');
    const stat = (label: string) => page.locator(`dd[data-stat="${label}"]`);
    await expect(stat('篇日记')).toHaveText('16');
    await expect(stat('写作天数')).toHaveText('16');
    await expect(stat('最长连续')).toHaveText('8 天');
    await expect(stat('当前连续')).toHaveText('0 天');
    const total = Number((await stat('总字数').innerText()).replace(/,/g, ''));
    expect(total).toBeGreaterThan(300);
    const bars = page.locator('.bar-chart rect.bar');
    // Months from 2021-02 to 2023-07, silent ones included.
    await expect(bars).toHaveCount(30);
    const lengths = await bars.evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-length'))));
    expect(lengths.reduce((a, b) => a + b, 0)).toBe(total);
    // A value axis with its unit, and tooltips that say what the numbers count.
    await expect(page.locator('.bar-chart .chart-axis text')).toHaveText([/^0 字$/, /^[\d,]+ 字$/, /^[\d,]+ 字$/]);
    expect(await bars.first().locator('title').textContent()).toMatch(/^\d{4}-\d{2}：\d+ 篇，[\d,]+ 字$/);
    await expect(page.locator('.term-index li').first()).toContainText('#生活');
    await expect(page.locator('body')).not.toContainText('zqxleak');
  });
});
