/**
 * npm run bench — the journal against a minimal baseline on the same stack
 * (bench/baseline), on the same generated journals, in one run, so every
 * figure is also a ratio. Writes bench/results.md and bench/results.json.
 *
 *   BENCH_SIZES=1000,5000 BENCH_RUNS=3 BENCH_HTTP_SECONDS=15 npm run bench
 *
 * BENCH_ONLY=dev (or build, http) runs some phases and writes its report
 * to bench/.work/ instead of bench/results.md.
 *
 * 1. `next build` of both apps at each size, alternating, BENCH_RUNS times:
 *    wall time, peak memory of the whole process tree, pages, and how often
 *    the journal parsed each file (JOURNAL_PARSE_LOG).
 * 2. From the smallest size's builds: client JavaScript per route (gzip),
 *    HTML per page.
 * 3. `next start` of both, and both static exports served by nginx, under
 *    wrk (32 connections, BENCH_HTTP_SECONDS) on the home page, an entry and
 *    a tag page. The baseline's export under nginx is the ceiling.
 * 4. `next dev` of the journal at the largest size: first render of `/`,
 *    and from saving an entry to the changed page being served.
 *
 * Servers listen on 127.0.0.1 only; everything stops by itself.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { killGroup, treeRss, waitForOk } from '../scripts/processes';
import { benchEnv, median, ROOT, timedBuild, type BuildRun } from './measure';
import { generateJournal } from './generate';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 15);
const CONNECTIONS = 32;
const ONLY = process.env.BENCH_ONLY?.split(',');
const phase = (name: 'build' | 'http' | 'dev') => !ONLY || ONLY.includes(name);
const SMALL = Math.min(...SIZES);
const LARGE = Math.max(...SIZES);
const WORK = path.join(ROOT, 'bench/.work');
/** The same pages in both apps: an entry that is never a draft and a CJK tag. */
const ENTRY_SLUG = 'entry-00002';
const TAG = '机器学习';

type AppName = 'baseline' | 'journal';
const APPS: Record<AppName, { project: string; args: string[] }> = {
  baseline: { project: path.join(ROOT, 'bench/baseline'), args: ['bench/baseline'] },
  journal: { project: ROOT, args: [] },
};

const round = (x: number, digits = 1) => Number(x.toFixed(digits));
const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

// ---------------------------------------------------------------- builds

interface ParseReport {
  processes: number;
  parses: number;
  files: number;
  /** Most times one file was parsed within one process. */
  maxPerProcess: number;
}

function readParseLog(file: string): ParseReport {
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  const perKey = new Map<string, number>();
  const pids = new Set<string>();
  const files = new Set<string>();
  for (const line of lines) {
    const [pid = '', abs = ''] = line.split('\t');
    pids.add(pid);
    files.add(abs);
    perKey.set(line, (perKey.get(line) ?? 0) + 1);
  }
  return { processes: pids.size, parses: lines.length, files: files.size, maxPerProcess: Math.max(0, ...perKey.values()) };
}

function build(app: AppName, contentDir: string, dist: string, extra: Record<string, string> = {}): Promise<BuildRun> {
  return timedBuild(APPS[app].args[0] ?? '', dist, { CONTENT_DIR: contentDir, ...extra });
}

// ---------------------------------------------------------------- build output

interface RouteJs {
  route: string;
  gzipKiB: number;
  /** Which interactive features the page's scripts carry. */
  carries: string[];
}

const FEATURE_MARKERS: Record<string, RegExp> = {
  search: /search-index\.json|MiniSearch/,
  toc: /toc-details/,
  'code-copy': /execCommand/,
  theme: /journal-theme/,
};

function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

