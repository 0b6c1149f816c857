import type { NextConfig } from 'next';

const config: NextConfig = {
  output: process.env.EXPORT === '1' ? 'export' : undefined,
  distDir: process.env.NEXT_DIST_DIR || '.next',
  trailingSlash: true,
  poweredByHeader: false,
};

export default config;
