import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { median, timedBuild, type BuildRun } from '../measure';
import { APPS, round, type AppName } from '../settings';

/** Phases 1 and 2: builds, how often each file was parsed, and what the builds produced. */

export interface ParseReport {
  processes: number;
  parses: number;
  files: number;
  /** Most times one file was parsed within one process. */
  maxPerProcess: number;
}

export function readParseLog(file: string): ParseReport {
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  const perKey = new Map<string, number>();
  const pids = new Set<string>();
  const files = new Set<string>();
  for (const line of lines) {
    const [pid = '', abs = ''] = line.split('\t');
    pids.add(pid);
    files.add(abs);
    perKey.set(line, (perKey.get(line) ?? 0) + 1);
  }
  return { processes: pids.size, parses: lines.length, files: files.size, maxPerProcess: Math.max(0, ...perKey.values()) };
}

export function build(app: AppName, contentDir: string, dist: string, extra: Record<string, string> = {}, options: { keep?: boolean } = {}): Promise<BuildRun> {
  return timedBuild(APPS[app].args[0] ?? '', dist, { CONTENT_DIR: contentDir, ...extra }, options);
}

export interface OutputSize {
  /** What the build wrote, its caches aside. */
  files: number;
  mib: number;
  /** Next's caches and the journal's (`cache/`). */
  cacheFiles: number;
  cacheMiB: number;
}

/** Files and bytes a build left in its folder, with its caches counted apart. */
export function outputSize(app: AppName, dist: string): OutputSize {
  const root = path.join(APPS[app].project, dist);
  const size = { files: 0, mib: 0, cacheFiles: 0, cacheMiB: 0 };
  for (const item of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!item.isFile()) continue;
    const full = path.join(item.parentPath, item.name);
    const bytes = fs.statSync(full).size / 2 ** 20;
    if (path.relative(root, full).startsWith(`cache${path.sep}`)) {
      size.cacheFiles += 1;
      size.cacheMiB += bytes;
    } else {
      size.files += 1;
      size.mib += bytes;
    }
  }
  return { files: size.files, mib: round(size.mib), cacheFiles: size.cacheFiles, cacheMiB: round(size.cacheMiB) };
}

// ---------------------------------------------------------------- build output

export interface RouteJs {
  route: string;
  gzipKiB: number;
  /** Which interactive features the page's scripts carry. */
  carries: string[];
}

export const FEATURE_MARKERS: Record<string, RegExp> = {
  search: /search-index\.json|MiniSearch/,
  toc: /toc-details/,
  'code-copy': /execCommand/,
  theme: /journal-theme/,
};

export function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

export function routeJs(app: AppName, dist: string, route: string, htmlFile: string): RouteJs {
  const root = path.join(APPS[app].project, dist);
  const html = fs.readFileSync(path.join(root, 'server/app', htmlFile), 'utf8');
  // What a current browser loads: script tags, minus the noModule polyfills only old browsers fetch.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnoModule\b/i.test(tag));
  const scripts = [...new Set(tags.map((tag) => /src="\/_next\/(static\/[^"]+\.js)"/.exec(tag)?.[1]).filter((s) => s !== undefined))];
  let bytes = 0;
  const carries = new Set<string>();
  for (const s of scripts) {
    const file = path.join(root, s);
    bytes += gzipSize(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const [name, marker] of Object.entries(FEATURE_MARKERS)) if (marker.test(text)) carries.add(name);
  }
  return { route, gzipKiB: round(bytes / 1024), carries: [...carries].sort() };
}

export interface HtmlSizes {
  pages: number;
  /** Everything Next prerendered (its prerender manifest): pages, and the files route handlers answer. */
  outputs: number;
  totalMiB: number;
  medianKiB: Record<string, number>;
}

/** How many outputs Next prerendered in a build: each one a render task for its workers. */
export function prerenderedOutputs(root: string): number {
  const manifest: unknown = JSON.parse(fs.readFileSync(path.join(root, 'prerender-manifest.json'), 'utf8'));
  const routes = typeof manifest === 'object' && manifest !== null && 'routes' in manifest ? manifest.routes : undefined;
  return typeof routes === 'object' && routes !== null ? Object.keys(routes).length : 0;
}

export function htmlSizes(app: AppName, dist: string): HtmlSizes {
  const root = path.join(APPS[app].project, dist, 'server/app');
  const groups = new Map<string, number[]>();
  let total = 0;
  let pages = 0;
  const walk = (dir: string, rel: string) => {
    for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, item.name);
      if (item.isDirectory()) walk(full, rel ? `${rel}/${item.name}` : item.name);
      else if (item.name.endsWith('.html')) {
        const size = fs.statSync(full).size;
        total += size;
        pages += 1;
        const group = rel === '' ? (item.name === 'index.html' ? 'home' : 'other') : (rel.split('/')[0] ?? 'other');
        groups.set(group, [...(groups.get(group) ?? []), size]);
      }
    }
  };
  walk(root, '');
  const medianKiB: Record<string, number> = {};
  for (const [group, sizes] of groups) if (['home', 'posts', 'tags'].includes(group)) medianKiB[group] = round(median(sizes) / 1024);
  return { pages, outputs: prerenderedOutputs(path.join(APPS[app].project, dist)), totalMiB: round(total / 1024 / 1024), medianKiB };
}
