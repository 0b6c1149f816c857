import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { treeRss } from '../scripts/processes';

/** What the benchmarks share: medians, and a timed `next build` with its peak memory and pages. */

export const ROOT = path.resolve(import.meta.dirname, '..');

/** The middle value; for an even count, the mean of the two middle ones. */
/** The system tools the benchmarks need (scripts/ensure-tools.sh --bench): nginx, wrk, Chromium and a CJK font. */
export function ensureBenchTools(): void {
  const tools = spawnSync('bash', ['scripts/ensure-tools.sh', '--bench'], { cwd: ROOT, stdio: 'inherit' });
  if (tools.status !== 0) throw new Error('the benchmarks need Chromium, nginx, wrk and a CJK font (scripts/ensure-tools.sh --bench)');
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** The environment of a build or server: the published site at the root, whatever the shell has set. */
export function benchEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.EXPORT;
  delete env.SHOW_DRAFTS;
  delete env.BASE_PATH;
  // The benchmark's journals are measured with the tests' settings, never the author's site.yml.
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', SITE_SETTINGS: path.join(ROOT, 'e2e/fixtures/site.yml'), ...extra };
}

export interface BuildRun {
  seconds: number;
  /** Resident memory of the whole process tree at its highest, sampled every 100 ms. */
  peakMiB: number;
  pages: number;
}

/**
 * `next build` of the project in `projectDir` (relative to the root; '' for
 * the journal itself) into `dist`, which is removed first.
 */
/** `next build` timed from a fresh build folder (cold), or, with `keep`, in the folder an earlier build left, caches and all (warm). */
export function timedBuild(projectDir: string, dist: string, extra: Record<string, string>, options: { keep?: boolean } = {}): Promise<BuildRun> {
  if (!options.keep) fs.rmSync(path.join(ROOT, projectDir, dist), { recursive: true, force: true });
  const args = ['next', 'build', ...(projectDir ? [projectDir] : [])];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npx', args, { cwd: ROOT, env: benchEnv({ NEXT_DIST_DIR: dist, ...extra }), detached: true });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peakMiB = 0;
    const sampler = setInterval(() => {
      if (child.pid) peakMiB = Math.max(peakMiB, treeRss(child.pid));
    }, 100);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`next build ${projectDir || '(journal)'} failed:\n${output}`));
      // "Generating static pages using 1 worker (963/963)": the last total is the page count.
      const pages = Number([...output.matchAll(/\((\d+)\/(\d+)\)/g)].at(-1)?.[2] ?? 0);
      resolve({ seconds, peakMiB, pages });
    });
  });
}
