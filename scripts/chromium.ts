/**
 * Debian's Chromium, as the end-to-end tests, the screenshots and
 * Lighthouse start it: one binary (CHROMIUM_PATH overrides) and one set of
 * flags, without the background connections a closed network refuses.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
