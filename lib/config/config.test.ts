import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { journalNow, resolveBasePath, resolveConfig, resolvePreview, resolveSiteUrl } from './config';

describe('configuration', () => {
  it('reads the environment: compiled flag first, then NODE_ENV and SHOW_DRAFTS', () => {
    assert.equal(resolvePreview({ JOURNAL_PREVIEW: '0', NODE_ENV: 'development' }), false);
    assert.equal(resolvePreview({ JOURNAL_PREVIEW: '1', NODE_ENV: 'production' }), true);
    assert.equal(resolvePreview({ NODE_ENV: 'production' }), false);
    assert.equal(resolvePreview({ NODE_ENV: 'production', SHOW_DRAFTS: '1' }), true);
    assert.equal(resolvePreview({ NODE_ENV: 'production', SHOW_DRAFTS: 'true' }), false);
    assert.equal(resolvePreview({ NODE_ENV: 'development' }), true);
  });

  it('takes the origin of SITE_URL and refuses what is not a URL', () => {
    assert.equal(resolveSiteUrl('https://me.example/journal/', 'http://localhost:3000'), 'https://me.example');
    assert.equal(resolveSiteUrl(undefined, 'http://localhost:3000'), 'http://localhost:3000');
    assert.throws(() => resolveSiteUrl('me.example', 'http://localhost:3000'), /SITE_URL must be an absolute URL/);
  });

  it('accepts a base path like /journal and refuses anything else', () => {
    assert.equal(resolveBasePath('/journal/'), '/journal');
    assert.equal(resolveBasePath(undefined), '');
    assert.throws(() => resolveBasePath('journal'), /BASE_PATH must look like \/journal/);
    assert.throws(() => resolveBasePath('/a b'), /BASE_PATH/);
  });

  it('builds one frozen configuration: a production build is strict, next dev is the dev server', () => {
    const built = resolveConfig({ NODE_ENV: 'production', CONTENT_DIR: 'e2e/fixtures/journal', JOURNAL_BASE_PATH: '/journal' });
    assert.equal(built.preview, false);
    assert.equal(built.strict, true);
    assert.equal(built.devServer, false);
    assert.equal(built.basePath, '/journal');
    assert.equal(built.contentDir, path.resolve('e2e/fixtures/journal'));
    assert.ok(Object.isFrozen(built) && Object.isFrozen(built.site));
    const dev = resolveConfig({ NODE_ENV: 'development', JOURNAL_PREVIEW: '1' });
    assert.equal(dev.devServer, true);
    assert.equal(dev.strict, false);
  });
});

describe('the build clock', () => {
  it('is fixed by the compiled JOURNAL_BUILD_TIME, so every worker of a build sees one time', () => {
    const a = resolveConfig({ NODE_ENV: 'production', JOURNAL_BUILD_TIME: '1700000000000' });
    assert.equal(journalNow(a), 1_700_000_000_000);
    assert.equal(journalNow(resolveConfig({ NODE_ENV: 'production', JOURNAL_BUILD_TIME: '1700000000000' })), journalNow(a));
  });

  it('is the wall clock in the preview and in tools', () => {
    const before = Date.now();
    const now = journalNow(resolveConfig({ NODE_ENV: 'development', JOURNAL_BUILD_TIME: '' }));
    assert.ok(now >= before && now <= Date.now());
  });
});
