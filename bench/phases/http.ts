import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { waitForOk, killGroup } from '../../scripts/processes';
import { ROOT } from '../measure';
import { CONNECTIONS, HTTP_SECONDS, round } from '../settings';

/** Phase 3: pages under load with wrk, from a server started for the purpose. */

export interface HttpRun {
  page: string;
  rps: number;
  p50ms: number;
  p99ms: number;
  requests: number;
  errors: number;
  non2xx: number;
  /** HTML delivered per second, MiB. */
  mibPerSecond: number;
}

export function toMs(value: string): number {
  const m = /^([\d.]+)(us|ms|s)$/.exec(value.trim());
  if (!m) return Number.NaN;
  const n = Number(m[1]);
  return m[2] === 'us' ? n / 1000 : m[2] === 's' ? n * 1000 : n;
}

export function toMiB(value: string): number {
  const m = /^([\d.]+)([KMG]?B)$/.exec(value.trim());
  if (!m) return Number.NaN;
  const scale: Record<string, number> = { B: 1 / 2 ** 20, KB: 1 / 1024, MB: 1, GB: 1024 };
  return Number(m[1]) * (scale[m[2] ?? 'B'] ?? 1);
}

export function wrk(url: string, seconds: number): Omit<HttpRun, 'page'> {
  const r = spawnSync('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency', url], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`wrk failed: ${r.stderr}`);
  const out = r.stdout;
  const pick = (re: RegExp) => re.exec(out)?.[1] ?? '';
  const errors = [...pick(/Socket errors: (.*)/).matchAll(/\d+/g)].reduce((n, m) => n + Number(m[0]), 0);
  return {
    rps: Math.round(Number(pick(/Requests\/sec:\s+([\d.]+)/))),
    p50ms: round(toMs(pick(/^\s+50%\s+(\S+)/m)), 2),
    p99ms: round(toMs(pick(/^\s+99%\s+(\S+)/m)), 2),
    requests: Number(pick(/(\d+) requests in/)),
    errors,
    non2xx: Number(pick(/Non-2xx or 3xx responses: (\d+)/) || 0),
    mibPerSecond: round(toMiB(pick(/Transfer\/sec:\s+(\S+)/)), 1),
  };
}

export async function loadPages(base: string, pages: readonly string[]): Promise<HttpRun[]> {
  const runs: HttpRun[] = [];
  for (const page of pages) {
    const answer = await fetch(base + page).catch(() => fetch(base + page));
    await answer.arrayBuffer();
    if (!answer.ok) throw new Error(`${base}${page} answered ${answer.status}`);
    wrk(base + page, 2); // warm-up
    runs.push({ page, ...wrk(base + page, HTTP_SECONDS) });
  }
  return runs;
}

export async function withServer<T>(args: string[], env: NodeJS.ProcessEnv, url: string, what: string, body: (child: ChildProcess) => Promise<T>): Promise<T> {
  const child = spawn(args[0] ?? '', args.slice(1), { cwd: ROOT, env, detached: true, stdio: 'ignore' });
  try {
    await waitForOk(url, 120, what);
    return await body(child);
  } finally {
    killGroup(child.pid);
    await new Promise((r) => setTimeout(r, 500));
  }
}
