import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';

// The framework settings are the journal's (next.config.ts): the baseline differs from it only in what it does.
const config: NextConfig = {
  output: process.env.EXPORT === '1' ? 'export' : undefined,
  distDir: process.env.NEXT_DIST_DIR || '.next',
  trailingSlash: true,
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true },
  experimental: { cpus: Math.min(availableParallelism(), 4), prefetchInlining: false, serverSourceMaps: false },
};

export default config;
