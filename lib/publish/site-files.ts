import fs from 'node:fs';
import path from 'node:path';
import { journalConfig, type JournalConfig } from '../config/config';
import { OWN_PAGES } from '../content/aliases';
import { MARKDOWN_FILE } from '../text/names';

/**
 * The old site's own files (STATIC_DIR: Hexo's `source/`, Hugo's
 * `static/`), published as they are at the site root: `/code/demo.html`,
 * `/files/cv.pdf`. Like Hexo, names starting with `_` (`_posts`, `_drafts`)
 * or `.` are not published, nor Markdown (entries and pages are the
 * journal's to render), nor the content folder, nor links (only files
 * inside the folder are), nor anything where the journal's own pages live.
 */

/** How deep the folder is walked: far deeper than any site keeps files. */
const MAX_DEPTH = 20;

export interface SiteFile {
  /** Path under the site root, with forward slashes. */
  readonly path: string;
  readonly absolute: string;
}

export function siteFiles(config: JournalConfig = journalConfig()): SiteFile[] {
  const root = config.staticDir;
  if (root === undefined || !fs.existsSync(/* turbopackIgnore: true */ root)) return [];
  const files: SiteFile[] = [];
  const walk = (dir: string, relative: string, depth: number) => {
    if (depth > MAX_DEPTH) return;
    for (const item of fs.readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true })) {
      if (/^[_.]/.test(item.name)) continue;
      const absolute = path.join(/* turbopackIgnore: true */ dir, item.name);
      const rel = relative === '' ? item.name : `${relative}/${item.name}`;
      if (relative === '' && OWN_PAGES.has(item.name)) continue;
      if (absolute === config.contentDir) continue;
      // Links are not followed: what is published lies inside the folder.
      if (item.isDirectory()) walk(absolute, rel, depth + 1);
      else if (item.isFile() && !MARKDOWN_FILE.test(item.name)) files.push({ path: rel, absolute });
    }
  };
  walk(root, '', 0);
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.zip': 'application/zip',
};

/** A site file's bytes and type, or undefined when no such file is published. */
export function siteFile(relative: string): { body: Buffer; type: string } | undefined {
  const file = siteFiles().find((f) => f.path === relative);
  if (!file) return undefined;
  return { body: fs.readFileSync(/* turbopackIgnore: true */ file.absolute), type: TYPES[path.extname(file.path).toLowerCase()] ?? 'application/octet-stream' };
}
