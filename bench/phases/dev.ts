import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { killGroup, waitForOk } from '../../scripts/processes';
import { benchEnv, ROOT } from '../measure';
import { APPS, ENTRY_SLUG, LARGE, WORK, type AppName } from '../settings';
import { readParseLog, type ParseReport } from './builds';

/** Phase 4: the author's preview (`next dev`) at the largest size. */

export interface DevReport {
  entries: number;
  firstRenderSeconds: number;
  baselineFirstRenderSeconds: number;
  parsesAtFirstRender: ParseReport;
  /** First render of `/` when the preview starts again with the caches of the run before (after the saves below). */
  warmFirstRenderSeconds: number;
  parsesAtWarmRender: ParseReport;
  saveToServedSeconds: number[];
  /** Parses of files other than the saved one, after the first render. */
  unchangedReparsed: number;
  /** Parses during requests made without any change. */
  parsesWithoutChange: number;
}

export async function devTimings(contentDir: string, port: number): Promise<DevReport> {
  const dir = path.join(WORK, `dev-${LARGE}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(contentDir, dir, { recursive: true });
  const parseLog = path.join(WORK, 'parse-dev.log');
  fs.rmSync(parseLog, { force: true });
  const base = `http://127.0.0.1:${port}`;
  const { child, seconds: firstRenderSeconds } = await startDev('journal', dir, port, { JOURNAL_PARSE_LOG: parseLog });
  try {
    const parsesAtFirstRender = readParseLog(parseLog);
    const entryUrl = `${base}/posts/${ENTRY_SLUG}/`;
    const file = findFile(dir, `${ENTRY_SLUG}.md`);
    await waitForOk(entryUrl, 120, 'next dev');
    // Requests without a change parse nothing.
    const before = readParseLog(parseLog).parses;
    for (let i = 0; i < 5; i++) {
      await fetch(`${base}/`).then((r) => r.text());
      await fetch(entryUrl).then((r) => r.text());
    }
    const parsesWithoutChange = readParseLog(parseLog).parses - before;
    const saveToServedSeconds: number[] = [];
    const linesBefore = readParseLog(parseLog).parses;
    for (let i = 1; i <= 3; i++) {
      const marker = `保存标记-${i}-${Date.now()}`;
      const text = fs.readFileSync(file, 'utf8');
      const t0 = performance.now();
      fs.writeFileSync(file, `${text}\n${marker}\n`);
      const until = t0 + 30_000;
      for (;;) {
        const html = await fetch(entryUrl).then((r) => r.text());
        if (html.includes(marker)) break;
        if (performance.now() > until) throw new Error('the saved change was not served within 30 s');
        await new Promise((r) => setTimeout(r, 25));
      }
      saveToServedSeconds.push((performance.now() - t0) / 1000);
      await new Promise((r) => setTimeout(r, 500));
    }
    const after = fs.readFileSync(parseLog, 'utf8').split('\n').filter(Boolean).slice(linesBefore);
    const unchangedReparsed = after.filter((line) => !line.endsWith(`\t${file}`)).length;
    killGroup(child.pid);
    await new Promise((r) => setTimeout(r, 1000));
    // Started again in the same folder: the preview's parse cache and Next's own are there.
    const warmLog = path.join(WORK, 'parse-dev-warm.log');
    fs.rmSync(warmLog, { force: true });
    const warm = await startDev('journal', dir, port, { JOURNAL_PARSE_LOG: warmLog }, { keep: true });
    killGroup(warm.child.pid);
    return {
      entries: LARGE,
      firstRenderSeconds,
      baselineFirstRenderSeconds: 0,
      parsesAtFirstRender,
      warmFirstRenderSeconds: warm.seconds,
      parsesAtWarmRender: readParseLog(warmLog),
      saveToServedSeconds,
      unchangedReparsed,
      parsesWithoutChange,
    };
  } finally {
    killGroup(child.pid);
  }
}

/** Starts `next dev` cold (no build folder), or with `keep` in the folder a run before left, and waits for the first render of `/`. */
export async function startDev(
  app: AppName,
  contentDir: string,
  port: number,
  extra: Record<string, string> = {},
  options: { keep?: boolean } = {},
): Promise<{ child: ChildProcess; seconds: number }> {
  const dist = '.next-bench-dev';
  if (!options.keep) fs.rmSync(path.join(APPS[app].project, dist), { recursive: true, force: true });
  const env = benchEnv({ CONTENT_DIR: contentDir, NEXT_DIST_DIR: dist, ...extra });
  const started = performance.now();
  const args = ['next', 'dev', ...APPS[app].args, '--hostname', '127.0.0.1', '--port', String(port)];
  const child = spawn('npx', args, { cwd: ROOT, env, detached: true, stdio: 'ignore' });
  try {
    await waitForOk(`http://127.0.0.1:${port}/`, 180, `next dev (${app})`);
  } catch (error) {
    killGroup(child.pid);
    throw error;
  }
  return { child, seconds: (performance.now() - started) / 1000 };
}

/** The baseline's first render in `next dev`: the framework's own floor for the same journal. */
export async function baselineDevFirstRender(contentDir: string, port: number): Promise<number> {
  const { child, seconds } = await startDev('baseline', contentDir, port);
  killGroup(child.pid);
  await new Promise((r) => setTimeout(r, 500));
  return seconds;
}

export function findFile(dir: string, name: string): string {
  for (const item of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (item.isFile() && item.name === name) return path.join(item.parentPath, item.name);
  }
  throw new Error(`${name} not found in ${dir}`);
}
