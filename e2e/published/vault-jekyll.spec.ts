import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';

/**
 * Two journals as their authors bring them, built unchanged and served by
 * `npm start`:
 * - e2e/fixtures/vault: an Obsidian vault, private by default — three notes
 *   say `publish: true`; wikilinks, embeds, inline tags, aliases,
 *   highlights, Dataview fields, block ids, `%%comments%%`, a link to a
 *   private note, and an SVG attachment with a script;
 * - e2e/fixtures/jekyll: a Jekyll site, `_posts/` the content folder and the
 *   site's root its site folder — dates and slugs from file names, Liquid
 *   links and addresses, `{% highlight %}`, `{% raw %}`, `{% include %}`,
 *   the old addresses, a `published: false` post, `_drafts/`, and the
 *   theme's templates, which are not published.
 * No page shows the old engine's syntax, and no private word is anywhere in
 * either build folder, caches included.
 */
const SETTINGS = 'e2e/fixtures/site.yml';
const VAULT = { content: 'e2e/fixtures/vault', dist: '.next-e2e-vault', port: 3270 };
const JEKYLL = { content: 'e2e/fixtures/jekyll/_posts', site: 'e2e/fixtures/jekyll', dist: '.next-e2e-jekyll', port: 3271 };
const JEKYLL_PATTERN = '/:categories/:year/:month/:day/:title:output_ext';
const base = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_SETTINGS: SETTINGS, SITE_URL: 'https://journal.example' };
const vaultEnv = { ...base, CONTENT_DIR: VAULT.content, NEXT_DIST_DIR: VAULT.dist };
const jekyllEnv = { ...base, CONTENT_DIR: JEKYLL.content, STATIC_DIR: JEKYLL.site, OLD_PERMALINKS: JEKYLL_PATTERN, NEXT_DIST_DIR: JEKYLL.dist };
const servers: ChildProcess[] = [];
const enc = encodeURIComponent;
const vault = `http://127.0.0.1:${VAULT.port}`;
const jekyll = `http://127.0.0.1:${JEKYLL.port}`;

async function waitFor(request: APIRequestContext, url: string): Promise<void> {
  await expect(async () => expect((await request.get(url)).status()).toBe(200)).toPass({ timeout: 60_000 });
}

/** An entry page's article, without the scripts that carry the same HTML for React. */
async function article(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(200);
  const html = (await response.text()).replace(/<script[\s\S]*?<\/script>/g, '');
  return html.slice(html.indexOf('<article'), html.indexOf('</article>'));
}

/** Every file below `dir` holding one of `words`, caches included. */
function filesHolding(dir: string, words: readonly string[]): string[] {
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  expect(files.length, dir).toBeGreaterThan(20);
  return files.map((f) => path.join(f.parentPath, f.name)).filter((file) => {
    const text = fs.readFileSync(file).toString('latin1');
    return words.some((w) => text.includes(w) || text.includes(Buffer.from(w).toString('latin1')));
  });
}

