import { dayParts } from '../time/dates';
import { fileStem, MARKDOWN_FILE, nameLengthProblem, slugStem, termSlug } from '../text/names';
import { keyLine, type Entry } from './entry';
import { oldAddressPath } from './fields';
import type { Journal } from './journal';
import { say, type Message } from '../text/message';
import { OWN_PAGES } from '../site/urls';

/**
 * Old addresses: where the entries of the site this journal replaces used
 * to live, so links from elsewhere keep reaching them. They come from each
 * entry's `permalink` / `aliases` and from the old site's patterns
 * (settings `oldPermalinks`), for visible entries only. A path the
 * journal's own pages use, or one claimed twice, is not an old address;
 * the checker says which.
 */

export interface OldAddress {
  /** The site path, `/2019/05/14/title/`, with raw (decoded) segments. */
  readonly path: string;
  readonly segments: readonly string[];
  readonly entry: Entry;
}

export interface OldAddresses {
  readonly addresses: readonly OldAddress[];
  /** The entry an old path leads to. */
  readonly byPath: ReadonlyMap<string, Entry>;
  /**
   * Paths that could not be used, with the reason, per entry file. An
   * address two entries claim in their own front matter is an error (it
   * stops a build, as one slug used twice does); the rest are warnings.
   */
  readonly refused: readonly RefusedAddress[];
}

export interface RefusedAddress {
  readonly file: string;
  /** The line of the entry's `aliases` or `permalink` key, else 1. */
  readonly line: number;
  readonly path: string;
  readonly reason: Message;
  readonly error: boolean;
}

/** Names the static export writes itself in a folder (or a host reads as settings): an old address there would overwrite them. */
const EXPORT_FILES = new Set(['index.html', 'index.htm', 'index.txt', '404.html', '404.htm']);

