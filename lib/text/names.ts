import { say, type Message } from './message';

/**
 * URL names: the one alphabet of every name the journal puts in a path,
 * entries' slugs and terms' alike. A name keeps the letters, digits and
 * marks of every script (`机器学习` stays `机器学习`), `_` and `-`; every
 * other run of characters — spaces, dots, `%`, `?`, `#`, slashes — becomes
 * one `-`, so no name can be mistaken for a file (`node.js`), a query, a
 * fragment or an escape, and a name reads the same raw and percent-encoded.
 */

/**
 * The longest URL name, in UTF-8 bytes (about 66 Chinese characters). The
 * build writes each name as a file or folder name, with suffixes such as
 * `.segments`, and file systems stop at 255 bytes.
 */
export const MAX_NAME_BYTES = 200;

/** The names of entry files: `.md`, or `.markdown` as Hugo and Jekyll also name them. */
export const MARKDOWN_FILE = /\.(?:md|markdown)$/i;

const KEPT = /[\p{L}\p{N}\p{M}_-]/u;

function dashed(text: string, wordFor: Readonly<Record<string, string>> = {}): string {
  let out = '';
  for (const ch of text) {
    const word = wordFor[ch];
    if (word) out += `-${word}-`;
    else out += KEPT.test(ch) ? ch : '-';
  }
  return out.replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * An entry's URL name, from its file name or front matter `slug`: case is
 * kept (old links keep working), Unicode is composed (NFC), the rest as
 * above. `node.js入门` → `node-js入门`, `100%` → `100`. Empty when nothing
 * is left.
 */
export function entrySlug(text: string): string {
  return dashed(text.normalize('NFC'));
}

/**
 * The default slug: the file name without `.md` (or `.markdown`); for a folder's
 * `index.md` (an entry kept with its images, as in Hugo's page bundles),
 * the folder's name.
 */
export function fileStem(file: string): string {
  const parts = file.split('/');
  const base = (parts.at(-1) ?? '').replace(MARKDOWN_FILE, '');
  const folder = parts.at(-2);
  return (base.toLowerCase() === 'index' && folder !== undefined ? folder : base).normalize('NFC');
}

/**
 * A file name that begins with its day: Jekyll's and Hexo's
 * `2011-10-11-fibonacci` (the day, and the name after it), a daily note's
 * `2022-10-06` or Logseq's `2022_10_06` (the day alone; the name stays
 * whole). Null for any other name; the day is as written, checked later.
 */
export function datedName(stem: string): { day: string; rest: string | null } | null {
  const match = /^(\d{4})([-_])(\d{1,2})\2(\d{1,2})(?:-(.+))?$/.exec(stem);
  if (!match) return null;
  const [, y, , m, d, rest] = match;
  return { day: `${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`, rest: rest ?? null };
}

/** The name an entry's URL is made of by default: the file name, without the day Jekyll writes before it. */
export function slugStem(file: string): string {
  const stem = fileStem(file);
  return datedName(stem)?.rest ?? stem;
}

/** The slug an entry gets from its file name alone. */
export function defaultSlug(file: string): string {
  return entrySlug(slugStem(file));
}

/**
 * Two URL names that a case-insensitive file system or host would take
 * for one: the same after folding case and width.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

const WORD_FOR: Readonly<Record<string, string>> = { '+': 'plus', '#': 'sharp', '&': 'and', '@': 'at' };

/**
 * The URL name of a tag or category. Case and full-width forms are folded,
 * so one term has one page; `+ # & @` become words (`C++` → `c-plus-plus`,
 * `C#` → `c-sharp`).
 */
export function termSlug(name: string): string {
  const folded = name.normalize('NFKC').toLowerCase();
  const out = dashed(folded, WORD_FOR);
  if (out !== '') return out;
  // A name of symbols alone still gets a stable, readable-enough name.
  return `term-${[...folded].map((c) => c.codePointAt(0)?.toString(16) ?? '').join('-')}`;
}

/**
 * A category inside another (Hexo's category paths, `- [技术, Linux]`) is
 * named by its whole path, its parts joined by this separator; its URL name
 * is the parts' URL names joined by `/` (`/categories/技术/linux/`).
 */
export const CATEGORY_SEPARATOR = ' › ';

/** The parts of a category path (one part for a category on its own). */
export function categoryParts(name: string): string[] {
  return name.split(CATEGORY_SEPARATOR);
}

/** The URL name of a tag, or of a category with its path. */
export function termSlugOf(kind: 'tags' | 'categories', name: string): string {
  return kind === 'tags' ? termSlug(name) : categoryParts(name).map(termSlug).join('/');
}

/** Why a URL name is too long to be built, or null. */
export function nameLengthProblem(name: string): Message | null {
  const bytes = new TextEncoder().encode(name).length;
  if (bytes <= MAX_NAME_BYTES) return null;
  const chars = Math.floor(MAX_NAME_BYTES / 3);
  return say(
    `makes a URL name of ${bytes} bytes; the limit is ${MAX_NAME_BYTES} bytes (about ${chars} Chinese characters)`,
    `生成的网址名有 ${bytes} 字节，上限是 ${MAX_NAME_BYTES} 字节（约 ${chars} 个汉字）`,
  );
}
