/**
 * npm run test:load — the published journal under load, on 127.0.0.1 only.
 *
 * Builds the fixture journal, starts `next start`, and runs autocannon twice
 * (100 connections, LOAD_SECONDS each, default 60) over the home page, an
 * entry, a tag page and random unknown addresses, after a warm-up run of half
 * that length. Fails on any error or 5xx answer, or when the server's memory
 * grows from the first measured run to the second. The warm-up is there
 * because the heap is still filling after one minute: measured from a cold
 * server, the first run ended anywhere between 379 and 473 MiB and the second
 * at 484-485 MiB both times, a plateau the old comparison read as growth.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import autocannon from 'autocannon';
import { killGroup, treeRss, waitForOk } from '../scripts/processes';

const PORT = Number(process.env.LOAD_PORT ?? 3240);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = 100;
const DIST = '.next-load';
const BASE = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, SITE_SETTINGS: 'e2e/fixtures/site.yml', CONTENT_DIR: 'e2e/fixtures/journal', NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1' };

function randomPath(): string {
  const slug = Math.random().toString(36).slice(2, 10);
  return ['/posts/', '/tags/', '/categories/'][Math.floor(Math.random() * 3)] + `${slug}/`;
}

async function load(seconds: number): Promise<autocannon.Result> {
  const paths = ['/', '/posts/ml-interview/', `/tags/${encodeURIComponent('机器学习')}/`, 'random'];
  let i = 0;
  return autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => {
          const path = paths[i++ % paths.length] ?? '/';
          return { ...request, path: path === 'random' ? randomPath() : path };
        },
      },
    ],
  });
}

function fivexx(result: autocannon.Result): number {
  return Object.entries(result.statusCodeStats ?? {}).reduce((n, [code, s]) => (Number(code) >= 500 ? n + (s.count ?? 0) : n), 0);
}

async function main() {
  if (!process.argv.includes('--no-build') || !fs.existsSync(DIST)) {
    console.log('building the fixture journal…');
    const build = spawnSync('npx', ['next', 'build'], { env, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
  }
  const server: ChildProcess = spawn('node', ['scripts/serve.mjs', '--hostname', '127.0.0.1', '--port', String(PORT)], {
    env,
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => killGroup(server.pid);
  process.on('exit', stop);
  try {
    await waitForOk(`${BASE}/`, 60, 'next start');
    const pid = server.pid ?? 0;
    const rssStart = treeRss(pid);
    const warmUp = await load(Math.max(1, Math.round(SECONDS / 2)));
    const rssWarm = treeRss(pid);
    const runs: { result: autocannon.Result; rss: number }[] = [];
    for (let run = 1; run <= 2; run++) {
      const result = await load(SECONDS);
      runs.push({ result, rss: treeRss(pid) });
    }
    const report = {
      connections: CONNECTIONS,
      seconds: SECONDS,
      rssStartMiB: rssStart,
      warmUp: { requests: warmUp.requests.total, errors: warmUp.errors, status5xx: fivexx(warmUp), rssAfterMiB: rssWarm },
      runs: runs.map(({ result, rss }) => ({
        requestsPerSecond: Math.round(result.requests.average),
        latencyP50ms: result.latency.p50,
        latencyP99ms: result.latency.p99,
        requests: result.requests.total,
        errors: result.errors,
        timeouts: result.timeouts,
        status5xx: fivexx(result),
        statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([c, s]) => [c, s.count])),
        rssAfterMiB: rss,
      })),
    };
    console.log(JSON.stringify(report, null, 2));
    fs.mkdirSync('test-results', { recursive: true });
    fs.writeFileSync('test-results/load.json', `${JSON.stringify(report, null, 2)}\n`);
    const failures: string[] = [];
    if (report.warmUp.errors > 0 || report.warmUp.status5xx > 0) failures.push(`warm-up: ${report.warmUp.errors} errors, ${report.warmUp.status5xx} answers 5xx`);
    for (const [i, r] of report.runs.entries()) {
      if (r.requests === 0) failures.push(`run ${i + 1}: no requests`);
      if (r.errors > 0 || r.timeouts > 0) failures.push(`run ${i + 1}: ${r.errors} errors, ${r.timeouts} timeouts`);
      if (r.status5xx > 0) failures.push(`run ${i + 1}: ${r.status5xx} answers 5xx`);
    }
    const [first, second] = report.runs;
    if (first && second && second.rssAfterMiB > first.rssAfterMiB * 1.15 + 20) {
      failures.push(`server memory grew from ${first.rssAfterMiB} MiB to ${second.rssAfterMiB} MiB across the runs`);
    }
    const total = report.runs.length;
    console.log(`${total - Math.min(total, failures.length)} passed, ${failures.length} failed`);
    if (failures.length > 0) {
      console.error(failures.join('\n'));
      process.exitCode = 1;
    }
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
