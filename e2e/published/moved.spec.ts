import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { nginxBinary, nginxConfig } from '../../scripts/nginx';
import { crawlSite, SITE_URL } from '../crawl';

/**
 * A journal moved in from other engines (e2e/fixtures/moved-journal), built
 * unchanged, through `next start` and the static export under nginx:
 * - names/: file names and slugs holding what URLs treat specially — dots,
 *   `%`, `?`, `#`, text that looks like an escape, case, a name at the
 *   length limit: each has one address, reached without a redirect, named by
 *   its links, its canonical URL, the feeds and the sitemap;
 * - hexo/, hugo/, reco/: each engine's idioms (tag plugins, shortcodes,
 *   containers, asset folders and page bundles, old dates, locked entries):
 *   no page shows engine syntax, every old address leads to its entry, and
 *   no locked entry's text is anywhere in the output.
 */
const JOURNAL = 'e2e/fixtures/moved-journal';
const DIST = '.next-e2e-moved';
const EXPORT = 'e2e/.tmp/export-moved';
const OLD_PERMALINKS = ':year/:month/:day/:title/';
const LOCKED_TOKENS = ['zqxleak-moved-body', 'zqxleak-moved-password'];
/** Old addresses and the entry page each leads to. */
const OLD: readonly (readonly [old: string, entry: string])[] = [
  ['/2019/04/09/hexo-assets/', '/posts/hexo-assets/'],
  ['/2019/07/01/hexo-note/', '/posts/hexo-note/'],
  ['/2021/03/05/bundle/', '/posts/bundle/'],
  ['/old/hugo-bundle.html', '/posts/bundle/'],
  ['/posts/hugo-bundle-old/', '/posts/bundle/'],
  [`/${encodeURIComponent('旧文')}/${encodeURIComponent('山 (一)')}/`, '/posts/bundle/'],
  ['/2022/08/14/reco-container/', '/posts/reco-container/'],
  ['/2023/03/01/node.js', '/posts/node-js/'],
];
const START_PORT = 3260;
const NGINX_PORT = 3261;

const enc = encodeURIComponent;
const ENTRIES: readonly (readonly [title: string, path: string])[] = [
  ['Node.js 的文件名带点', '/posts/node-js/'],
  ['百分之百', `/posts/${enc('百分之100')}/`],
  ['问号与井号', `/posts/${enc('问号-与-井号')}/`],
  ['像转义的文件名', '/posts/E4-B8-AD/'],
  ['一个字的文件名', `/posts/${enc('中')}/`],
  ['日期一样的地址', '/posts/2024-01-04/'],
  ['地址最长的日记', `/posts/${enc('长'.repeat(66))}/`],
  ['大写的文件名', '/posts/Case/'],
];
const TERMS = ['/tags/100/', '/tags/a-b/', `/tags/${enc('标'.repeat(66))}/`, '/tags/c-sharp/', '/tags/node-js/', `/categories/${enc('类'.repeat(66))}/`];

const SITE_FOLDER = 'e2e/fixtures/moved-site';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: JOURNAL, SITE_URL, OLD_PERMALINKS, STATIC_DIR: SITE_FOLDER };
const servers: ChildProcess[] = [];

function build(extra: Record<string, string>): void {
  const run = spawnSync('npx', ['next', 'build'], { env: { ...env, ...extra }, encoding: 'utf8', timeout: 280_000, maxBuffer: 64 * 1024 * 1024 });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
}

async function waitFor(request: APIRequestContext, url: string): Promise<void> {
  await expect(async () => expect((await request.get(url)).status()).toBe(200)).toPass({ timeout: 60_000 });
}

