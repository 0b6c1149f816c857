import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { buildSettings, journalConfig } from './lib/config/config';
import { MALFORMED_PATH } from './lib/config/malformed-path';
import { readSettingsFile, settingsFileName, SettingsError } from './lib/config/settings-file';
import { cacheVersion } from './lib/content/build-cache';
import { buildStoppers } from './lib/content/derived';

/**
 * Whether drafts exist is settled when the site is compiled: always in the
 * author's preview (`next dev`), and in a build only with SHOW_DRAFTS=1.
 * The value is inlined, so `next start` cannot change it afterwards.
 *
 * EXPORT=1 writes a static site to out/ for any static host; BASE_PATH
 * (e.g. /journal) serves the whole site under a sub-path. Every variable is
 * read in lib/config/config.ts.
 */
export default function config(phase: string): NextConfig {
  try {
    readSettingsFile(settingsFileName({ SITE_SETTINGS: process.env.SITE_SETTINGS }));
  } catch (error) {
    // A settings file with a problem ends the build or the preview's start with the file's lines, not a stack trace.
    if (!(error instanceof SettingsError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  const build = buildSettings(phase === PHASE_DEVELOPMENT_SERVER);
  // What the site's code is compiled with. This process reads the journal too (buildStoppers below),
  // with the same values: it sees drafts exactly when the site does.
  const compiled = {
    JOURNAL_PREVIEW: build.preview ? '1' : '0',
    JOURNAL_EXPORT: build.staticExport ? '1' : '0',
    JOURNAL_BASE_PATH: build.basePath,
  };
  Object.assign(process.env, compiled);
  // The cache between runs is kept for this code and configuration only (lib/content/build-cache.ts):
  // the resolved configuration, and every value compiled in (a base path changes every rendered link).
  process.env.JOURNAL_CACHE_DIR = build.cacheDir;
  process.env.JOURNAL_CACHE_VERSION =
    build.cacheDir === 'off' ? '' : cacheVersion(process.cwd(), { ...journalConfig(), cache: undefined, parseLog: undefined, compiled, phase });
  if (phase === PHASE_PRODUCTION_BUILD) {
    // A preview cache left where builds are saved and deployed (an earlier SHOW_DRAFTS build, next dev) holds drafts.
    for (const folder of build.staleCaches) rmSync(folder, { recursive: true, force: true });
    const { site } = journalConfig();
    // Said once per build, though Next reads this file in more than one process.
    if (process.env.JOURNAL_URL_WARNED !== '1' && (!site.urlSet || /^https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?$/.test(site.url))) {
      process.env.JOURNAL_URL_WARNED = '1';
      console.warn(`\nWarning: the site's address is ${site.url}: canonical links, feeds and the sitemap will point there. Set \`url\` in site.yml or SITE_URL.\n`);
    }
    const stoppers = buildStoppers(journalConfig());
    if (stoppers !== null) {
      console.error(`\n${stoppers}\n`);
      process.exit(1);
    }
  }
  return {
    env: {
      ...compiled,
      JOURNAL_BUILD_TIME: build.buildTime,
      JOURNAL_CACHE_DIR: process.env.JOURNAL_CACHE_DIR,
      JOURNAL_CACHE_VERSION: process.env.JOURNAL_CACHE_VERSION,
    },
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
    },
    // A malformed address is the journal's 404 at that address, before Next would fail on it with a 500.
    // A static export has no server to rewrite: its host answers such paths (the README says how).
    // An address no page answers may be one of the old site's own files (STATIC_DIR): app/site-files serves them.
    ...(build.staticExport
      ? {}
      : {
          rewrites: async () => ({
            beforeFiles: [{ source: MALFORMED_PATH, destination: '/404/' }],
            afterFiles: [],
            fallback: build.siteFiles ? [{ source: '/:path+', destination: '/site-files/:path+' }] : [],
          }),
        }),
  };
}
