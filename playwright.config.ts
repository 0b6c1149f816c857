import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

/**
 * End-to-end tests on the fixture journal in e2e/fixtures/journal:
 * - "published": a production build (`next build` + `npm start`: Next behind scripts/serve.mjs), as readers see it;
 * - "preview": `next dev` on a copy of the same journal, as the author sees it.
 * Servers listen on 127.0.0.1 only. Chromium is Debian's (scripts/ensure-tools.sh).
 */
export const PUBLISHED_PORT = 3210;
export const PREVIEW_PORT = 3211;
export const FIXTURE_JOURNAL = 'e2e/fixtures/journal';
export const PREVIEW_JOURNAL = 'e2e/.tmp/preview-journal';
export const PUBLISHED_DIST = '.next-e2e';
export const EXPORT_PORT = 3220;
export const EXPORT_BASE_PORT = 3221;

// Every server and build the tests start reads the tests' settings, never the author's site.yml.
process.env.SITE_SETTINGS ??= 'e2e/fixtures/site.yml';

const chromium = { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] };

const serverEnv = { NEXT_TELEMETRY_DISABLED: '1', SITE_URL: 'https://journal.example' };

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: { launchOptions: chromium, trace: 'off' },
  projects: [
    {
      name: 'published',
      testMatch: /(published\/.*|crawl)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${PUBLISHED_PORT}` },
      metadata: { basePath: '' },
    },
    { name: 'preview', testMatch: /preview\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${PREVIEW_PORT}` } },
    // The static export (npm run export) served by nginx, at the root and under BASE_PATH=/journal.
    { name: 'export', testMatch: /crawl\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${EXPORT_PORT}` }, metadata: { basePath: '', exportDir: 'e2e/.tmp/export-root' } },
    {
      name: 'export-base-path',
      testMatch: /(crawl|export\/.*)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${EXPORT_BASE_PORT}` },
      metadata: { basePath: '/journal', exportDir: 'e2e/.tmp/export-base/journal' },
    },
  ],
  webServer: [
    {
      command: `npx next build && node scripts/serve.mjs --hostname 127.0.0.1 --port ${PUBLISHED_PORT}`,
      url: `http://127.0.0.1:${PUBLISHED_PORT}/`,
      env: { ...serverEnv, CONTENT_DIR: FIXTURE_JOURNAL, NEXT_DIST_DIR: PUBLISHED_DIST },
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx tsx e2e/serve-export.ts ${EXPORT_PORT} ${EXPORT_BASE_PORT}`,
      url: `http://127.0.0.1:${EXPORT_BASE_PORT}/journal/`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `rm -rf ${PREVIEW_JOURNAL} && mkdir -p e2e/.tmp && cp -R ${FIXTURE_JOURNAL} ${PREVIEW_JOURNAL} && npx tsx scripts/preview.ts --hostname 127.0.0.1 --port ${PREVIEW_PORT}`,
      url: `http://127.0.0.1:${PREVIEW_PORT}/`,
      env: { ...serverEnv, CONTENT_DIR: PREVIEW_JOURNAL, NEXT_DIST_DIR: '.next-e2e-dev' },
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