test.describe('a journal moved in from Hexo, Hugo and VuePress, with hard names', () => {
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(600_000);

  test.beforeAll(async ({ request }) => {
    test.setTimeout(600_000);
    build({ NEXT_DIST_DIR: DIST });
    fs.rmSync(EXPORT, { recursive: true, force: true });
    build({ NEXT_DIST_DIR: EXPORT, EXPORT: '1' });
    // As npm run export does: the old site's own files into the export.
    const copy = spawnSync('npx', ['tsx', 'scripts/finish-export.ts', EXPORT], { env: { ...env, EXPORT: '1' }, encoding: 'utf8' });
    expect(copy.status, `${copy.stdout}\n${copy.stderr}`).toBe(0);
    servers.push(
      spawn('node', ['scripts/serve.mjs', '--hostname', '127.0.0.1', '--port', String(START_PORT)], { env: { ...env, NEXT_DIST_DIR: DIST }, stdio: 'ignore', detached: true }),
    );
    const nginxDir = path.resolve('e2e/.tmp/nginx-moved');
    fs.rmSync(nginxDir, { recursive: true, force: true });
    fs.mkdirSync(nginxDir, { recursive: true });
    fs.writeFileSync(path.join(nginxDir, 'nginx.conf'), nginxConfig(nginxDir, [{ port: NGINX_PORT, root: path.resolve(EXPORT) }], 64));
    servers.push(spawn(nginxBinary(), ['-c', path.join(nginxDir, 'nginx.conf'), '-p', nginxDir], { stdio: 'ignore', detached: true }));
    await waitFor(request, `http://127.0.0.1:${START_PORT}/`);
    await waitFor(request, `http://127.0.0.1:${NGINX_PORT}/`);
  });

  test('npm run check accepts it: warnings only, no errors', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/check.ts'], { env, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/0 errors/);
  });

  test('no locked entry leaves a trace in the build folder or the export', () => {
    for (const dir of [DIST, EXPORT]) {
      const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && !f.parentPath.includes(`${path.sep}cache`));
      expect(files.length).toBeGreaterThan(20);
      const leaks = files.map((f) => path.join(f.parentPath, f.name)).filter((file) => LOCKED_TOKENS.some((t) => fs.readFileSync(file, 'utf8').includes(t)));
      expect(leaks, dir).toEqual([]);
    }
  });

  test.afterAll(() => {
    for (const server of servers) if (server.pid) process.kill(-server.pid, 'SIGTERM');
    fs.rmSync(DIST, { recursive: true, force: true });
  });

  for (const [server, port] of [
    ['next start', START_PORT],
    ['the export under nginx', NGINX_PORT],
  ] as const) {
    test(`${server}: every entry and term answers at its one address, titled and canonical`, async ({ request }) => {
      const origin = `http://127.0.0.1:${port}`;
      for (const [title, p] of [...ENTRIES, ...TERMS.map((t) => ['', t] as const)]) {
        const response = await request.get(`${origin}${p}`, { maxRedirects: 0 });
        expect(response.status(), p).toBe(200);
        const html = await response.text();
        expect(html, p).toContain(`<link rel="canonical" href="${SITE_URL}${p}"/>`);
        if (title) expect(html, p).toContain(`<meta property="og:title" content="${title}"/>`);
      }
    });

    test(`${server}: links, feeds and the sitemap name those addresses, and the crawl meets no redirect`, async ({ request }) => {
      const origin = `http://127.0.0.1:${port}`;
      const result = await crawlSite(request, origin, '');
      expect(result.failures).toEqual([]);
      for (const [, p] of ENTRIES) {
        expect(result.pages.has(`${origin}${p}`), p).toBe(true);
        expect(result.sitemapUrls, p).toContain(`${origin}${p}`);
      }
      const rss = await (await request.get(`${origin}/rss.xml`)).text();
      for (const [, p] of ENTRIES) expect(rss, p).toContain(`<link>${SITE_URL}${p}</link>`);
      // No page shows another engine's syntax.
      for (const page of result.pages) {
        const html = (await (await request.get(page)).text()).replace(/<script[\s\S]*?<\/script>/g, '');
        expect(html, page).not.toMatch(/\{%|\{\{[<%]|:::|\[TOC\]|\[\[toc\]\]|\[!(NOTE|TIP|WARNING)\]/i);
      }
    });

    test(`${server}: each engine's idioms render as meant, and locked entries do not exist`, async ({ request }) => {
      const origin = `http://127.0.0.1:${port}`;
      const page = async (p: string) => (await request.get(`${origin}${p}`)).text();
      const hexo = await page('/posts/hexo-assets/');
      expect(hexo.match(/<img src="\/media\/hexo\/hexo-assets\/lake.png"/g)?.length).toBe(3);
      expect(hexo).toContain('<p class="quote-source">—— 鲁迅 《故乡》</p>');
      expect(hexo).toContain('存下 $10,000 之后，大约是 $600,000。');
      expect(hexo).toContain('<a href="/posts/hexo-note/">另一篇</a>');
      expect(await page('/posts/hexo-note/')).toContain('<aside class="callout callout-warning">');
      const bundle = await page('/posts/bundle/');
      expect(bundle).toContain('<img src="/media/hugo/bundle/hill.png"');
      expect(bundle).toContain('<a href="/posts/hugo-shortcodes/">旧文</a>');
      expect(bundle).toContain('<aside class="callout callout-tip">');
      // A bundle's other file, linked from its text, is published beside its images.
      expect(bundle).toContain('<a href="/media/hugo/bundle/heart.zip">下载心形</a>');
      const zip = await request.get(`${origin}/media/hugo/bundle/heart.zip`);
      expect(zip.status()).toBe(200);
      expect(await zip.text()).toContain('a small archive of the bundle');
      expect(await page('/posts/reco-container/')).toContain('<details class="callout callout-details">');
      // Hexo's category path: the entry is in 技术 and in 技术 › Linux, whose page nests under 技术's.
      const tech = `/categories/${encodeURIComponent('技术')}/`;
      expect(hexo).toContain(`<a href="${tech}linux/" data-intent="" rel="tag">技术 › Linux</a>`);
      expect(await page(`${tech}linux/`)).toContain('Hexo 的资源文件夹');
      expect(await page(tech)).toContain('Hexo 的资源文件夹');
      expect(await page('/categories/')).toMatch(/class="term-index term-tree"[\s\S]*class="term-depth-1"/);
      const home = await page('/');
      expect(home.indexOf('Hexo 的资源文件夹')).toBeLessThan(home.indexOf('Case'));
      for (const locked of ['/posts/hexo-locked/', '/posts/reco-locked/', '/2019/08/01/hexo-locked/']) {
        expect((await request.get(`${origin}${locked}`, { maxRedirects: 0 })).status(), locked).toBe(404);
      }
    });

    test(`${server}: the old site's own files are at the root, and nothing it keeps private`, async ({ request }) => {
      const origin = `http://127.0.0.1:${port}`;
      const demo = await request.get(`${origin}/code/demo.html`, { maxRedirects: 0 });
      expect(demo.status()).toBe(200);
      expect(demo.headers()['content-type']).toContain('text/html');
      expect(await demo.text()).toContain('旧站的演示页');
      expect((await request.get(`${origin}/images/logo.png`, { maxRedirects: 0 })).status()).toBe(200);
      for (const hidden of ['/_drafts/secret.md', '/.secret', '/posts/x.txt', '/code/notes.mdx', '/code/demo.html~', '/code/demo.html.bak', '/Posts/y.html']) {
        expect((await request.get(`${origin}${hidden}`)).status(), hidden).toBe(404);
      }
      // The journal's own home page, not the old site's.
      expect(await (await request.get(`${origin}/index.html`)).text()).not.toContain('旧站首页');
      if (port === START_PORT) {
        // The internal route of these files is no address; and the files are read-only like the rest.
        expect((await request.get(`${origin}/site-files/code/demo.html`)).status()).toBe(404);
        for (const method of ['TRACE', 'POST', 'DELETE']) expect((await request.fetch(`${origin}/code/demo.html`, { method })).status(), method).toBe(405);
      }
      expect(await (await request.get(`${origin}/posts/hugo-shortcodes/`)).text()).toContain('<img src="/media/_site/images/logo.png"');
    });

    test(`${server}: every old address leads to its entry`, async ({ request }) => {
      const origin = `http://127.0.0.1:${port}`;
      for (const [old, target] of OLD) {
        // nginx adds the slash to a folder first (`/old/a.html` is a folder of the export), as static hosts do.
        const response = await request.get(`${origin}${old}`, { maxRedirects: port === START_PORT ? 0 : 1 });
        if (port === START_PORT) {
          expect(response.status(), old).toBe(308);
          expect(response.headers().location, old).toBe(target);
        } else {
          expect(response.status(), old).toBe(200);
          const html = await response.text();
          expect(html, old).toContain(`<meta http-equiv="refresh" content="0; url=${target}"/>`);
          expect(html, old).toContain(`<link rel="canonical" href="${SITE_URL}${target}"/>`);
        }
        expect((await request.get(`${origin}${target}`, { maxRedirects: 0 })).status(), target).toBe(200);
      }
    });
  }
});
