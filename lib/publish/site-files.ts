import fs from 'node:fs';
import path from 'node:path';
import type { Site } from '../site/site';
import { OWN_PAGES } from '../site/urls';
import type { Journal } from '../content/journal';
import { walkFiles } from '../content/entry-files';
import { journalOldAddresses } from '../content/derived';
import { memoBySite } from '../memo';
import { say, type Message } from '../text/message';
import { nameLengthProblem } from '../text/names';

/**
 * The old site's own files (STATIC_DIR: Hexo's `source/`, Hugo's
 * `static/`), published as they are at the site root: `/code/demo.html`,
 * `/files/cv.pdf`. Like Hexo, names starting with `_` (`_posts`, `_drafts`)
 * or `.` are not published. Nor is anything that is, or holds, the
 * journal's private text: Markdown and other sources, editor backups, the
 * content folder (by its real path, however it is reached), a hard link to
 * any file of the content folder, links (only files inside the folder are
 * published). Nor anything where the journal's own pages live (compared
 * without case, as case-insensitive hosts do), nor what no host can serve:
 * names too long for a file system, files too large for a static host.
 */

/** How deep the folder is walked: far deeper than any site keeps files. */
const MAX_DEPTH = 20;
/** The largest file published: GitHub's limit for a file, and far more than a page's attachment needs. */
export const MAX_SITE_FILE_BYTES = 100 * 1024 * 1024;

/** Entry sources (Markdown in every spelling, R Markdown, MDX) and what editors leave beside a file. */
const SOURCE_OR_BACKUP = /\.(?:md|markdown|mdx|mkd|mkdn|mdwn|mdown|mdtxt|rmd|bak|orig|swp|swo|tmp)$|~$|^#.*#$/i;
/** Files at the root that the journal's own pages are, in a static export. */
const OWN_FILES = new Set(['index.html', 'index.htm', '404.html', '404.htm', 'index.txt', '_headers', '_redirects']);

export interface SiteFile {
  /** Path under the site root, with forward slashes. */
  readonly path: string;
  readonly absolute: string;
  readonly size: number;
}

/** A file of the site folder that is not published, and why. */
export interface RefusedSiteFile {
  readonly path: string;
  readonly message: Message;
}

const fold = (name: string) => name.normalize('NFKC').toLowerCase();

function realPath(file: string): string | undefined {
  try {
    return fs.realpathSync(/* turbopackIgnore: true */ file);
  } catch {
    return undefined;
  }
}

/** Every file of the content folder, by device and inode (hidden ones and node_modules too): a hard link to one of them is the same file. */
function contentInodes(dir: string): Set<string> {
  const found = new Set<string>();
  walkFiles(dir, { hidden: true, everything: true }, (item, absolute) => {
    if (!item.isFile()) return;
    const stat = fs.statSync(/* turbopackIgnore: true */ absolute, { throwIfNoEntry: false });
    if (stat) found.add(`${stat.dev}:${stat.ino}`);
  });
  return found;
}

export interface SiteFileReport {
  readonly files: readonly SiteFile[];
  readonly refused: readonly RefusedSiteFile[];
}

