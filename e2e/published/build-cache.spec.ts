import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { LEAK_TOKENS } from '../helpers';
import { FIXTURE_JOURNAL } from '../../playwright.config';

/**
 * The cache between runs (lib/content/build-cache.ts) saves time and
 * changes nothing: a static export built from the cache is byte for byte
 * the export built cold; the cache holds no draft, nor an entry withdrawn
 * since, nor anything of a SHOW_DRAFTS build; a broken record is discarded
 * with a warning, a forged one is not believed; a preview started again
 * shows edits made while it was stopped. The old site's files (STATIC_DIR)
 * publish no draft through a hard link or a linked path.
 */

const TMP = 'e2e/.tmp/build-cache';
const CACHE = `${TMP}/cache`;
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  CONTENT_DIR: FIXTURE_JOURNAL,
  SITE_URL: 'https://journal.example',
  EXPORT: '1',
  // Fixes the build's clock and id, as for any reproducible build.
  SOURCE_DATE_EPOCH: '1767225600',
  JOURNAL_CACHE_DIR: CACHE,
};

function exportTo(name: string, extra: Record<string, string> = {}): { output: string; parsed: string[] } {
  const log = path.resolve(TMP, `${name}.parses`);
  const build = spawnSync('npx', ['next', 'build'], {
    env: { ...env, NEXT_DIST_DIR: `${TMP}/${name}`, JOURNAL_PARSE_LOG: log, ...extra },
    encoding: 'utf8',
    timeout: 280_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${build.stdout}\n${build.stderr}`;
  expect(build.status, output).toBe(0);
  const parsed = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((line) => line.split('\t')[1] ?? '') : [];
  return { output, parsed };
}

/** Every file below `dir` with the SHA-256 of its bytes, by path. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, file);
    if (fs.statSync(full).isFile()) files.set(file, crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
  }
  return files;
}

/** Every file below a folder, with its text. */
function textsBelow(dir: string): { file: string; text: string }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile())
    .map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
}

const leaksIn = (dir: string, tokens: readonly string[] = LEAK_TOKENS) => textsBelow(dir).filter(({ text }) => tokens.some((t) => text.includes(t))).map(({ file }) => file);

function records(kind: string): string[] {
  const root = path.join(CACHE, 'journal');
  return fs.readdirSync(root).flatMap((version) => {
    const dir = path.join(root, version, kind);
    return fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => path.join(dir, f)) : [];
  });
}

test.describe('the cache between builds', () => {
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(600_000);

  test.beforeAll(() => {
    fs.rmSync(TMP, { recursive: true, force: true });
    fs.mkdirSync(TMP, { recursive: true });
  });

  test('a build from the cache is byte for byte the cold build, deciding every entry from its file', () => {
    const cold = exportTo('cold');
    expect(records('render').length).toBeGreaterThan(10);
    // A published build keeps no parsed entries: whether an entry is published is never read back from a record.
    expect(fs.readdirSync(path.join(CACHE, 'journal'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('entries.json'))).toEqual([]);

    const warm = exportTo('warm');
    expect(new Set(warm.parsed).size).toBe(new Set(cold.parsed).size);

    const coldTree = tree(`${TMP}/cold`);
    const warmTree = tree(`${TMP}/warm`);
    expect(coldTree.size).toBeGreaterThan(100);
    expect([...warmTree.keys()]).toEqual([...coldTree.keys()]);
    const differing = [...coldTree].filter(([file, hash]) => warmTree.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });

  test('the cache of a production build holds no trace of a draft', () => {
    const files = fs.readdirSync(CACHE, { recursive: true, encoding: 'utf8' }).map((f) => path.join(CACHE, f)).filter((f) => fs.statSync(f).isFile());
    expect(files.length).toBeGreaterThan(20);
    const leaks = files.filter((f) => LEAK_TOKENS.some((token) => fs.readFileSync(f, 'utf8').includes(token)));
    expect(leaks).toEqual([]);
  });

  test('a truncated record is discarded with a warning naming it, and the site is still the same', () => {
    const [victim] = records('render');
    expect(victim).toBeDefined();
    const text = fs.readFileSync(victim ?? '', 'utf8');
    fs.writeFileSync(victim ?? '', text.slice(0, Math.floor(text.length / 2)));
    const repaired = exportTo('repaired');
    expect(repaired.output).toContain(`${path.basename(victim ?? '')} is truncated or corrupt: it is discarded and made again`);
    const coldTree = tree(`${TMP}/cold`);
    const repairedTree = tree(`${TMP}/repaired`);
    expect([...repairedTree].filter(([file, hash]) => coldTree.get(file) !== hash)).toEqual([]);
    expect(JSON.parse(fs.readFileSync(victim ?? '', 'utf8'))).toHaveProperty('value.html');
  });

  test('a forged record is not believed: script in stored HTML, an image outside the content folder', () => {
    const renders = records('render');
    expect(renders.length).toBeGreaterThan(10);
    for (const file of renders) {
      const record = JSON.parse(fs.readFileSync(file, 'utf8'));
      record.value.html = `<script>zqxpoison()</script>${record.value.html}`;
      record.value.media = [...record.value.media, { path: 'zqxpoison.txt', absolute: path.resolve('package.json'), type: 'image/png' }];
      fs.writeFileSync(file, JSON.stringify(record));
    }
    for (const file of records('excerpt')) {
      const record = JSON.parse(fs.readFileSync(file, 'utf8'));
      fs.writeFileSync(file, JSON.stringify({ ...record, value: `<img src=x onerror="zqxpoison()">${record.value}` }));
    }
    exportTo('poisoned');
    expect(leaksIn(`${TMP}/poisoned`, ['zqxpoison'])).toEqual([]);
    const coldTree = tree(`${TMP}/cold`);
    expect([...tree(`${TMP}/poisoned`)].filter(([file, hash]) => coldTree.get(file) !== hash)).toEqual([]);
  });

  test('an entry withdrawn since the last build leaves no text in the cache, in any version kept', () => {
    const journal = `${TMP}/withdraw-journal`;
    fs.cpSync(FIXTURE_JOURNAL, journal, { recursive: true });
    exportTo('before-withdrawing', { CONTENT_DIR: journal });
    const marker = 'Intro paragraph shown in lists.';
    expect(textsBelow(CACHE).some(({ text }) => text.includes(marker))).toBe(true);
    const file = path.join(journal, '2022/ml-interview.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n---\n/, '\ndraft: true\n---\n'));
    exportTo('after-withdrawing', { CONTENT_DIR: journal });
    expect(textsBelow(CACHE).filter(({ text }) => text.includes(marker)).map(({ file: f }) => f)).toEqual([]);
    expect(leaksIn(`${TMP}/after-withdrawing`, [marker])).toEqual([]);
  });

  test('a SHOW_DRAFTS build keeps no cache, and a published build removes a preview cache it finds', () => {
    exportTo('with-drafts', { SHOW_DRAFTS: '1' });
    expect(fs.existsSync(path.join(CACHE, 'journal-preview'))).toBe(false);
    // As an earlier version of the journal left it, where the Pages workflow saves the cache.
    fs.mkdirSync(path.join(CACHE, 'journal-preview', 'v1', 'render'), { recursive: true });
    fs.writeFileSync(path.join(CACHE, 'journal-preview', 'v1', 'render', 'a.json'), '{"value":{"html":"zqxleak"}}');
    exportTo('after-drafts');
    expect(fs.existsSync(path.join(CACHE, 'journal-preview'))).toBe(false);
    expect(leaksIn(CACHE)).toEqual([]);
    expect(leaksIn(`${TMP}/after-drafts`)).toEqual([]);
  });

  test("the old site's folder publishes no draft through a hard link, a linked path to the content folder, or a source file", () => {
    const root = path.resolve(TMP, 'site-root');
    const content = path.join(root, 'journal');
    fs.cpSync(FIXTURE_JOURNAL, content, { recursive: true });
    fs.mkdirSync(path.join(root, 'files'));
    fs.linkSync(path.join(content, 'drafts', 'zqxleak-publish.md'), path.join(root, 'files', 'x.txt'));
    fs.copyFileSync(path.join(content, 'drafts', 'zqxleak-hugo.md'), path.join(root, 'files', 'old.mdx'));
    fs.writeFileSync(path.join(root, 'files', 'cv.txt'), '简历');
    const link = path.resolve(TMP, 'site-link');
    fs.symlinkSync(root, link);
    const extra = { CONTENT_DIR: content, STATIC_DIR: link };
    exportTo('site-files', extra);
    const copy = spawnSync('npx', ['tsx', 'scripts/finish-export.ts', `${TMP}/site-files`], { env: { ...env, ...extra }, encoding: 'utf8' });
    expect(copy.status, copy.stderr).toBe(0);
    expect(fs.readFileSync(path.join(TMP, 'site-files', 'files', 'cv.txt'), 'utf8')).toBe('简历');
    expect(leaksIn(`${TMP}/site-files`)).toEqual([]);
    const check = spawnSync('npx', ['tsx', 'scripts/check.ts'], { env: { ...env, ...extra }, encoding: 'utf8' });
    expect(check.stdout).toContain('files/x.txt:1: staticDir: warning: is a hard link to a file of the content folder');
  });
});

test.describe('the preview started again', () => {
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(300_000);

  const PORT = 3264;
  const JOURNAL = `${TMP}/preview-journal`;
  const DIST = '.next-e2e-restart';
  let server: ChildProcess | undefined;

  async function start(request: APIRequestContext): Promise<void> {
    server = spawn('npx', ['next', 'dev', '--hostname', '127.0.0.1', '--port', String(PORT)], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: JOURNAL, NEXT_DIST_DIR: DIST },
      stdio: 'ignore',
      detached: true,
    });
    await expect(async () => expect((await request.get(`http://127.0.0.1:${PORT}/`)).status()).toBe(200)).toPass({ timeout: 180_000 });
  }

  function stop(): void {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    server = undefined;
  }

  test.afterAll(stop);

  test('shows an entry edited while it was stopped, from a cache it keeps between starts', async ({ request }) => {
    fs.rmSync(JOURNAL, { recursive: true, force: true });
    fs.rmSync(DIST, { recursive: true, force: true });
    fs.cpSync(FIXTURE_JOURNAL, JOURNAL, { recursive: true });
    const entry = `http://127.0.0.1:${PORT}/posts/ml-interview/`;

    await start(request);
    expect(await (await request.get(entry)).text()).toContain('Intro paragraph shown in lists.');
    stop();
    const cached = path.join(DIST, 'dev', 'cache', 'journal-preview');
    expect(fs.readdirSync(cached, { recursive: true }).length).toBeGreaterThan(10);

    const file = path.join(JOURNAL, '2022/ml-interview.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Intro paragraph shown in lists.', '停下预览时改过的开头。'));
    await start(request);
    const html = await (await request.get(entry)).text();
    expect(html).toContain('停下预览时改过的开头。');
    expect(html).not.toContain('Intro paragraph shown in lists.');
  });
});
