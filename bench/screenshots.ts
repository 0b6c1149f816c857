/**
 * npm run screenshots — README pictures of the sample journal, light and
 * dark, desktop and phone, taken with Playwright in Debian's Chromium.
 * Chinese text needs a CJK font: scripts/ensure-tools.sh --bench installs fonts-noto-cjk.
 */
import fs from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { chromium } from '@playwright/test';
import { serveBuild } from '../scripts/serve-sample';
import { ensureBenchTools } from './measure';

const PORT = 3260;
const OUT = 'docs/screenshots';
const SHOTS = [
  { name: 'home-light-desktop', path: '/', theme: 'light', width: 1280, height: 860 },
  { name: 'entry-dark-desktop', path: '/posts/rust-ownership/', theme: 'dark', width: 1280, height: 860 },
  { name: 'archive-light-desktop', path: '/archive/', theme: 'light', width: 1280, height: 860 },
  { name: 'home-dark-phone', path: '/', theme: 'dark', width: 390, height: 844 },
  { name: 'entry-light-phone', path: '/posts/失败的ML面试/', theme: 'light', width: 390, height: 844 },
  { name: 'about-light-desktop', path: '/about/', theme: 'light', width: 1280, height: 560 },
  { name: 'entry-end-dark-desktop', path: '/posts/失败的ML面试/', theme: 'dark', width: 1280, height: 700, scrollTo: '.entry-license' },
] as const satisfies readonly { name: string; path: string; theme: string; width: number; height: number; scrollTo?: string }[];

async function main() {
  ensureBenchTools();
  const stop = await serveBuild({ contentDir: 'content', distDir: '.next-screenshots', port: PORT });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    fs.mkdirSync(OUT, { recursive: true });
    for (const shot of SHOTS) {
      const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: shot.width < 500 ? 2 : 1 });
      await page.addInitScript((theme) => localStorage.setItem('journal-theme', theme), shot.theme);
      await page.goto(`http://127.0.0.1:${PORT}${encodeURI(shot.path)}`, { waitUntil: 'networkidle' });
      if ('scrollTo' in shot) await page.locator(shot.scrollTo).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${OUT}/${shot.name}.png` });
      console.log(`${OUT}/${shot.name}.png`);
      await page.close();
    }
  } finally {
    await browser.close();
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
