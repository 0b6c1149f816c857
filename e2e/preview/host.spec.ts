import http from 'node:http';
import { expect, test } from '@playwright/test';
import { PREVIEW_PORT } from '../../playwright.config';

/** A raw request to the preview with the Host and Origin a rebound page on another site would send. */
function get(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: PREVIEW_PORT, path, headers, setHost: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

test.describe('the preview answers only this machine (DNS rebinding)', () => {
  for (const path of ['/search-index.json', '/drafts/', '/', '/posts/zqxleak-publish/']) {
    test(`another host name gets 403 on ${path}`, async () => {
      const answer = await get(path, { Host: `rebound.example:${PREVIEW_PORT}` });
      expect(answer.status).toBe(403);
      expect(answer.body).not.toContain('zqxleak');
    });
  }

  test("the development server's own endpoints answer no other host name, and no other local site", async () => {
    for (const path of ['/__nextjs_launch-editor?file=package.json', '/__nextjs_original-stack-frames', '/_next/webpack-hmr']) {
      expect((await get(path, { Host: `rebound.example:${PREVIEW_PORT}` })).status, path).toBe(403);
    }
    expect((await get('/search-index.json', { Host: `127.0.0.1:${PREVIEW_PORT}`, Origin: 'http://localhost:9999' })).status).toBe(403);
    expect((await get('/search-index.json', { Host: `127.0.0.1:${PREVIEW_PORT}`, Origin: `http://127.0.0.1:${PREVIEW_PORT}` })).status).toBe(200);
  });

  test('another site as Origin gets 403; loopback names are answered', async () => {
    expect((await get('/search-index.json', { Host: `127.0.0.1:${PREVIEW_PORT}`, Origin: 'http://rebound.example' })).status).toBe(403);
    expect((await get('/search-index.json', { Host: `127.0.0.1:${PREVIEW_PORT}` })).status).toBe(200);
    expect((await get('/', { Host: `localhost:${PREVIEW_PORT}` })).status).toBe(200);
  });
});
