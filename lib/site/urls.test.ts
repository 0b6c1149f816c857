import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { OWN_PAGES } from './urls';

/** app/'s top-level routes, by the address segment each answers: a folder is its name; a metadata file is the file it writes. */
function appRoutes(): string[] {
  const app = path.join(import.meta.dirname, '../../app');
  const files: Record<string, string> = { 'sitemap.ts': 'sitemap.xml', 'robots.ts': 'robots.txt', 'manifest.ts': 'manifest.webmanifest' };
  const routes: string[] = [];
  for (const item of fs.readdirSync(app, { withFileTypes: true })) {
    // Route groups, private folders (_lib), dynamic segments ([...address]) and the stylesheet answer no address of their own.
    if (item.isDirectory() && !/^[_([]/.test(item.name) && item.name !== 'styles') routes.push(item.name);
    const written = files[item.name];
    if (item.isFile() && written) routes.push(written);
  }
  return routes.sort();
}

describe('site paths', () => {
  it('know every top-level route of app/ as one of the journal’s own addresses, and no address app/ does not have', () => {
    const routes = appRoutes();
    assert.ok(routes.length > 15, `only ${routes.length} routes found`);
    assert.deepEqual(routes.filter((r) => !OWN_PAGES.has(r)), [], 'routes OWN_PAGES lacks');
    const nextOwn = ['_next', '404'];
    assert.deepEqual([...OWN_PAGES].filter((p) => !routes.includes(p) && !nextOwn.includes(p)).sort(), [], 'names in OWN_PAGES that app/ has no route for');
  });
});