/** Why a path cannot be an old address whatever else claims it, or null. */
function unusable(segments: readonly string[]): Message | null {
  for (const segment of segments) {
    const long = nameLengthProblem(segment);
    if (long) return say(`has a segment that ${long.en}`, `有一段${long['zh-CN']}`);
    // `_headers`, `_redirects`, `_next`, `.well-known`: the export's and the host's own names.
    if (/^[_.]/.test(segment)) return say('has a segment starting with _ or ., which the export and static hosts keep for themselves', '有一段以 _ 或 . 开头，这是导出和静态托管服务自己使用的名字');
  }
  if (EXPORT_FILES.has((segments.at(-1) ?? '').toLowerCase())) return say('is a file the export writes for every page', '是导出为每个页面写入的文件');
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The tokens an old site's pattern may use: what expandPattern fills, declared once. */
export const PATTERN_TOKENS = ['year', 'month', 'day', 'i_month', 'i_day', 'hour', 'minute', 'second', 'title', 'filename', 'contentbasename', 'path', 'slug', 'category', 'categories', 'output_ext'] as const;
type PatternToken = (typeof PATTERN_TOKENS)[number];
const isPatternToken = (token: string): token is PatternToken => PATTERN_TOKENS.some((t) => t === token);

/** The tokens of an old site's pattern the journal does not know (`:abbrlink`): such a pattern leads nowhere. */
export function unknownTokens(pattern: string): string[] {
  return [...pattern.matchAll(/:([a-z_]+)/g)].map((m) => m[1] ?? '').filter((token) => !isPatternToken(token));
}

/**
 * One entry's addresses under an old site's pattern: one, or two for a
 * file named with its day (`2011-10-11-fibonacci.md`), whose `:title` is
 * `fibonacci` to Jekyll and to Hexo's dated `new_post_name`, and the whole
 * name to Hexo's default. None when the pattern has a token the journal
 * cannot fill.
 */
export function expandPatterns(pattern: string, entry: Entry): string[] {
  const titles = [...new Set([slugStem(entry.file), fileStem(entry.file)])];
  return titles.flatMap((title) => {
    const path = expandWith(pattern, entry, title);
    return path === null ? [] : [path];
  });
}

/** The entry's address under the pattern, `:title` being `title`. */
export function expandPattern(pattern: string, entry: Entry, title = slugStem(entry.file)): string | null {
  return expandWith(pattern, entry, title);
}

function expandWith(pattern: string, entry: Entry, title: string): string | null {
  const { year, month, date } = dayParts(entry.date.day);
  const time = /T(\d{2}):(\d{2}):(\d{2})/.exec(entry.date.iso);
  const values: Record<PatternToken, string> = {
    year: String(year),
    month: pad(month),
    day: pad(date),
    i_month: String(month),
    i_day: String(date),
    hour: time?.[1] ?? '00',
    minute: time?.[2] ?? '00',
    second: time?.[3] ?? '00',
    title,
    filename: fileStem(entry.file),
    // Hugo's newer name for the file's (or the bundle folder's) base name.
    contentbasename: fileStem(entry.file),
    // VuePress serves a file at its path with `.html`: `:path.html` is `blogs/other/guide.html`.
    path: entry.file.replace(MARKDOWN_FILE, ''),
    slug: entry.slug,
    category: entry.categories[0] === undefined ? 'uncategorized' : termSlug(entry.categories[0]),
    // Jekyll: every category, lower-cased, as folders (none: the segment goes), and the page's extension.
    categories: [...new Set(entry.categories.map((c) => c.toLowerCase()))].join('/'),
    output_ext: '.html',
  };
  let unknown = false;
  const path = pattern.replace(/:([a-z_]+)/g, (whole, token: string) => {
    const value = isPatternToken(token) ? values[token] : undefined;
    if (value === undefined) unknown = true;
    return value === undefined ? whole : value.split('/').map(encodeURIComponent).join('/');
  });
  // A token with nothing to fill (no categories) leaves no empty segment, as Jekyll drops it.
  return unknown ? null : oldAddressPath(path.replace(/\/{2,}/g, '/'));
}

/** The path of an entry's or a page's own address (/posts/a/, /about/), with raw segments. */
const ownPath = (entry: Entry) => (entry.page ? `/${entry.slug}/` : `/posts/${entry.slug}/`);

const aliasLine = (entry: Entry) => keyLine(entry, 'aliases', 'permalink') ?? 1;

export function oldAddresses(journal: Journal, patterns: readonly string[]): OldAddresses {
  const byPath = new Map<string, Entry>();
  const addresses: OldAddress[] = [];
  const refused: RefusedAddress[] = [];
  const own = new Set(journal.all.map(ownPath));
  // Who claimed each path in its own front matter: two such claims are an error for both.
  const claimedBy = new Map<string, Entry>();
  // A page's own old addresses are kept too; the old site's patterns were for its posts.
  for (const entry of journal.all) {
    const expanded = entry.page ? [] : patterns.flatMap((p) => expandPatterns(p, entry));
    const candidates = [...entry.aliases, ...expanded];
    for (const path of new Set(candidates)) {
      if (path === ownPath(entry)) continue;
      const segments = path.split('/').filter(Boolean);
      const claimed = entry.aliases.includes(path);
      const taken = byPath.get(path);
      if (taken !== undefined) {
        if (taken === entry) continue;
        const first = claimedBy.get(path);
        const error = claimed && first !== undefined;
        refused.push({ file: entry.file, line: aliasLine(entry), path, reason: say(`is also an old address of ${taken.file}`, `也是 ${taken.file} 的旧地址`), error });
        if (error && first) refused.push({ file: first.file, line: aliasLine(first), path, reason: say(`is also an old address of ${entry.file}`, `也是 ${entry.file} 的旧地址`), error });
        continue;
      }
      if (own.has(path) || (OWN_PAGES.has(segments[0] ?? '') && !(segments[0] === 'posts' && segments.length === 2))) {
        refused.push({ file: entry.file, line: aliasLine(entry), path, reason: say("is the address of one of the journal's own pages", '是日记自带页面的地址'), error: false });
        continue;
      }
      const why = unusable(segments);
      if (why) {
        refused.push({ file: entry.file, line: aliasLine(entry), path, reason: why, error: false });
        continue;
      }
      if (claimed) claimedBy.set(path, entry);
      byPath.set(path, entry);
      addresses.push({ path, segments, entry });
    }
  }
  return { addresses, byPath, refused };
}