/** What is published of the site folder, and what is not but looks meant to be, with the reason (for `npm run check`). */
export function siteFileReport(config: Site, journal: Journal): SiteFileReport {
  const root = config.staticDir;
  const files: SiteFile[] = [];
  const refused: RefusedSiteFile[] = [];
  if (root === undefined || !fs.existsSync(/* turbopackIgnore: true */ root)) return { files, refused };
  const rootReal = realPath(root);
  const contentReal = realPath(config.contentDir);
  if (rootReal === undefined) return { files, refused };
  if (contentReal !== undefined && (rootReal === contentReal || rootReal.startsWith(contentReal + path.sep))) {
    refused.push({
      path: '.',
      message: say(
        'the site folder is the content folder, or inside it: nothing of it is published (its files are the entries\' own; point staticDir at the old site\'s source/ or static/ folder)',
        '站点文件夹就是内容文件夹或在其中：其中的文件都不发布（它们属于日记本身；请把 staticDir 指向旧站的 source/ 或 static/ 文件夹）',
      ),
    });
    return { files, refused };
  }
  const inodes = contentInodes(config.contentDir);
  const pages = new Set<string>([...OWN_PAGES, ...journal.pages.map((p) => p.slug)].map(fold));
  // An old address answers before a site file at the same place, as a redirect (lib/publish/redirects.ts).
  const oldAddresses = journalOldAddresses(config, journal).byPath;
  const movedFrom = (rel: string) => oldAddresses.get(`/${rel}`) ?? (rel === 'index.html' || rel.endsWith('/index.html') ? oldAddresses.get(`/${rel.slice(0, -'index.html'.length)}`) : undefined);
  const walk = (dir: string, relative: string, depth: number) => {
    if (depth > MAX_DEPTH) return;
    for (const item of fs.readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true })) {
      if (/^[_.]/.test(item.name)) continue;
      const absolute = path.join(/* turbopackIgnore: true */ dir, item.name);
      const rel = relative === '' ? item.name : `${relative}/${item.name}`;
      const refuse = (message: Message) => refused.push({ path: rel, message });
      if (relative === '' && (pages.has(fold(item.name)) || OWN_FILES.has(fold(item.name)))) {
        refuse(say(`is where the journal's own /${item.name} is; it is not published`, `与日记自带的 /${item.name} 在同一位置；不发布`));
        continue;
      }
      // Links are not followed: what is published lies inside the folder.
      if (item.isDirectory()) {
        if (realPath(absolute) === contentReal) continue;
        walk(absolute, rel, depth + 1);
        continue;
      }
      if (!item.isFile()) {
        if (item.isSymbolicLink()) refuse(say('is a link; only files inside the site folder are published', '是链接；只发布站点文件夹中的文件'));
        continue;
      }
      if (SOURCE_OR_BACKUP.test(item.name)) {
        refuse(say('is a source file or an editor\'s backup; it is not published', '是源文件或编辑器的备份；不发布'));
        continue;
      }
      const long = rel.split('/').map(nameLengthProblem).find((p) => p !== null);
      if (long) {
        refuse(say(`the name ${long.en}; it is not published`, `文件名${long['zh-CN']}；不发布`));
        continue;
      }
      const stat = fs.statSync(/* turbopackIgnore: true */ absolute);
      if (inodes.has(`${stat.dev}:${stat.ino}`)) {
        refuse(say('is a hard link to a file of the content folder; it is not published', '是指向内容文件夹中文件的硬链接；不发布'));
        continue;
      }
      if (stat.size > MAX_SITE_FILE_BYTES) {
        const mib = (stat.size / 1024 / 1024).toFixed(0);
        refuse(say(`is ${mib} MiB; files over 100 MiB are not published (static hosts refuse them)`, `大小为 ${mib} MiB；超过 100 MiB 的文件不发布（静态托管服务不接受）`));
        continue;
      }
      if (hasFrontMatter(absolute)) {
        refuse(say('begins with front matter: the old engine read it as a template (a Jekyll page or feed), not a file to copy; it is not published', '以 front matter 开头：旧引擎把它当作模板（Jekyll 的页面或订阅源）而不是原样复制的文件；不发布'));
        continue;
      }
      const moved = movedFrom(rel);
      if (moved) {
        refuse(say(`is where an old address of ${moved.file} is, which leads to that entry; it is not published`, `与 ${moved.file} 的旧地址在同一位置，该地址会跳转到那篇日记；不发布`));
        continue;
      }
      files.push({ path: rel, absolute, size: stat.size });
    }
  };
  walk(root, '', 0);
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { files, refused };
}

/** Whether a file opens with `---` and a line break: Jekyll renders such a file through Liquid and copies only the others as they are. */
function hasFrontMatter(file: string): boolean {
  const head = Buffer.alloc(8);
  const fd = fs.openSync(/* turbopackIgnore: true */ file, 'r');
  try {
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return /^(?:\uFEFF)?---\r?\n/.test(head.subarray(0, read).toString('utf8'));
  } finally {
    fs.closeSync(fd);
  }
}

/** Walked once per journal in a build and under `npm start`; on every request in the preview, where the folder may change. */
const publishedReport = memoBySite((site: Site, journal: Journal): SiteFileReport => siteFileReport(site, journal));

export function siteFiles(site: Site, journal: Journal): readonly SiteFile[] {
  return (site.preview ? siteFileReport(site, journal) : publishedReport(site, journal)).files;
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

/**
 * A site file's bytes and type, by the route's raw path segments, or
 * undefined when no such file is published. The segments reach the route
 * decoded once already when `npm start` rewrites a site file's own address
 * to it, and still encoded when the build prerenders it: the name as given
 * is looked up first (so `/a%2541.txt` is `a%41.txt`, never `aA.txt`), then
 * decoded once. Names compare in NFC, as a Mac writes them in NFD.
 */
export function siteFileAt(site: Site, journal: Journal, segments: readonly string[]): { body: Buffer; type: string } | undefined {
  const byName = new Map(siteFiles(site, journal).map((f) => [f.path.normalize('NFC'), f]));
  const decoded = segments.map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return undefined;
    }
  });
  const candidates = [segments.join('/'), ...(decoded.every((d) => d !== undefined) ? [decoded.join('/')] : [])];
  return siteFile(candidates.map((c) => byName.get(c.normalize('NFC'))).find((f) => f !== undefined));
}

/** A site file's bytes and type. */
function siteFile(file: SiteFile | undefined): { body: Buffer; type: string } | undefined {
  if (!file) return undefined;
  return { body: fs.readFileSync(/* turbopackIgnore: true */ file.absolute), type: TYPES[path.extname(file.path).toLowerCase()] ?? 'application/octet-stream' };
}
