import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { resolveBasePath, resolveConfig, resolvePreview, resolveSiteUrl } from './config';

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
