import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { xmllint } from '../helpers';

/**
 * A journal set up by editing only its settings file and its content
 * folder (e2e/fixtures/personal-site): an about page in the menu, an
 * author card with social marks, an icon, share images, comments, analytics
 * and a feed per tag — built and served by `next start`, and previewed by
 * `next dev`, where comments and analytics never appear.
 */
const FIXTURE = 'e2e/fixtures/personal-site';
const DIST = '.next-e2e-site';
const DEV_DIST = '.next-e2e-site-dev';
const PORT = 3262;
const DEV_PORT = 3263;
const SITE_URL = 'https://journal.example';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: `${FIXTURE}/journal`, SITE_SETTINGS: `${FIXTURE}/site.yml` };
const origin = `http://127.0.0.1:${PORT}`;
const servers: ChildProcess[] = [];
const COVER_ENTRY = `/posts/${encodeURIComponent('封面')}/`;
const LONG_ENTRY = `/posts/${encodeURIComponent('长日记')}/`;

async function waitFor(request: APIRequestContext, url: string): Promise<void> {
  await expect(async () => expect((await request.get(url)).status()).toBe(200)).toPass({ timeout: 120_000 });
}


/** Answers the third parties' scripts with empty ones, and records each request for them. */
async function thirdParties(page: Page): Promise<string[]> {
  const seen: string[] = [];
  for (const host of ['https://giscus.app/**', 'https://analytics.example/**']) {
    await page.route(host, (route) => {
      seen.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
    });
  }
  return seen;
}

