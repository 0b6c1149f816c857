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
 * 4. `next dev` of the journal at the largest size: first render of `/`
 *    cold and started again (its caches kept), and from saving an entry to
 *    the changed page being served.
 *
 * After each size's cold builds the journal is rebuilt BENCH_RUNS times in
 * the folder the last one left, each time after changing one entry (the
 * warm rebuild), and each app's build folder is counted (files, MiB).
 *
 * Servers listen on 127.0.0.1 only; everything stops by itself.
 *
 * The phases live in bench/phases/, the report in bench/report.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nginxConfig, nginxBinary } from '../scripts/nginx';
import { treeRss } from '../scripts/processes';
import { generateJournal } from './generate';
import { benchEnv, ensureBenchTools, ROOT, type BuildRun } from './measure';
import { build, htmlSizes, outputSize, readParseLog, routeJs, type HtmlSizes } from './phases/builds';
import { baselineDevFirstRender, devTimings, findFile } from './phases/dev';
import { loadPages, withServer } from './phases/http';
import { report } from './report';
import type { Results } from './results';
import { APPS, ENTRY_SLUG, LARGE, log, phase, round, RUNS, SIZES, SMALL, TAG, WORK, ONLY, type AppName } from './settings';

async function main() {
  const began = performance.now();
  ensureBenchTools();
  fs.mkdirSync(WORK, { recursive: true });
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const next = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/next/package.json'), 'utf8')).version as string;
  const results: Results = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, Next.js ${next}`,
    sizes: SIZES,
    runs: RUNS,
    builds: {},
    warmBuilds: {},
    outputs: {},
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
    if (phase('build')) {
      results.outputs[n] = { baseline: outputSize('baseline', dist), journal: outputSize('journal', dist) };
      // Warm rebuilds: the author changes one entry and publishes again, in the folder the last build left.
      const touched = findFile(content, `${ENTRY_SLUG}.md`);
      results.warmBuilds[n] = [];
      for (let i = 1; i <= RUNS; i++) {
        fs.appendFileSync(touched, `\n重建第 ${i} 次改动的一句话。\n`);
        const r = await build('journal', content, dist, {}, { keep: true });
        results.warmBuilds[n].push(r);
        log(`${n} entries, journal rebuild after changing one entry ${i}/${RUNS}: ${r.seconds.toFixed(1)} s`);
      }
    }
  }

  if (phase('build') || phase('http')) await measureOutput(results);
  if (phase('dev')) {
    // 4. The author's preview at the largest size.
    generateJournal(LARGE, path.join(ROOT, `bench/journals/${LARGE}`));
    const content = path.join(ROOT, `bench/journals/${LARGE}`);
    const baselineFirstRenderSeconds = await baselineDevFirstRender(content, 3271);
    results.dev = { ...(await devTimings(content, 3270)), baselineFirstRenderSeconds };
    log(`next dev at ${LARGE}: first render ${results.dev.firstRenderSeconds.toFixed(1)} s cold, ${results.dev.warmFirstRenderSeconds.toFixed(1)} s started again, save to served ${results.dev.saveToServedSeconds.map((s) => s.toFixed(2)).join(', ')} s`);
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
  const nginx = nginxBinary();
  const [first] = roots;
  await withServer([nginx, '-c', path.join(nginxDir, 'nginx.conf'), '-p', nginxDir], process.env, `http://127.0.0.1:${first?.port}/`, 'nginx', async () => {
    for (const r of roots) {
      // nginx serves the export's files as they are: `/tags/机器学习/` is the folder's index.html.
      results.nginx[r.app] = await loadPages(`http://127.0.0.1:${r.port}`, pages);
      log(`nginx, ${r.app} export: ${results.nginx[r.app].map((x) => `${x.page} ${x.rps} req/s`).join(', ')}`);
    }
  });

}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
