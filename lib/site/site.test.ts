import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import { buildSettings, journalNow, loadSite, makeSite, resolveBasePath, resolvePreview, resolveSiteUrl, siteDigest } from './site';
import { DEFAULT_SETTINGS } from './settings';

describe('the Site', () => {
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

  it('is one frozen value: a production build is strict, next dev is the dev server', () => {
    const built = makeSite({ NODE_ENV: 'production', CONTENT_DIR: 'e2e/fixtures/journal', JOURNAL_BASE_PATH: '/journal' });
    assert.equal(built.preview, false);
    assert.equal(built.refusesBroken, true);
    assert.equal(built.devServer, false);
    assert.equal(built.basePath, '/journal');
    assert.equal(built.contentDir, path.resolve('e2e/fixtures/journal'));
    assert.ok(Object.isFrozen(built) && Object.isFrozen(built.settings));
    const dev = makeSite({ NODE_ENV: 'development', JOURNAL_PREVIEW: '1' });
    assert.equal(dev.devServer, true);
    assert.equal(dev.refusesBroken, false);
  });
});

describe('what the Site binds', () => {
  it('binds links, absolute URLs, strings and days to its own settings, not to the process', () => {
    const en = makeSite({ SITE_URL: 'https://me.example', JOURNAL_BASE_PATH: '/journal' }, { ...DEFAULT_SETTINGS, language: 'en' });
    const zh = makeSite({}, { ...DEFAULT_SETTINGS, language: 'zh-CN' });
    assert.equal(en.withBase('/tags/'), '/journal/tags/');
    assert.equal(en.absoluteUrl('/rss.xml'), 'https://me.example/journal/rss.xml');
    assert.equal(zh.withBase('/tags/'), '/tags/');
    assert.equal(en.t.archive, 'Archive');
    assert.equal(zh.t.archive, '归档');
    assert.equal(en.formatDay('2022-12-27'), 'December 27, 2022');
    assert.equal(zh.formatDay('2022-12-27'), '2022年12月27日');
    assert.ok(zh.collator.compare('a', 'b') < 0);
  });

  it('has a digest that changes with what changes output, not with the cache, the log or the clock', () => {
    const base = makeSite({ NODE_ENV: 'production' });
    assert.equal(siteDigest(makeSite({ NODE_ENV: 'production' })), siteDigest(base));
    assert.notEqual(siteDigest(makeSite({ NODE_ENV: 'production', JOURNAL_BASE_PATH: '/journal' })), siteDigest(base));
    assert.notEqual(siteDigest(makeSite({ NODE_ENV: 'production' }, { ...DEFAULT_SETTINGS, language: 'en' })), siteDigest(base));
    assert.notEqual(siteDigest(makeSite({ NODE_ENV: 'production', SHOW_DRAFTS: '1' })), siteDigest(base));
    assert.equal(siteDigest(makeSite({ NODE_ENV: 'production', JOURNAL_BUILD_TIME: '1700000000000', JOURNAL_PARSE_LOG: '/tmp/log' })), siteDigest(base));
    assert.equal(siteDigest(makeSite({ NODE_ENV: 'production', JOURNAL_CACHE_DIR: '/tmp/c', JOURNAL_CACHE_VERSION: 'ab12' })), siteDigest(base));
  });

  it('reads the settings file named by SITE_SETTINGS beside the project given, and nothing else', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-site-'));
    fs.writeFileSync(path.join(root, 'other.yml'), 'title: 别处的日记\nlanguage: en\n');
    const site = loadSite({ SITE_SETTINGS: 'other.yml', CONTENT_DIR: 'notes' }, root);
    assert.equal(site.settings.title, '别处的日记');
    assert.equal(site.settingsFile, 'other.yml');
    assert.equal(site.contentDir, path.join(root, 'notes'));
    assert.equal(site.t.archive, 'Archive');
    assert.equal(loadSite({}, root).settingsFile, null, 'no site.yml there: the defaults');
  });

  it('compiles a build from its environment: the values Next inlines, nothing written back', () => {
    const before = { ...process.env };
    const build = buildSettings({ SHOW_DRAFTS: '1', EXPORT: '1', BASE_PATH: '/j', SOURCE_DATE_EPOCH: '1700000000' }, DEFAULT_SETTINGS, '/project', false);
    assert.deepEqual(build.compiled, { JOURNAL_PREVIEW: '1', JOURNAL_EXPORT: '1', JOURNAL_BASE_PATH: '/j', JOURNAL_BUILD_TIME: '1700000000000', JOURNAL_CACHE_DIR: 'off' });
    assert.equal(build.distDir, 'out');
    assert.equal(build.buildId, 'journal-1700000000');
    const published = buildSettings({}, DEFAULT_SETTINGS, '/project', false);
    assert.equal(published.compiled.JOURNAL_PREVIEW, '0');
    assert.equal(published.compiled.JOURNAL_CACHE_DIR, '/project/.next/cache/journal');
    assert.equal(buildSettings({}, DEFAULT_SETTINGS, '/project', true).compiled.JOURNAL_CACHE_DIR, '/project/.next/dev/cache/journal-preview');
    assert.deepEqual({ ...process.env }, before);
  });
});

describe('the build clock', () => {
  it('is fixed by the compiled JOURNAL_BUILD_TIME, so every worker of a build sees one time', () => {
    const a = makeSite({ NODE_ENV: 'production', JOURNAL_BUILD_TIME: '1700000000000' });
    assert.equal(journalNow(a), 1_700_000_000_000);
    assert.equal(journalNow(makeSite({ NODE_ENV: 'production', JOURNAL_BUILD_TIME: '1700000000000' })), journalNow(a));
  });

  it('is the wall clock in the preview and in tools', () => {
    const before = Date.now();
    const now = journalNow(makeSite({ NODE_ENV: 'development', JOURNAL_BUILD_TIME: '' }));
    assert.ok(now >= before && now <= Date.now());
  });
});
