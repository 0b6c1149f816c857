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
 * the export built cold; the cache holds no draft; a broken record is
 * discarded with a warning; a preview started again shows edits made while
 * it was stopped.
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

function exportTo(name: string): { output: string; parsed: string[] } {
  const log = path.resolve(TMP, `${name}.parses`);
  const build = spawnSync('npx', ['next', 'build'], {
    env: { ...env, NEXT_DIST_DIR: `${TMP}/${name}`, JOURNAL_PARSE_LOG: log },
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

/** How many parsed entries the cache holds (its pack, lib/content/build-cache.ts). */
function packedEntries(): number {
  const root = path.join(CACHE, 'journal');
  return fs.readdirSync(root).reduce((n, version) => {
    const pack = path.join(root, version, 'entries.json');
    return n + (fs.existsSync(pack) ? Object.keys(JSON.parse(fs.readFileSync(pack, 'utf8')).records).length : 0);
  }, 0);
}

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

  test('a build from the cache is byte for byte the cold build, parsing only what the cache may not hold', () => {
    const cold = exportTo('cold');
    const entryRecords = packedEntries();
    expect(entryRecords).toBeGreaterThan(10);
    expect(records('render').length).toBeGreaterThan(10);

    const warm = exportTo('warm');
    // Every entry the cache holds is read from it: only what it must not hold (drafts, locked, scheduled entries) is parsed.
    expect(new Set(warm.parsed).size).toBe(new Set(cold.parsed).size - entryRecords);
    for (const file of warm.parsed) expect(LEAK_TOKENS.some((token) => fs.readFileSync(file, 'utf8').includes(token)), file).toBe(true);

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
