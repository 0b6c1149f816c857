import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';

/**
 * Whether drafts exist is settled when the site is compiled: always in the
 * author's preview (`next dev`), and in a build only with SHOW_DRAFTS=1.
 * The value is inlined, so `next start` cannot change it afterwards.
 */
export default function config(phase: string): NextConfig {
  const preview = phase === PHASE_DEVELOPMENT_SERVER || process.env.SHOW_DRAFTS === '1';
  return {
    env: { JOURNAL_PREVIEW: preview ? '1' : '0' },
    distDir: process.env.NEXT_DIST_DIR || '.next',
    allowedDevOrigins: ['127.0.0.1'],
    poweredByHeader: false,
    reactStrictMode: true,
  };
}
