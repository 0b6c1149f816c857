import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';

/**
 * Whether drafts exist is settled when the site is compiled: always in the
 * author's preview (`next dev`), and in a build only with SHOW_DRAFTS=1.
 * The value is inlined, so `next start` cannot change it afterwards.
 *
 * EXPORT=1 writes a static site to out/ for any static host; BASE_PATH
 * (e.g. /journal) serves the whole site under a sub-path.
 */
export default function config(phase: string): NextConfig {
  const preview = phase === PHASE_DEVELOPMENT_SERVER || process.env.SHOW_DRAFTS === '1';
  const basePath = process.env.BASE_PATH?.replace(/\/+$/, '') ?? '';
  if (basePath !== '' && !/^\/[\w\-./]+$/.test(basePath)) throw new Error(`BASE_PATH must look like /journal, got "${basePath}"`);
  return {
    env: { JOURNAL_PREVIEW: preview ? '1' : '0', JOURNAL_BASE_PATH: basePath },
    output: process.env.EXPORT === '1' ? 'export' : undefined,
    basePath: basePath || undefined,
    trailingSlash: true,
    // A static export is written to distDir: out/ unless told otherwise.
    distDir: process.env.NEXT_DIST_DIR || (process.env.EXPORT === '1' ? 'out' : '.next'),
    allowedDevOrigins: ['127.0.0.1'],
    poweredByHeader: false,
    // The build checks the site's own code; `npm test` type-checks everything, tests and tools included.
    typescript: { tsconfigPath: 'tsconfig.build.json' },
    reactStrictMode: true,
  };
}