test.describe('an Obsidian vault and a Jekyll site, moved in unchanged', () => {
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(600_000);

  test.beforeAll(async ({ request }) => {
    test.setTimeout(600_000);
    for (const env of [vaultEnv, jekyllEnv]) {
      fs.rmSync(env.NEXT_DIST_DIR, { recursive: true, force: true });
      const build = spawnSync('npx', ['next', 'build'], { env, encoding: 'utf8', timeout: 280_000, maxBuffer: 64 * 1024 * 1024 });
      expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    }
    for (const [env, port] of [
      [vaultEnv, VAULT.port],
      [jekyllEnv, JEKYLL.port],
    ] as const) {
      servers.push(spawn('node', ['scripts/serve.mjs', '--hostname', '127.0.0.1', '--port', String(port)], { env, stdio: 'ignore', detached: true }));
    }
    await waitFor(request, `${vault}/`);
    await waitFor(request, `${jekyll}/`);
  });

  test.afterAll(() => {
    for (const server of servers) if (server.pid) process.kill(-server.pid, 'SIGTERM');
    for (const dir of [VAULT.dist, JEKYLL.dist]) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('npm run check accepts both, names what it read and why notes stay private', () => {
    const vaultCheck = spawnSync('npx', ['tsx', 'scripts/check.ts'], { env: vaultEnv, encoding: 'utf8', timeout: 120_000 });
    expect(vaultCheck.status, `${vaultCheck.stdout}\n${vaultCheck.stderr}`).toBe(0);
    expect(vaultCheck.stdout).toContain(`Settings: ${SETTINGS}`);
    expect(vaultCheck.stdout).toContain('a vault: 3 notes say `publish: true` and are published; 2 notes stay private');
    expect(vaultCheck.stdout).toMatch(/流程图\.svg: the published copy of this SVG leaves out .*onload, <script>, <img>/);
    expect(vaultCheck.stdout).toMatch(/5 entries checked: 0 errors/);
    const jekyllCheck = spawnSync('npx', ['tsx', 'scripts/check.ts'], { env: jekyllEnv, encoding: 'utf8', timeout: 120_000 });
    expect(jekyllCheck.status, `${jekyllCheck.stdout}\n${jekyllCheck.stderr}`).toBe(0);
    expect(jekyllCheck.stdout).toMatch(/2014-08-30-about-life\.md:15: body: warning: \{% include footer\.html %\} is a template/);
    expect(jekyllCheck.stdout).toMatch(/assets\/search_data\.json:1: staticDir: warning: begins with front matter/);
    expect(jekyllCheck.stdout).toContain('3 dates from file names');
  });

  test('no private note, draft, comment or template leaves a trace in either build folder', () => {
    // (The published note's own words "明天写 秘密计划" name the private note; its title and body are what must not appear.)
    expect(filesHolding(VAULT.dist, ['zqxleak', '这句只给自己看'])).toEqual([]);
    expect(filesHolding(JEKYLL.dist, ['zqxleak'])).toEqual([]);
  });

  test('vault: links, embeds, tags and highlights read as Obsidian shows them; its bookkeeping is not shown', async ({ request }) => {
    const notes = `/posts/${enc('读书笔记')}/`;
    const first = await article(request, `${vault}/posts/2024-03-01/`);
    expect(first).toContain('<h1>三月一日</h1>');
    expect(first.match(/三月一日/g)?.length, 'the heading is the title, not shown twice').toBe(1);
    expect(first).toContain(`<a href="${notes}">读书笔记</a>`);
    expect(first).toContain(`<a href="${notes}#${enc('第二章')}">第二章</a>`);
    expect(first).toContain(`<img src="/media/attachments/${enc('山')}.png" width="300"`);
    expect(first).toContain(`<img src="/media/attachments/${enc('流程图')}.svg"`);
    expect(first).toContain('<mark>重点</mark>：明天写 秘密计划。');
    expect(first).not.toMatch(/心情::|天气::|\^a1b2c3|\[\[|%%|==/);
    expect(first).toContain(`<a href="/tags/${enc('读书-小说')}/" data-intent="" rel="tag">#读书/小说</a>`);
    // Backlinks: the note that links here is named under 提及本文.
    expect(first).toMatch(/<h2 id="mentions-title">提及本文<\/h2><ul><li><a href="\/posts\/2024-03-02\/"/);
    const second = await article(request, `${vault}/posts/2024-03-02/`);
    expect(second).toContain('<a href="/posts/2024-03-01/">2024-03-01</a>');
    expect(second).toContain(`<a href="${notes}">读书笔记</a>，也叫 <a href="${notes}">书单</a>`);
    expect(second).toContain('// #not-a-tag in code');
    const noted = await article(request, `${vault}${notes}`);
    expect(noted).toMatch(/提及本文[\s\S]*2024-03-01[\s\S]*2024-03-02|提及本文[\s\S]*2024-03-02[\s\S]*2024-03-01/);
    const tags = await (await request.get(`${vault}/tags/`)).text();
    for (const tag of ['日记', '读书/小说']) expect(tags).toContain(tag);
    expect(tags).not.toContain('not-a-tag');
    for (const hidden of ['/posts/2024-03-03/', `/posts/${enc('秘密计划')}/`, '/tags/zqxleak-private-tag/', '/tags/zqxleak-inline-tag/']) {
      expect((await request.get(`${vault}${hidden}`)).status(), hidden).toBe(404);
    }
    // Obsidian's aliases are names for links, not old addresses.
    expect((await request.get(`${vault}/${enc('书单')}/`, { maxRedirects: 0 })).status()).toBe(404);
  });

  test('vault: the SVG attachment is published as its cleaned copy, shown, and runs nothing', async ({ page, request }) => {
    const url = `${vault}/media/attachments/${enc('流程图')}.svg`;
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/svg+xml');
    expect(response.headers()['content-security-policy']).toBe('sandbox');
    const svg = await response.text();
    expect(svg).toContain('<div xmlns="http://www.w3.org/1999/xhtml">流程 <b>flow</b></div>');
    expect(svg).not.toMatch(/script|onload|tracker\.example|zqxleak/);
    await page.goto(`${vault}/posts/2024-03-01/`);
    const picture = page.locator('.prose img[src$=".svg"]');
    await picture.scrollIntoViewIfNeeded();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(120);
    await page.goto(url);
    expect(await page.title()).not.toContain('zqxleak');
  });

  test('jekyll: posts at their names without the date, Liquid read, old addresses kept', async ({ request }) => {
    const life = await article(request, `${jekyll}/posts/about-life/`);
    expect(life).toContain('<h1>关于生活</h1>');
    expect(life).toContain('<time dateTime="2014-08-30">');
    expect(life).toContain('<a href="/posts/code/">写代码</a>');
    expect(life).toContain('<a href="/posts/code/">同一篇</a>');
    expect(life).toContain(`<img src="/media/_site/images/${enc('湖')}.png" alt="湖"`);
    expect(life).toContain(`<img src="/media/_site/images/${enc('湖')}.png" alt="湖的另一张" width="80%"`);
    // The raw link is kept as a link; its target="_blank" is not (the page opens where the reader is).
    expect(life).toContain('<a href="https://example.com/">外面的链接</a>');
    expect(life).not.toMatch(/\{%|\{\{|footer\.html|zqxleak/);
    const code = await article(request, `${jekyll}/posts/code/`);
    expect(code).toMatch(/<figure class="code-block[^"]*"><figcaption class="code-lang">python<\/figcaption>/);
    expect(code).toMatch(/<pre class="[^"]*\bline-numbers\b/);
    expect(code).toContain('{{ page.title }}');
    expect(code).not.toMatch(/\{%/);
    expect(code).toContain('<a href="/posts/about-life/">关于生活</a>');
    for (const [old, target] of [
      [`/${enc('随笔')}/2014/08/30/about-life.html`, '/posts/about-life/'],
      ['/2015/01/02/code.html', '/posts/code/'],
    ] as const) {
      const response = await request.get(`${jekyll}${old}`, { maxRedirects: 0 });
      expect(response.status(), old).toBe(308);
      expect(response.headers().location, old).toBe(target);
    }
  });

  test("jekyll: the site's plain files are published, its templates, drafts and private folders are not", async ({ request }) => {
    const css = await request.get(`${jekyll}/assets/css/style.css`);
    expect(css.status()).toBe(200);
    expect(await css.text()).toContain('color: #333');
    expect(await (await request.get(`${jekyll}/`)).text()).not.toContain('旧站首页');
    for (const hidden of ['/assets/search_data.json', '/_config.yml', '/_drafts/secret.md', '/_includes/footer.html', '/_posts/2014-08-30-about-life.md', '/posts/secret/', '/posts/unpublished/', '/posts/2016-05-05-unpublished/']) {
      expect((await request.get(`${jekyll}${hidden}`, { maxRedirects: 0 })).status(), hidden).toBe(404);
    }
  });
});