function routeJs(app: AppName, dist: string, route: string, htmlFile: string): RouteJs {
  const root = path.join(APPS[app].project, dist);
  const html = fs.readFileSync(path.join(root, 'server/app', htmlFile), 'utf8');
  // What a current browser loads: script tags, minus the noModule polyfills only old browsers fetch.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnoModule\b/i.test(tag));
  const scripts = [...new Set(tags.map((tag) => /src="\/_next\/(static\/[^"]+\.js)"/.exec(tag)?.[1]).filter((s) => s !== undefined))];
  let bytes = 0;
  const carries = new Set<string>();
  for (const s of scripts) {
    const file = path.join(root, s);
    bytes += gzipSize(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const [name, marker] of Object.entries(FEATURE_MARKERS)) if (marker.test(text)) carries.add(name);
  }
  return { route, gzipKiB: round(bytes / 1024), carries: [...carries].sort() };
}

interface HtmlSizes {
  pages: number;
  totalMiB: number;
  medianKiB: Record<string, number>;
}

function htmlSizes(app: AppName, dist: string): HtmlSizes {
  const root = path.join(APPS[app].project, dist, 'server/app');
  const groups = new Map<string, number[]>();
  let total = 0;
  let pages = 0;
  const walk = (dir: string, rel: string) => {
    for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, item.name);
      if (item.isDirectory()) walk(full, rel ? `${rel}/${item.name}` : item.name);
      else if (item.name.endsWith('.html')) {
        const size = fs.statSync(full).size;
        total += size;
        pages += 1;
        const group = rel === '' ? (item.name === 'index.html' ? 'home' : 'other') : (rel.split('/')[0] ?? 'other');
        groups.set(group, [...(groups.get(group) ?? []), size]);
      }
    }
  };
  walk(root, '');
  const medianKiB: Record<string, number> = {};
  for (const [group, sizes] of groups) if (['home', 'posts', 'tags'].includes(group)) medianKiB[group] = round(median(sizes) / 1024);
  return { pages, totalMiB: round(total / 1024 / 1024), medianKiB };
}

// ---------------------------------------------------------------- HTTP

