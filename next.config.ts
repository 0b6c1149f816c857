import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { processEnviron } from './lib/site/environment';
import { MALFORMED_PATH } from './lib/site/malformed-path';
import { buildSettings, loadSite, makeSite, siteDigest, SettingsError, type Site } from './lib/site/site';
import { cacheVersion } from './lib/content/build-cache';
import { buildReport } from './lib/publish/site-report';
import { journalRedirects, nextRedirects } from './lib/publish/redirects';
import { getJournal } from './lib/content';

declare global {
  // Next reads this file more than once in one build: the address warning is said once.
  var __journalUrlWarned: boolean | undefined;
  var __journalWarningsSaid: boolean | undefined;
}

/**
 * The site is compiled from one Site (lib/site/site.ts), made here from
 * the environment and the settings file. Whether drafts exist is settled
 * now: always in the author's preview (`next dev`), and in a build only
 * with SHOW_DRAFTS=1. The values are handed to Next's `env`, which inlines
 * them, so `next start` cannot change them afterwards; nothing is written
 * into this process's environment.
 *
 * EXPORT=1 writes a static site to out/ for any static host; BASE_PATH
 * (e.g. /journal) serves the whole site under a sub-path.
 */
export default function config(phase: string): NextConfig {
  const cwd = process.cwd();
  const environ = processEnviron();
  let settingsSite: Site;
  try {
    settingsSite = loadSite(environ, cwd);
  } catch (error) {
    // A settings file with a problem ends the build or the preview's start with the file's lines, not a stack trace.
    if (!(error instanceof SettingsError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  const { settings: read, settingsFile, settingsLines } = settingsSite;
  const build = buildSettings(environ, read, cwd, phase === PHASE_DEVELOPMENT_SERVER);
  // The Site the pages are compiled with, from the settings file read once above; this process reads the
  // journal with it too (buildReport below), so it sees drafts exactly when the site does.
  const compiled = makeSite({ ...environ, ...build.compiled }, read, settingsFile, cwd, settingsLines);
  // The cache between runs is kept for this code and this Site only (lib/content/build-cache.ts).
  const version = build.cacheDir === 'off' ? '' : cacheVersion(cwd, siteDigest(compiled));
  const site = makeSite({ ...environ, ...build.compiled, JOURNAL_CACHE_VERSION: version }, read, settingsFile, cwd, settingsLines);
  if (phase === PHASE_PRODUCTION_BUILD) {
    // A preview cache left where builds are saved and deployed (an earlier SHOW_DRAFTS build, next dev) holds drafts.
    for (const folder of build.staleCaches) rmSync(folder, { recursive: true, force: true });
    const { settings } = site;
    if (!globalThis.__journalUrlWarned && (!settings.urlSet || /^https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?$/.test(settings.url))) {
      globalThis.__journalUrlWarned = true;
      console.warn(`\nWarning: the site's address is ${settings.url}: canonical links, feeds and the sitemap will point there. Set \`url\` in site.yml or SITE_URL.\n`);
    }
    const report = buildReport(site);
    if (report.stop !== null) {
      console.error(`\n${report.stop}\n`);
      process.exit(1);
    }
    // What is published without, or otherwise than written: said once, when the build ends, where the author looks.
    if (report.warnings.length > 0 && !globalThis.__journalWarningsSaid) {
      globalThis.__journalWarningsSaid = true;
      const count = report.warnings.length;
      process.once('exit', (code) => {
        if (code === 0) console.warn(`\n⚠ ${count} ${count === 1 ? 'warning' : 'warnings'} (npm run check lists them too; \`strict: true\` makes them fatal):\n${report.warnings.join('\n')}\n`);
      });
    }
  }
  return {
    env: { ...build.compiled, JOURNAL_CACHE_VERSION: version },
    generateBuildId: async () => build.buildId,
    output: build.staticExport ? 'export' : undefined,
    basePath: build.basePath || undefined,
    trailingSlash: true,
    distDir: build.distDir,
    allowedDevOrigins: ['127.0.0.1'],
    poweredByHeader: false,
    // The journal sizes its own images at build time: Next's image optimizer stays off, so no visitor
    // can make the server fetch a path or fill its image cache (/_next/image answers 400 or 404).
    images: { unoptimized: true },
    // Publishing does not type-check: `npm test` and `npm run typecheck` check everything, tests and tools
    // included, and a build that changed only entries would pay for it every time (10 s of an 85 s build at
    // 1,000 entries, bench/results.md).
    typescript: { tsconfigPath: 'tsconfig.build.json', ignoreBuildErrors: true },
    reactStrictMode: true,
    experimental: {
      // Every page is prerendered by as many workers as the machine has cores (Next leaves one idle for
      // its main process, which waits during prerendering), at most four: each worker holds the journal.
      cpus: Math.min(availableParallelism(), 4),
      // Links prefetch on intent (components/intent-link.tsx), one page at a time: measuring every
      // segment's gzip size to bundle prefetches cost 7% of a build's prerendering (bench/results.md).
      prefetchInlining: false,
      serverSourceMaps: false,
    },
    // A malformed address is the journal's 404 at that address, before Next would fail on it with a 500.
    // A static export has no server to rewrite: its host answers such paths (the README says how).
    // An address no page answers may be one of the old site's own files (STATIC_DIR): app/site-files serves them.
    ...(build.staticExport
      ? {}
      : {
          // Each day's on-this-day address and each old address of an entry is a redirect (lib/publish/redirects.ts), not a page.
          // The preview's journal changes while it runs: its rule matches every day, and its pages answer old addresses live.
          redirects: async () => nextRedirects(phase === PHASE_DEVELOPMENT_SERVER ? 'preview' : journalRedirects(site, getJournal(site))),
          rewrites: async () => ({
            beforeFiles: [{ source: MALFORMED_PATH, destination: '/404/' }],
            afterFiles: [],
            fallback: build.siteFiles ? [{ source: '/:path+', destination: '/site-files/:path+' }] : [],
          }),
        }),
  };
}
