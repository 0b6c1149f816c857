import fs from 'node:fs';
import path from 'node:path';
import { median, ROOT } from './measure';
import type { Results } from './results';
import type { HttpRun } from './phases/http';
import { CONNECTIONS, HTTP_SECONDS, LARGE, SMALL, type AppName } from './settings';

/** bench/results.md: the figures of a run as tables, each with its ratio to the baseline and its target. */

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : `${(a / b).toFixed(2)}×`);
const mark = (ok: boolean) => (ok ? 'met' : '**missed**');

export function report(r: Results): string {
  const lines: string[] = [];
  const buildMedian = (n: number, app: AppName, key: 'seconds' | 'peakMiB') => median((r.builds[n]?.[app] ?? []).map((b) => b[key]));
  lines.push('# Benchmark: the journal against a minimal baseline', '');
  lines.push(`Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC with \`npm run bench\` (${r.runs} builds per app and size, alternating; whole run ${r.totalMinutes} min).`);
  lines.push(`Machine: ${r.machine}.`, '');
  lines.push(
    'The baseline is bench/baseline: home, entry and tag pages on the same stack, files parsed once, with the same framework settings (every core prerenders, no prefetch inlining, no type check in the build). The journal builds with every feature on.',
    '',
  );

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
  const warm = (n: number) => median((r.warmBuilds[n] ?? []).map((b) => b.seconds));
  if (Object.keys(r.warmBuilds).length > 0) {
    lines.push('', '### Rebuild after changing one entry (journal, in the folder of its last cold build: its caches and Next\'s kept)', '');
    lines.push('| entries | median s (runs) | ratio to the cold build |', '|---|---|---|');
    for (const n of r.sizes) {
      const runs = r.warmBuilds[n] ?? [];
      if (runs.length > 0) lines.push(`| ${n} | ${warm(n).toFixed(1)} (${runs.map((b) => b.seconds.toFixed(1)).join(', ')}) | ${ratio(warm(n), buildMedian(n, 'journal', 'seconds'))} |`);
    }
  }
  if (Object.keys(r.outputs).length > 0) {
    lines.push('', '### What a cold build writes (the build folder, its caches counted apart)', '');
    lines.push('| entries | app | files | MiB | cache files | cache MiB |', '|---|---|---|---|---|---|');
    for (const n of r.sizes) {
      for (const app of ['baseline', 'journal'] as const) {
        const o = r.outputs[n]?.[app];
        if (o) lines.push(`| ${n} | ${app} | ${o.files} | ${o.mib} | ${o.cacheFiles} | ${o.cacheMiB} |`);
      }
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
  lines.push('', `### What Next prerenders (${SMALL} entries)`, '');
  lines.push('| app | HTML pages | outputs in all | median entry page KiB |', '|---|---|---|---|');
  for (const app of ['baseline', 'journal'] as const) {
    const h = r.html[app];
    const b = r.html.baseline;
    const vs = (x: number, y: number) => (app === 'journal' ? ` (${ratio(x, y)})` : '');
    lines.push(`| ${app} | ${h.pages}${vs(h.pages, b.pages)} | ${h.outputs}${vs(h.outputs, b.outputs)} | ${h.medianKiB.posts ?? 0}${vs(h.medianKiB.posts ?? 0, b.medianKiB.posts ?? 0)} |`);
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
    lines.push(`- started again, its caches kept (after the saves below): first render ${d.warmFirstRenderSeconds.toFixed(1)} s (${d.parsesAtWarmRender.parses} parses)`);
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
  const pageRatio = r.html.journal.pages / Math.max(1, r.html.baseline.pages);
  const weightRatio = (r.html.journal.medianKiB.posts ?? 0) / Math.max(0.1, r.html.baseline.medianKiB.posts ?? 0);
  const rows: [string, string, boolean][] = [];
  if (Object.keys(r.builds).length > 0) {
    rows.push(
      [`build ≤ 1.3× baseline at ${SMALL}`, `${tSmall.toFixed(2)}×`, tSmall <= 1.3],
      [`build ≤ 1.5× baseline at ${LARGE}`, `${tLarge.toFixed(2)}×`, tLarge <= 1.5],
      [`time(${LARGE})/time(${SMALL}) ≤ 3.5`, `${growth.toFixed(2)}×`, growth <= 3.5],
      [`peak build memory ≤ 2 GiB at ${LARGE}`, `${peak} MiB`, peak <= 2048],
      ['each file parsed once per build process', parsedOnce ? 'yes' : 'no', parsedOnce],
    );
  }
  for (const n of Object.keys(r.warmBuilds).map(Number)) {
    const q = warm(n) / buildMedian(n, 'journal', 'seconds');
    rows.push([`rebuild after changing one entry ≤ 0.5× the cold build at ${n}`, `${q.toFixed(2)}×`, q <= 0.5]);
  }
  if (r.js.journal.length > 0) {
    rows.push(
      ['entry page JS ≤ baseline + 15 KiB gzip', `${entryJs('journal')} vs ${entryJs('baseline')} KiB`, entryJs('journal') <= entryJs('baseline') + 15],
      ['no search code off /search/, no TOC code off entries', stray.map((s) => s.route).join(', ') || 'none found', stray.length === 0],
      [`prerendered HTML pages ≤ 1.3× the baseline's at ${SMALL}`, `${r.html.journal.pages} vs ${r.html.baseline.pages} (${ratio(r.html.journal.pages, r.html.baseline.pages)})`, pageRatio <= 1.3],
      [`median entry page ≤ 2× the baseline's at ${SMALL}`, `${r.html.journal.medianKiB.posts ?? 0} vs ${r.html.baseline.medianKiB.posts ?? 0} KiB (${ratio(r.html.journal.medianKiB.posts ?? 0, r.html.baseline.medianKiB.posts ?? 1)})`, weightRatio <= 2],
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
      [`next dev first render started again ≤ 5.5 s at ${LARGE}`, `${r.dev.warmFirstRenderSeconds.toFixed(1)} s`, r.dev.warmFirstRenderSeconds <= 5.5],
      [`next dev save to served ≤ 1.5 s at ${LARGE}`, `${save.toFixed(2)} s`, save <= 1.5],
      ['no request re-reads unchanged entries', `${r.dev.unchangedReparsed + r.dev.parsesWithoutChange}`, r.dev.unchangedReparsed + r.dev.parsesWithoutChange === 0],
    );
  }
  lines.push('| target | measured | |', '|---|---|---|');
  for (const [target, measured, ok] of rows) lines.push(`| ${target} | ${measured} | ${mark(ok)} |`);
  // The reading measurements (page weight, Lighthouse) have their own commands; their figures are kept beside these.
  const reading = path.join(ROOT, 'bench/reading.md');
  if (fs.existsSync(reading)) lines.push('', fs.readFileSync(reading, 'utf8').trimEnd());
  return `${lines.join('\n')}\n`;
}