interface HttpRun {
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

function toMs(value: string): number {
  const m = /^([\d.]+)(us|ms|s)$/.exec(value.trim());
  if (!m) return Number.NaN;
  const n = Number(m[1]);
  return m[2] === 'us' ? n / 1000 : m[2] === 's' ? n * 1000 : n;
}

function toMiB(value: string): number {
  const m = /^([\d.]+)([KMG]?B)$/.exec(value.trim());
  if (!m) return Number.NaN;
  const scale: Record<string, number> = { B: 1 / 2 ** 20, KB: 1 / 1024, MB: 1, GB: 1024 };
  return Number(m[1]) * (scale[m[2] ?? 'B'] ?? 1);
}

function wrk(url: string, seconds: number): Omit<HttpRun, 'page'> {
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

async function loadPages(base: string, pages: readonly string[]): Promise<HttpRun[]> {
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

async function withServer<T>(args: string[], env: NodeJS.ProcessEnv, url: string, what: string, body: (child: ChildProcess) => Promise<T>): Promise<T> {
  const child = spawn(args[0] ?? '', args.slice(1), { cwd: ROOT, env, detached: true, stdio: 'ignore' });
  try {
    await waitForOk(url, 120, what);
    return await body(child);
  } finally {
    killGroup(child.pid);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function nginxConfig(dir: string, servers: { port: number; root: string }[]): string {
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  const blocks = servers
    .map(
      (s) => `  server {
    listen 127.0.0.1:${s.port};
    root ${s.root};
    location / { try_files $uri $uri/ $uri.html =404; }
  }`,
    )
    .join('\n');
  return `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log stderr warn;
${user}
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${blocks}
}
`;
}

// ---------------------------------------------------------------- next dev

interface DevReport {
  entries: number;
  firstRenderSeconds: number;
  baselineFirstRenderSeconds: number;
  parsesAtFirstRender: ParseReport;
  saveToServedSeconds: number[];
  /** Parses of files other than the saved one, after the first render. */
  unchangedReparsed: number;
  /** Parses during requests made without any change. */
  parsesWithoutChange: number;
}

async function devTimings(contentDir: string, port: number): Promise<DevReport> {
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
    return { entries: LARGE, firstRenderSeconds, baselineFirstRenderSeconds: 0, parsesAtFirstRender, saveToServedSeconds, unchangedReparsed, parsesWithoutChange };
  } finally {
    killGroup(child.pid);
  }
}

/** Starts `next dev` cold (no build folder) and waits for the first render of `/`. */
async function startDev(app: AppName, contentDir: string, port: number, extra: Record<string, string> = {}): Promise<{ child: ChildProcess; seconds: number }> {
  const dist = '.next-bench-dev';
  fs.rmSync(path.join(APPS[app].project, dist), { recursive: true, force: true });
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
async function baselineDevFirstRender(contentDir: string, port: number): Promise<number> {
  const { child, seconds } = await startDev('baseline', contentDir, port);
  killGroup(child.pid);
  await new Promise((r) => setTimeout(r, 500));
  return seconds;
}

function findFile(dir: string, name: string): string {
  for (const item of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (item.isFile() && item.name === name) return path.join(item.parentPath, item.name);
  }
  throw new Error(`${name} not found in ${dir}`);
}

// ---------------------------------------------------------------- main

interface Results {
  date: string;
  machine: string;
  sizes: number[];
  runs: number;
  builds: Record<string, Record<AppName, BuildRun[]>>;
  parses: Record<string, ParseReport>;
  js: Record<AppName, RouteJs[]>;
  html: Record<AppName, HtmlSizes>;
  nextStart: Record<AppName, HttpRun[]>;
  nextStartRssMiB: Record<AppName, number>;
  nginx: Record<AppName, HttpRun[]>;
  dev: DevReport | null;
  totalMinutes: number;
}

async function main() {
  const began = performance.now();
  const tools = spawnSync('bash', ['scripts/ensure-tools.sh', '--bench'], { cwd: ROOT, stdio: 'inherit' });
  if (tools.status !== 0) throw new Error('the benchmark needs nginx and wrk');
  fs.mkdirSync(WORK, { recursive: true });
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const next = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/next/package.json'), 'utf8')).version as string;
  const results: Results = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, Next.js ${next}`,
    sizes: SIZES,
    runs: RUNS,
    builds: {},
    parses: {},
    js: { baseline: [], journal: [] },
    html: {} as Record<AppName, HtmlSizes>,
    nextStart: { baseline: [], journal: [] },
    nextStartRssMiB: { baseline: 0, journal: 0 },
    nginx: { baseline: [], journal: [] },
    dev: null,
    totalMinutes: 0,
  };

  // 1. Builds, alternating the two apps so that a slow moment of the machine hits both.
  for (const n of phase('build') || phase('http') ? SIZES : []) {
    const content = path.join(ROOT, `bench/journals/${n}`);
    generateJournal(n, content);
    const dist = `.next-bench-${n}`;
    const runs: Record<AppName, BuildRun[]> = { baseline: [], journal: [] };
    for (let i = 1; i <= (phase('build') ? RUNS : n === SMALL ? 1 : 0); i++) {
      for (const app of ['baseline', 'journal'] as const) {
        const parseLog = path.join(WORK, `parse-${app}-${n}-${i}.log`);
        fs.rmSync(parseLog, { force: true });
        const r = await build(app, content, dist, { JOURNAL_PARSE_LOG: parseLog });
        runs[app].push(r);
        if (app === 'journal') results.parses[`${n} run ${i}`] = readParseLog(parseLog);
        log(`${n} entries, ${app} build ${i}/${RUNS}: ${r.seconds.toFixed(1)} s, peak ${r.peakMiB} MiB, ${r.pages} pages`);
      }
    }
    results.builds[n] = runs;
  }

  if (phase('build') || phase('http')) await measureOutput(results);
  if (phase('dev')) {
    // 4. The author's preview at the largest size.
    generateJournal(LARGE, path.join(ROOT, `bench/journals/${LARGE}`));
    const content = path.join(ROOT, `bench/journals/${LARGE}`);
    const baselineFirstRenderSeconds = await baselineDevFirstRender(content, 3271);
    results.dev = { ...(await devTimings(content, 3270)), baselineFirstRenderSeconds };
    log(`next dev at ${LARGE}: first render ${results.dev.firstRenderSeconds.toFixed(1)} s, save to served ${results.dev.saveToServedSeconds.map((s) => s.toFixed(2)).join(', ')} s`);
  }

  results.totalMinutes = round((performance.now() - began) / 60_000);
  const out = ONLY ? WORK : path.join(ROOT, 'bench');
  fs.writeFileSync(path.join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const md = report(results);
  fs.writeFileSync(path.join(out, 'results.md'), md);
  console.log(`\n${md}`);
  for (const n of SIZES) {
    for (const app of ['baseline', 'journal'] as const) fs.rmSync(path.join(APPS[app].project, `.next-bench-${n}`), { recursive: true, force: true });
  }
}

/** Steps 2 and 3: what the smallest builds produced, and how fast it is served. */
async function measureOutput(results: Results): Promise<void> {
  const smallDist = `.next-bench-${SMALL}`;
  const jsRoutes: [string, string][] = [
    ['/', 'index.html'],
    ['/posts/[slug]/', `posts/${ENTRY_SLUG}.html`],
    ['/tags/[tag]/', `tags/${TAG}.html`],
  ];
  for (const app of ['baseline', 'journal'] as const) {
    results.js[app] = jsRoutes.map(([route, file]) => routeJs(app, smallDist, route, file));
    results.html[app] = htmlSizes(app, smallDist);
  }
  for (const [route, file] of [
    ['/archive/', 'archive.html'],
    ['/on-this-day/', 'on-this-day.html'],
    ['/stats/', 'stats.html'],
    ['/search/', 'search.html'],
  ] as const) {
    results.js.journal.push(routeJs('journal', smallDist, route, file));
  }

  if (!phase('http')) return;
  // 3. HTTP at the smallest size: next start, then both static exports under nginx.
  const pages = ['/', `/posts/${ENTRY_SLUG}/`, `/tags/${encodeURIComponent(TAG)}/`];
  let port = 3260;
  for (const app of ['baseline', 'journal'] as const) {
    const p = port++;
    const env = benchEnv({ CONTENT_DIR: path.join(ROOT, `bench/journals/${SMALL}`), NEXT_DIST_DIR: smallDist });
    results.nextStart[app] = await withServer(
      ['npx', 'next', 'start', ...APPS[app].args, '--hostname', '127.0.0.1', '--port', String(p)],
      env,
      `http://127.0.0.1:${p}/`,
      `next start (${app})`,
      async (child) => {
        const runs = await loadPages(`http://127.0.0.1:${p}`, pages);
        results.nextStartRssMiB[app] = child.pid ? treeRss(child.pid) : 0;
        return runs;
      },
    );
    log(`next start, ${app}: ${results.nextStart[app].map((r) => `${r.page} ${r.rps} req/s`).join(', ')}`);
  }
  const exportDist = '.next-bench-export';
  const roots: { port: number; root: string; app: AppName }[] = [];
  for (const app of ['baseline', 'journal'] as const) {
    await build(app, path.join(ROOT, `bench/journals/${SMALL}`), exportDist, { EXPORT: '1' });
    roots.push({ port: port++, root: path.join(APPS[app].project, exportDist), app });
  }
  const nginxDir = path.join(WORK, 'nginx');
  fs.rmSync(nginxDir, { recursive: true, force: true });
  fs.mkdirSync(nginxDir, { recursive: true });
  fs.writeFileSync(path.join(nginxDir, 'nginx.conf'), nginxConfig(nginxDir, roots));
  const nginx = fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  const [first] = roots;
  await withServer([nginx, '-c', path.join(nginxDir, 'nginx.conf'), '-p', nginxDir], process.env, `http://127.0.0.1:${first?.port}/`, 'nginx', async () => {
    for (const r of roots) {
      // nginx serves the export's files as they are: `/tags/机器学习/` is the folder's index.html.
      results.nginx[r.app] = await loadPages(`http://127.0.0.1:${r.port}`, pages);
      log(`nginx, ${r.app} export: ${results.nginx[r.app].map((x) => `${x.page} ${x.rps} req/s`).join(', ')}`);
    }
  });

}

// ---------------------------------------------------------------- report

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : `${(a / b).toFixed(2)}×`);
const mark = (ok: boolean) => (ok ? 'met' : '**missed**');

function report(r: Results): string {
  const lines: string[] = [];
  const buildMedian = (n: number, app: AppName, key: 'seconds' | 'peakMiB') => median((r.builds[n]?.[app] ?? []).map((b) => b[key]));
  lines.push('# Benchmark: the journal against a minimal baseline', '');
  lines.push(`Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC with \`npm run bench\` (${r.runs} builds per app and size, alternating; whole run ${r.totalMinutes} min).`);
  lines.push(`Machine: ${r.machine}.`, '');
  lines.push('The baseline is bench/baseline: home, entry and tag pages on the same stack, files parsed once. The journal builds with every feature on.', '');

  lines.push('## next build', '');
  lines.push('| entries | app | median s (runs) | ratio | peak MiB (tree) | pages | s per 1,000 pages |', '|---|---|---|---|---|---|---|');
  for (const n of r.sizes) {
    for (const app of ['baseline', 'journal'] as const) {
      const runs = r.builds[n]?.[app] ?? [];
      const t = buildMedian(n, app, 'seconds');
      lines.push(
        `| ${n} | ${app} | ${t.toFixed(1)} (${runs.map((b) => b.seconds.toFixed(1)).join(', ')}) | ${app === 'journal' ? ratio(t, buildMedian(n, 'baseline', 'seconds')) : ''} | ${buildMedian(n, app, 'peakMiB')} | ${runs.at(-1)?.pages ?? 0} | ${((t / Math.max(1, runs.at(-1)?.pages ?? 0)) * 1000).toFixed(1)} |`,
      );
    }
  }
  if (r.sizes.length > 1) {
    const [a, b] = [Math.min(...r.sizes), Math.max(...r.sizes)];
    lines.push('');
    for (const app of ['baseline', 'journal'] as const) {
      const ta = buildMedian(a, app, 'seconds');
      const tb = buildMedian(b, app, 'seconds');
      lines.push(`- ${app}: time(${b})/time(${a}) = ${ratio(tb, ta)}; ${(((tb - ta) / (b - a)) * 1000).toFixed(1)} s per extra 1,000 entries`);
    }
  }
  lines.push('', '### Parses per process (journal builds, JOURNAL_PARSE_LOG)', '');
  for (const [k, p] of Object.entries(r.parses)) {
    lines.push(`- ${k}: ${p.parses} parses of ${p.files} files in ${p.processes} process(es); no file parsed more than ${p.maxPerProcess}× in one process`);
  }

  if (r.js.journal.length > 0) {
  lines.push('', `## Client JavaScript and HTML (${SMALL} entries)`, '');
  lines.push('| route | baseline KiB gzip | journal KiB gzip | journal carries |', '|---|---|---|---|');
  for (const j of r.js.journal) {
    const b = r.js.baseline.find((x) => x.route === j.route);
    lines.push(`| ${j.route} | ${b ? b.gzipKiB : '—'} | ${j.gzipKiB} | ${j.carries.join(', ') || 'nothing'} |`);
  }
  lines.push('');
  for (const app of ['baseline', 'journal'] as const) {
    const h = r.html[app];
    lines.push(`- ${app}: ${h.pages} HTML pages, ${h.totalMiB} MiB; median KiB — ${Object.entries(h.medianKiB).map(([g, k]) => `${g} ${k}`).join(', ')}`);
  }
  }

  const httpTable = (title: string, rows: Record<AppName, HttpRun[]>, reference: AppName, refLabel: string) => {
    lines.push('', `## ${title}`, '');
    lines.push(`| page | app | req/s | ratio to ${refLabel} | p50 ms | p99 ms | MiB/s | errors | non-2xx |`, '|---|---|---|---|---|---|---|---|---|');
    for (const app of ['baseline', 'journal'] as const) {
      for (const x of rows[app]) {
        const ref = rows[reference].find((y) => y.page === x.page);
        lines.push(`| ${decodeURIComponent(x.page)} | ${app} | ${x.rps} | ${ref ? ratio(x.rps, ref.rps) : ''} | ${x.p50ms} | ${x.p99ms} | ${x.mibPerSecond} | ${x.errors} | ${x.non2xx} |`);
      }
    }
  };
  if (r.nextStart.journal.length > 0) {
  httpTable(`next start (${SMALL} entries; wrk, ${CONNECTIONS} connections, ${HTTP_SECONDS} s, 127.0.0.1)`, r.nextStart, 'baseline', 'baseline');
  lines.push('', `Server memory after the runs: baseline ${r.nextStartRssMiB.baseline} MiB, journal ${r.nextStartRssMiB.journal} MiB.`);
  httpTable('Static export under nginx (the baseline\'s export is the ceiling)', r.nginx, 'baseline', 'ceiling');
  }

  if (r.dev) {
    const d = r.dev;
    lines.push('', `## next dev at ${d.entries} entries (cold: no build folder)`, '');
    lines.push(`- first render of \`/\` from starting the server: ${d.firstRenderSeconds.toFixed(1)} s (${d.parsesAtFirstRender.parses} parses of ${d.parsesAtFirstRender.files} files); the baseline's: ${d.baselineFirstRenderSeconds.toFixed(1)} s`);
    lines.push(`- save an entry → changed page served: median ${median(d.saveToServedSeconds).toFixed(2)} s (${d.saveToServedSeconds.map((s) => s.toFixed(2)).join(', ')})`);
    lines.push(`- unchanged entries parsed again after saves: ${d.unchangedReparsed}; parses during 10 requests without a change: ${d.parsesWithoutChange}`);
  }

  lines.push('', '## Targets', '');
  const tSmall = buildMedian(SMALL, 'journal', 'seconds') / buildMedian(SMALL, 'baseline', 'seconds');
  const tLarge = buildMedian(LARGE, 'journal', 'seconds') / buildMedian(LARGE, 'baseline', 'seconds');
  const growth = buildMedian(LARGE, 'journal', 'seconds') / buildMedian(SMALL, 'journal', 'seconds');
  const peak = buildMedian(LARGE, 'journal', 'peakMiB');
  const entryJs = (app: AppName) => r.js[app].find((x) => x.route === '/posts/[slug]/')?.gzipKiB ?? 0;
  const startRatios = r.nextStart.journal.map((x) => x.rps / (r.nextStart.baseline.find((y) => y.page === x.page)?.rps ?? 1));
  const nginxRatios = r.nginx.journal.map((x) => x.rps / (r.nginx.baseline.find((y) => y.page === x.page)?.rps ?? 1));
  const errors = [...r.nextStart.journal, ...r.nginx.journal].reduce((n, x) => n + x.errors + x.non2xx, 0);
  const stray = r.js.journal.filter((j) => j.carries.some((c) => (c === 'search' && j.route !== '/search/') || (c === 'toc' && j.route !== '/posts/[slug]/')));
  const parsedOnce = Object.values(r.parses).every((p) => p.maxPerProcess === 1);
  const rows: [string, string, boolean][] = [];
  if (Object.keys(r.builds).length > 0) {
    rows.push(
      [`build ≤ 1.3× baseline at ${SMALL}`, `${tSmall.toFixed(2)}×`, tSmall <= 1.3],
      [`build ≤ 1.3× baseline at ${LARGE}`, `${tLarge.toFixed(2)}×`, tLarge <= 1.3],
      [`time(${LARGE})/time(${SMALL}) ≤ 3.5`, `${growth.toFixed(2)}×`, growth <= 3.5],
      [`peak build memory ≤ 2 GiB at ${LARGE}`, `${peak} MiB`, peak <= 2048],
      ['each file parsed once per build process', parsedOnce ? 'yes' : 'no', parsedOnce],
    );
  }
  if (r.js.journal.length > 0) {
    rows.push(
      ['entry page JS ≤ baseline + 15 KiB gzip', `${entryJs('journal')} vs ${entryJs('baseline')} KiB`, entryJs('journal') <= entryJs('baseline') + 15],
      ['no search code off /search/, no TOC code off entries', stray.map((s) => s.route).join(', ') || 'none found', stray.length === 0],
    );
  }
  if (r.nextStart.journal.length > 0) {
    rows.push(
      ['next start ≥ 0.9× baseline req/s', startRatios.map((x) => `${x.toFixed(2)}×`).join(', '), startRatios.every((x) => x >= 0.9)],
      ['zero errors', String(errors), errors === 0],
      ['export under nginx within 10% of the ceiling', nginxRatios.map((x) => `${x.toFixed(2)}×`).join(', '), nginxRatios.every((x) => x >= 0.9)],
    );
  }
  if (r.dev) {
    const save = median(r.dev.saveToServedSeconds);
    rows.push(
      [`next dev first render ≤ 6 s at ${LARGE}`, `${r.dev.firstRenderSeconds.toFixed(1)} s`, r.dev.firstRenderSeconds <= 6],
      [`next dev save to served ≤ 1.5 s at ${LARGE}`, `${save.toFixed(2)} s`, save <= 1.5],
      ['no request re-reads unchanged entries', `${r.dev.unchangedReparsed + r.dev.parsesWithoutChange}`, r.dev.unchangedReparsed + r.dev.parsesWithoutChange === 0],
    );
  }
  lines.push('| target | measured | |', '|---|---|---|');
  for (const [target, measured, ok] of rows) lines.push(`| ${target} | ${measured} | ${mark(ok)} |`);
  return `${lines.join('\n')}\n`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