test.describe('a personal site from site.yml and the content folder', () => {
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(600_000);

  test.beforeAll(async ({ request }) => {
    test.setTimeout(600_000);
    const build = spawnSync('npx', ['next', 'build'], { env: { ...env, NEXT_DIST_DIR: DIST }, encoding: 'utf8', timeout: 280_000, maxBuffer: 64 * 1024 * 1024 });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    servers.push(spawn('npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(PORT)], { env: { ...env, NEXT_DIST_DIR: DIST }, stdio: 'ignore', detached: true }));
    servers.push(spawn('npx', ['next', 'dev', '--hostname', '127.0.0.1', '--port', String(DEV_PORT)], { env: { ...env, NEXT_DIST_DIR: DEV_DIST }, stdio: 'ignore', detached: true }));
    await waitFor(request, `${origin}/`);
  });

  test.afterAll(() => {
    for (const server of servers) if (server.pid) process.kill(-server.pid, 'SIGTERM');
  });

  test('the about page is in the menu and at /about/, and nowhere among the entries', async ({ page, request }) => {
    await page.goto(`${origin}/`);
    const menu = page.getByRole('navigation', { name: '主导航' });
    await menu.getByRole('link', { name: '关于我' }).click();
    await expect(page).toHaveURL(`${origin}/about/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于我');
    for (const p of ['/', '/archive/', '/tags/', '/rss.xml', '/atom.xml', '/feed.json', '/archive/2020/']) {
      const text = await (await request.get(`${origin}${p}`)).text();
      expect(text, p).not.toContain('zqxpage-about');
      expect(text, p).not.toContain('关于我</a></h2>');
    }
    expect((await request.get(`${origin}/archive/2020/`)).status()).toBe(404);
    expect(await (await request.get(`${origin}/sitemap.xml`)).text()).toContain(`${SITE_URL}/about/`);
    expect(await (await request.get(`${origin}/search-index.json`)).text()).toContain('zqxpage-about');
    // A draft page does not exist in the published site.
    expect((await request.get(`${origin}/now/`)).status()).toBe(404);
    for (const p of ['/sitemap.xml', '/search-index.json', '/']) expect(await (await request.get(`${origin}${p}`)).text()).not.toContain('zqxleak-draft-page');
  });

  test('the author card, social marks and licence show; the icon and manifest load', async ({ page, request }) => {
    await page.goto(`${origin}/`);
    const card = page.locator('.author-card').first();
    await expect(card).toContainText('林一');
    await expect(card.getByRole('link', { name: 'GitHub' })).toHaveAttribute('href', 'https://github.com/lin-yi');
    await expect(card.getByRole('link', { name: 'Mastodon' })).toHaveAttribute('href', 'https://social.example/@lin');
    await expect(card.getByRole('link', { name: 'Email' })).toHaveAttribute('href', 'mailto:lin@example.com');
    // Each mark is drawn from the site's one file of them, fetched once, not carried in the page.
    const mark = card.getByRole('link', { name: 'GitHub' }).locator('svg use');
    const [sprite, fragment] = String(await mark.getAttribute('href')).split('#');
    expect(fragment).toBe('github');
    const marks = await request.get(`${origin}${sprite}`);
    expect(marks.headers()['content-type']).toContain('image/svg+xml');
    expect(await marks.text()).toContain('<symbol id="mastodon" viewBox="0 0 24 24">');
    await expect.poll(() => mark.evaluate((use: SVGUseElement) => use.getBBox().width)).toBeGreaterThan(10);
    expect(await card.innerHTML()).not.toContain('<path');
    expect(await card.locator('img.author-avatar').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toBeTruthy();
    expect((await request.get(`${origin}${icon}`)).status()).toBe(200);
    expect(await page.locator('link[rel="apple-touch-icon"]').count()).toBe(1);
    const manifest = await (await request.get(`${origin}/manifest.webmanifest`)).json();
    expect(manifest.name).toBe('山间手记');
    expect(manifest.icons[0].src).toBe(icon);
    await page.goto(`${origin}${COVER_ENTRY}`);
    await expect(page.locator('.entry-license a')).toHaveAttribute('href', 'https://creativecommons.org/licenses/by-nc-sa/4.0/');
  });

  test('covers are share images: absolute, sized, loading; entries without one use the default', async ({ page, request }) => {
    await page.goto(`${origin}${COVER_ENTRY}`);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(new RegExp(`^${SITE_URL}/media/`));
    expect(await page.locator('meta[property="og:image:width"]').getAttribute('content')).toBe('64');
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    expect((await request.get(`${origin}${new URL(og ?? '').pathname}`)).status()).toBe(200);
    await expect(page.locator('img.entry-cover')).toHaveAttribute('alt', '湖边的早晨');
    await page.goto(`${origin}/`);
    await expect(page.locator('img.card-cover')).toHaveCount(1);
    await page.goto(`${origin}${LONG_ENTRY}`);
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(/\/media\/images\/share\.png$/);
  });

  test('a tag has its own RSS and Atom feed, linked from its page, valid, holding only its entries', async ({ page, request }) => {
    await page.goto(`${origin}/tags/${encodeURIComponent('湖')}/`);
    const rssHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').first().getAttribute('href');
    expect(rssHref).toBe(`${SITE_URL}/feeds/tags/${encodeURIComponent('湖')}/rss.xml`);
    for (const file of ['rss.xml', 'atom.xml']) {
      const xml = await (await request.get(`${origin}/feeds/tags/${encodeURIComponent('湖')}/${file}`)).text();
      expect(xmllint(xml)).toBe('');
      expect(xml).toContain('有封面的日记');
      expect(xml).toContain('不要评论');
      expect(xml).not.toContain('很长的日记');
      // The one formula of the entry, once in its content: MathML without KaTeX's HTML beside it.
      const content = [...xml.matchAll(/<content(?::encoded)?[^>]*>([\s\S]*?)<\/content/g)].map((m) => m[1] ?? '').join('');
      expect(content.match(/&lt;math/g)?.length ?? 0).toBe(1);
      expect(xml).not.toContain('katex-html');
    }
  });

  test('comments load only when the reader nears the end of an entry, and not where the entry turns them off', async ({ page }) => {
    const seen = await thirdParties(page);
    await page.goto(`${origin}${LONG_ENTRY}`);
    await expect(page.locator('script[data-website-id]')).toHaveCount(1);
    await page.waitForTimeout(1000);
    expect(seen.filter((u) => u.includes('giscus'))).toEqual([]);
    await page.locator('.comments').scrollIntoViewIfNeeded();
    await expect.poll(() => seen.filter((u) => u.includes('giscus.app/client.js')).length).toBe(1);
    await expect(page.locator('.comments-thread script')).toHaveAttribute('data-theme', /light|dark/);
    await page.goto(`${origin}/posts/no-comments/`);
    await expect(page.locator('.comments')).toHaveCount(0);
  });

  test('the preview has neither comments nor analytics', async ({ page, request }) => {
    await waitFor(request, `http://127.0.0.1:${DEV_PORT}/`);
    const seen = await thirdParties(page);
    await page.goto(`http://127.0.0.1:${DEV_PORT}${LONG_ENTRY}`);
    await expect(page.locator('h1')).toHaveText('很长的日记');
    await page.mouse.wheel(0, 100_000);
    await page.waitForTimeout(1500);
    await expect(page.locator('.comments')).toHaveCount(0);
    await expect(page.locator('script[data-website-id]')).toHaveCount(0);
    expect(seen).toEqual([]);
    // The draft page is there for its author, marked as a draft.
    await page.goto(`http://127.0.0.1:${DEV_PORT}/now/`);
    await expect(page.locator('[data-status="draft"]').first()).toBeVisible();
  });

  test('reader comforts: an image seen large and closed with Esc, a diagram drawn, marked and numbered lines, back to top', async ({ page, request }) => {
    await page.goto(`${origin}${COVER_ENTRY}`);
    const image = page.locator('.prose img[alt="湖面"]');
    // The image becomes a button once the page's script has run; before that it cannot take focus.
    await expect(image).toHaveAttribute('role', 'button');
    await image.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.image-zoom');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('img')).toHaveAttribute('alt', '湖面');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await image.click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.prose pre.mermaid svg')).toHaveCount(1, { timeout: 30_000 });
    await expect(page.locator('.prose pre.shiki.line-numbers .line.highlighted')).toHaveText('const b = 2;');
    // Entries without a diagram load nothing of it; a journal serves it only because one entry has one.
    await page.goto(`${origin}${LONG_ENTRY}`);
    await expect(page.locator('dialog.image-zoom')).toHaveCount(0);
    await page.getByRole('link', { name: '↑ 回到顶部' }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    const mermaid = await request.get(`${origin}/mermaid/mermaid.esm.min.mjs`);
    expect(mermaid.status()).toBe(200);
    expect(mermaid.headers()['x-content-type-options']).toBe('nosniff');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`every token colour of Python, TypeScript, bash, diff, JSON and CSS passes WCAG AA contrast in the ${theme} theme`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('journal-theme', t), theme);
      await page.goto(`${origin}/posts/code-colours/`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.locator('.prose pre.shiki')).toHaveCount(6);
      const results = await new AxeBuilder({ page }).include('.prose').withRules(['color-contrast']).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.any[0]?.message ?? ''}`))).toEqual([]);
      expect(results.passes.some((p) => p.id === 'color-contrast')).toBe(true);
    });

    test(`the new parts pass axe in the ${theme} theme`, async ({ page }) => {
      await thirdParties(page);
      await page.addInitScript((t) => localStorage.setItem('journal-theme', t), theme);
      for (const p of ['/', COVER_ENTRY, '/about/']) {
        await page.goto(`${origin}${p}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
        for (const part of ['.author-card', '.entry-license', '.comments', '.site-page', '.entry-cover', '.site-footer', '.site-nav']) {
          if ((await page.locator(part).count()) > 0) axe = axe.include(part);
        }
        const results = await axe.analyze();
        expect(results.violations.map((v) => `${p} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      }
    });
  }
});
