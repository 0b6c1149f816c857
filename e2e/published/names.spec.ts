import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { nginxBinary, nginxConfig } from '../../scripts/nginx';
import { crawlSite, SITE_URL } from '../crawl';

/**
 * Entries whose file names or slugs hold what URLs treat specially — dots,
 * `%`, `?`, `#`, text that looks like an escape, case, a name at the length
 * limit — through `next start` and through the static export under nginx:
 * each has one address, reached without a redirect, named by its links,
 * its canonical URL, the feeds and the sitemap.
 */
const JOURNAL = 'e2e/fixtures/names-journal';
const DIST = '.next-e2e-names';
const EXPORT = 'e2e/.tmp/export-names';
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

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: JOURNAL, SITE_URL };
const servers: ChildProcess[] = [];

function build(extra: Record<string, string>): void {
  const run = spawnSync('npx', ['next', 'build'], { env: { ...env, ...extra }, encoding: 'utf8', timeout: 280_000, maxBuffer: 64 * 1024 * 1024 });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
}

async function waitFor(request: APIRequestContext, url: string): Promise<void> {
  await expect(async () => expect((await request.get(url)).status()).toBe(200)).toPass({ timeout: 60_000 });
}

test.describe('special characters and long names in URLs', () => {
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(600_000);

  test.beforeAll(async ({ request }) => {
    test.setTimeout(600_000);
    build({ NEXT_DIST_DIR: DIST });
    fs.rmSync(EXPORT, { recursive: true, force: true });
    build({ NEXT_DIST_DIR: EXPORT, EXPORT: '1' });
    servers.push(
      spawn('npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(START_PORT)], { env: { ...env, NEXT_DIST_DIR: DIST }, stdio: 'ignore', detached: true }),
    );
    const nginxDir = path.resolve('e2e/.tmp/nginx-names');
    fs.rmSync(nginxDir, { recursive: true, force: true });
    fs.mkdirSync(nginxDir, { recursive: true });
    fs.writeFileSync(path.join(nginxDir, 'nginx.conf'), nginxConfig(nginxDir, [{ port: NGINX_PORT, root: path.resolve(EXPORT) }], 64));
    servers.push(spawn(nginxBinary(), ['-c', path.join(nginxDir, 'nginx.conf'), '-p', nginxDir], { stdio: 'ignore', detached: true }));
    await waitFor(request, `http://127.0.0.1:${START_PORT}/`);
    await waitFor(request, `http://127.0.0.1:${NGINX_PORT}/`);
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
    });
  }
});
