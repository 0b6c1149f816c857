import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HIDDEN_SLUGS, LEAK_TOKENS } from '../helpers';
import { PUBLISHED_DIST } from '../../playwright.config';

function folderBytes(dir: string): number {
  let total = 0;
  for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) total += folderBytes(full);
    else if (item.isFile()) total += fs.statSync(full).size;
  }
  return total;
}

test.describe('hostile addresses', () => {
  test.setTimeout(180_000);

  test('1,000 random slugs, terms and pages are 404, never 500, and write nothing to disk', async ({ request }) => {
    const before = folderBytes(PUBLISHED_DIST);
    const statuses = new Map<number, number>();
    const alphabet = 'abcxyz0123456789-_.~%!$&()*+,;=:@中文机器学习';
    for (let i = 0; i < 1000; i++) {
      let slug = '';
      const length = 1 + ((i * 7919) % 40);
      for (let j = 0; j < length; j++) slug += alphabet[(i * 31 + j * 17) % alphabet.length];
      const base = ['/posts/', '/tags/', '/categories/', '/page/', '/archive/', '/on-this-day/'][i % 6];
      const response = await request.get(`${base}${encodeURI(slug)}/`, { maxRedirects: 3 });
      statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
    }
    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
    expect(statuses.get(404) ?? 0).toBeGreaterThan(950);
    expect(folderBytes(PUBLISHED_DIST)).toBe(before);
  });

  test('nothing outside the content folder is served', async ({ request }) => {
    for (const p of [
      '/posts/..%2F..%2Fpackage.json/',
      '/media/..%2F..%2Fpackage.json',
      '/media/..%252F..%252Fpackage.json',
      '/media/drafts/zqxleak-publish.md',
      '/media/2023/rich/index.md',
      '/katex/..%2Fpackage.json',
      '/katex/fonts/..%2F..%2F..%2Fpackage.json',
    ]) {
      const response = await request.get(p);
      expect(response.status(), p).toBe(404);
      expect(await response.text(), p).not.toContain('"dependencies"');
    }
  });
});

test.describe('methods: the published journal is read-only (npm start: scripts/serve.mjs in front of Next)', () => {
  test('one address of every kind answers GET, and every other method 405 with Allow, never 5xx', async ({ request }) => {
    const home = await (await request.get('/')).text();
    const chunk = /\/_next\/static\/[^"]+\.js/.exec(home)?.[0];
    expect(chunk).toBeTruthy();
    const addresses = [
      '/', '/posts/ml-interview/', '/tags/tech/', '/categories/study/', '/archive/', '/archive/2021/', '/page/2/', '/search/', '/stats/',
      '/on-this-day/', '/on-this-day/months/12.json', `/media/2023/rich/images/${encodeURIComponent('湖边')}.png`, '/katex/katex.min.css',
      '/rss.xml', '/atom.xml', '/feed.json', '/feeds/tags/tech/rss.xml', '/sitemap.xml', '/robots.txt', '/search-index.json', '/icon.svg',
      '/manifest.webmanifest', `${chunk}`,
    ];
    for (const address of addresses) {
      expect((await request.get(address)).status(), `GET ${address}`).toBe(200);
      for (const method of ['TRACE', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
        const response = await request.fetch(address, { method, maxRedirects: 0 });
        expect(response.status(), `${method} ${address}`).toBe(405);
        expect(response.headers().allow, `${method} ${address}`).toBe('GET, HEAD');
      }
    }
    expect((await request.fetch('/nonexistent/', { method: 'TRACE' })).status()).toBe(405);
  });
});

test.describe('drafts stay unpublished', () => {
  test.setTimeout(120_000);

  test('NODE_ENV=development next start on the published build still hides drafts', async ({ request }) => {
    const port = 3250;
    const server = spawn('npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
      env: { ...process.env, NODE_ENV: 'development', NEXT_DIST_DIR: PUBLISHED_DIST, CONTENT_DIR: 'e2e/fixtures/journal' },
      stdio: 'ignore',
      detached: true,
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      await expect(async () => {
        expect((await request.get(`${base}/`)).status()).toBe(200);
      }).toPass({ timeout: 60_000 });
      for (const slug of HIDDEN_SLUGS) expect((await request.get(`${base}/posts/${slug}/`)).status(), slug).toBe(404);
      const home = await (await request.get(`${base}/`)).text();
      for (const token of LEAK_TOKENS) expect(home).not.toContain(token);
      expect((await request.get(`${base}/drafts/`)).status()).toBe(404);
    } finally {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    }
  });
});

test.describe('what the server never does', () => {
  test("Next's image optimizer is off: no fetch of a path, nothing written to its cache", async ({ request }) => {
    const cache = path.join(PUBLISHED_DIST, 'cache', 'images');
    const before = fs.existsSync(cache) ? fs.readdirSync(cache).length : 0;
    for (const p of ['/_next/image/?url=/etc/passwd&w=64&q=75', '/_next/image?url=%2Ffavicon.ico&w=3840&q=100', '/_next/image/?url=/&w=16&q=1']) {
      const response = await request.get(p);
      expect([400, 404], p).toContain(response.status());
      expect(await response.text(), p).not.toContain('root:');
    }
    expect(fs.existsSync(cache) ? fs.readdirSync(cache).length : 0).toBe(before);
  });

  // Prerendered pages and files refuse TRACE, and malformed addresses are the 404 page (rewritten before
  // Next parses them). Next's own /_next/static/ files and route handlers with parameters (/media/,
  // /katex/) still answer 500: Next builds a fetch Request, which Node forbids for TRACE, before any of
  // the journal's code runs (README, deploying).
  for (const p of ['/search-index.json', '/', '/archive/', '/rss.xml', '/tags/%ZZ/', '/posts/%E0%A4%A/']) {
    test(`TRACE ${p} is refused, never a 500`, async ({ baseURL }) => {
      const url = new URL(p, baseURL);
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request({ host: url.hostname, port: url.port, path: p, method: 'TRACE' }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      expect(status === 501 || (status >= 400 && status < 500), `${p}: ${status}`).toBe(true);
    });
  }
});
