import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Unique words carried by every draft and future entry of the fixture journal. */
export const LEAK_TOKENS = ['zqxleak', '秘密口令'];

/**
 * Private entries of e2e/fixtures/journal (slugs), one of every kind: drafts in each spelling, future, locked,
 * below a Hugo draft section, a `cascade` draft and a `cascade` build option, Hugo's own `_build`,
 * Hexo's `hidden`, Hugo's `headless`, `_drafts/`, and an Obsidian vault's notes without `publish: true`
 * (one with front matter, one daily note without any), and a Logseq graph's page without `public:: true`
 * (its config.edn makes every page public, which the journal does not follow). A draft and the locked entry
 * also have old addresses, which must be no redirect and no file of the export.
 */
export const HIDDEN_SLUGS = [
  'zqxleak-publish', 'zqxleak-hexo', 'zqxleak-hugo', 'zqxleak-future', 'zqxleak-locked',
  'zqxleak-section', 'zqxleak-cascade', 'zqxleak-build-never', 'zqxleak-render-never', 'zqxleak-hidden', 'zqxleak-headless', 'zqxleak-drafts-folder', 'zqxleak-bundle',
  'zqxleak-vault', '2020-04-10', 'zqxleak-logseq',
];

/** Tags and categories used only by hidden entries. */
export const HIDDEN_TERMS = [
  '/tags/zqxleak-tag',
  '/tags/zqxleak-vault-tag',
  '/tags/zqxleak-logseq-tag',
  `/tags/${encodeURIComponent('秘密口令')}`,
  '/tags/zqxleak-hexo-tag',
  '/tags/zqxleak-locked-tag',
  '/tags/zqxleak-hugo-tag',
  '/tags/zqxleak-future-tag',
  '/categories/zqxleak-category',
  '/categories/zqxleak-hexo-category',
  '/tags/zqxleak-section-tag',
  '/tags/zqxleak-hidden-tag',
  '/tags/zqxleak-headless-tag',
  '/tags/zqxleak-drafts-folder-tag',
  '/categories/zqxleak-cascade-category',
];

export async function expectStatus(request: APIRequestContext, path: string, status: number) {
  // Redirects (to the trailing-slash form) are followed; the final answer counts.
  const response = await request.get(path);
  expect(response.status(), `${path} should answer ${status}`).toBe(status);
  return response;
}

/** Titles of the entry cards on a list page, in order. */
export async function cardTitles(page: Page): Promise<string[]> {
  return page.locator('.entry-card h2').allInnerTexts();
}

/** xmllint's complaints about an XML document ('' when it is well-formed). */
export function xmllint(xml: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'feed-')), 'feed.xml');
  fs.writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
  expect(run.error, 'xmllint must be installed (scripts/ensure-tools.sh)').toBeUndefined();
  return run.stderr;
}
