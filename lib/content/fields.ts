import { parseEntryDate, type EntryDate } from '../time/dates';
import { describeValue } from '../text/describe';
import { say } from '../text/message';
import { CATEGORY_SEPARATOR } from '../text/names';
import {
  cleanText,
  decodeBoolean,
  decodeDate,
  decodeString,
  decodeStrings,
  field,
  isBlank,
  mustBe,
  nullable,
  readBoolean,
  readText,
  type FrontMatter,
  type ReadContext,
  type Report,
} from './field-kit';
import { decodeCascade, DRAFT_KEYS, HIDE_KEYS, isDraftFlagKey, LOCK_KEYS, readCascade, readDraft, readHidden, readLock } from './privacy-fields';

import { MISSING } from './field-kit';

export { MISSING, type FieldSpec, type FrontMatter, type ReadContext, type Report } from './field-kit';
export type { Cascade } from './privacy-fields';

/**
 * The entry's front matter fields, declared once: which keys each reads,
 * how it is validated from YAML, and how it is checked when it comes back
 * from JSON (the preview's parse snapshot). The checker's known keys are
 * the keys listed here.
 */

function readDate(data: FrontMatter, key: string, report: Report, timeZone: string, required: boolean): EntryDate | null {
  const value = data[key];
  if (isBlank(value)) {
    if (required) report(key, MISSING);
    return null;
  }
  const parsed = parseEntryDate(value, timeZone);
  if (parsed.ok) return parsed.date;
  report(key, parsed.message);
  return null;
}

/**
 * `categories` / `tags`: a list of names or a single name. A single string
 * is one term; numbers become their text; blanks and repeats are dropped.
 */
function readTerms(data: FrontMatter, field: string, report: Report, lists: ReadContext['categoryLists'] = 'separate'): string[] {
  const value = data[field];
  if (value === undefined || value === null) return [];
  // Hexo reads a plain list of categories as one path; so does the journal when the site says so.
  const asPath = field === 'categories' && lists === 'path' && Array.isArray(value) && !value.some(Array.isArray);
  const items: unknown[] = asPath ? [value] : Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of items) {
    // Hexo writes a category path as a list inside the list (`- [技术, Linux]`): the entry is in 技术 and in 技术 › Linux.
    if (field === 'categories' && Array.isArray(item)) {
      const parts = item.map((part) => (typeof part === 'string' || typeof part === 'number' ? cleanText(part).replace(/\s+/g, ' ') : null));
      if (parts.some((part) => part === null || part === '')) {
        report(field, mustBe(item, 'text', '文字', 'each name of a category path', '分类路径中的每个名称都'));
        continue;
      }
      for (let depth = 1; depth <= parts.length; depth++) {
        const name = parts.slice(0, depth).join(CATEGORY_SEPARATOR);
        if (!out.includes(name)) out.push(name);
      }
      continue;
    }
    if (typeof item === 'string' || typeof item === 'number') {
      const name = cleanText(item).replace(/\s+/g, ' ');
      if (name !== '' && !out.includes(name)) out.push(name);
    } else if (item !== null) {
      report(field, mustBe(item, 'text', '文字', 'each name', '每个名称都'));
    }
  }
  return out;
}

const DESCRIPTION_KEYS = ['description', 'excerpt', 'summary'];
const ALIAS_KEYS = ['aliases', 'permalink'];

/**
 * An old address as a site path: `/2019/05/14/title/`, `/posts/abc.html`.
 * A full URL gives its path; query and fragment are dropped; segments are
 * percent-decoded once. Null for what cannot be a path of this site.
 */
export function oldAddressPath(value: string): string | null {
  let text = value.trim();
  // `//host/path` is another site's address in every browser, not a path of this one.
  if (/^[/\\]{2}/.test(text)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    if (!/^https?:\/\//i.test(text)) return null;
    try {
      text = new URL(text).pathname;
    } catch {
      return null;
    }
  }
  const segments: string[] = [];
  for (const raw of (text.split(/[?#]/)[0] ?? '').split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw).normalize('NFC');
    } catch {
      return null;
    }
    // eslint-disable-next-line no-control-regex
    // Not path characters: control characters, slashes, and what would need quoting in HTML or a URL.
    if (segment === '.' || segment === '..' || /[\u0000-\u001f\u007f/\\"<>^`{|}]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments.length === 0 ? null : pathOfSegments(segments);
}

/** A site path from its (decoded) segments: a trailing `/` unless the last looks like a file (`abc.html`). */
export function pathOfSegments(segments: readonly string[]): string {
  const last = segments.at(-1) ?? '';
  return `/${segments.join('/')}${/\.[a-z0-9]+$/i.test(last) ? '' : '/'}`;
}

/** `permalink` (Hexo, reco: one path) and `aliases` (Hugo: a list): the entry's old addresses. */
function readAliases(data: FrontMatter, report: Report): string[] {
  const out: string[] = [];
  for (const key of ALIAS_KEYS) {
    const value = data[key];
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      const path = typeof item === 'string' ? oldAddressPath(item) : null;
      if (path === null) {
        const shown = describeValue(item);
        report(
          key,
          say(
            `${shown.en} is not an address of this site (write a path such as /2019/05/14/title/)`,
            `${shown['zh-CN']} 不是本站的地址（请写路径，例如 /2019/05/14/title/）`,
          ),
        );
      }
      else if (!out.includes(path)) out.push(path);
    }
  }
  return out;
}
const PIN_KEYS = ['sticky', 'top', 'pinned'];
const MATH_KEYS = ['math', 'mathjax', 'katex'];

/** The first of `keys` the front matter gives a value, else the first key (for its messages). */
function firstPresent(data: FrontMatter, keys: readonly string[]): string {
  return keys.find((k) => !isBlank(data[k])) ?? keys[0] ?? '';
}

/** `true` or a positive number pins; `false`, 0 and nothing do not. */
function readPinned(data: FrontMatter, report: Report): boolean {
  for (const key of PIN_KEYS) {
    const value = data[key];
    if (value === undefined || value === null || value === false || value === 0) continue;
    if (value === true || (typeof value === 'number' && value > 0)) return true;
    report(key, mustBe(value, 'true, false or a number', 'true、false 或数字'));
  }
  return false;
}

/** An entry's cover: its share image, shown above the entry and small on list cards. */
export interface Cover {
  /** As written: a path beside the entry or in the content folder, or an https:// address. */
  readonly src: string;
  readonly alt: string;
}

// Hexo themes write `cover`, `thumbnail`, `banner`; Hugo's templates read `images`; PaperMod writes `cover: {image, alt}`.
const COVER_KEYS = ['cover', 'thumbnail', 'banner', 'image', 'images'];

function readCover(data: FrontMatter, report: Report): Cover | null {
  const key = COVER_KEYS.find((k) => !isBlank(data[k]));
  if (key === undefined) return null;
  const value = data[key];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return { src: cleanText(first), alt: '' };
  if (typeof first === 'object' && first !== null && !Array.isArray(first)) {
    const image: unknown = Reflect.get(first, 'image');
    const alt: unknown = Reflect.get(first, 'alt');
    if (typeof image === 'string' && image.trim() !== '') return { src: cleanText(image), alt: typeof alt === 'string' ? cleanText(alt) : '' };
    if (isBlank(image)) return null;
  }
  report(key, mustBe(value, 'an image path or address, or `image:` and `alt:` keys', '图片路径或地址，或 `image:` 与 `alt:` 两个键'));
  return null;
}

function decodeCover(value: unknown): Cover | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const src: unknown = Reflect.get(value, 'src');
  const alt: unknown = Reflect.get(value, 'alt');
  return typeof src === 'string' && typeof alt === 'string' ? { src, alt } : undefined;
}

/** Hexo's `layout: page` and Hugo's `type: page` make a page (/about/) rather than an entry. */
function readPage(data: FrontMatter): boolean {
  return data.layout === 'page' || data.type === 'page';
}

export const ENTRY_FIELDS = {
  title: field({ keys: ['title'], read: (d, r) => readText(d, 'title', r, true), decode: decodeString }),
  date: field({ keys: ['date'], read: (d, r, c) => readDate(d, 'date', r, c.timeZone, true), decode: decodeDate }),
  // Hugo writes the last change as `lastmod`.
  updated: field({ keys: ['updated', 'lastmod'], read: (d, r, c) => readDate(d, isBlank(d.updated) ? 'lastmod' : 'updated', r, c.timeZone, false), decode: nullable(decodeDate) }),
  // Hexo themes write the list excerpt as `excerpt`, Hugo as `summary`.
  description: field({ keys: DESCRIPTION_KEYS, read: (d, r) => readText(d, firstPresent(d, DESCRIPTION_KEYS), r, false), decode: nullable(decodeString) }),
  categories: field({ keys: ['categories'], read: (d, r, c) => readTerms(d, 'categories', r, c.categoryLists), decode: decodeStrings }),
  tags: field({ keys: ['tags'], read: (d, r) => readTerms(d, 'tags', r), decode: decodeStrings }),
  draft: field({ keys: DRAFT_KEYS, read: (d, r) => readDraft(d, r, knownLower()), decode: decodeBoolean }),
  locked: field({ keys: LOCK_KEYS, read: (d) => readLock(d), decode: nullable(decodeString) }),
  hidden: field({ keys: HIDE_KEYS, read: (d, r) => readHidden(d, r), decode: nullable(decodeString) }),
  cascade: field({ keys: ['cascade'], read: (d, r) => readCascade(d, r, knownLower()), decode: decodeCascade }),
  aliases: field({ keys: ALIAS_KEYS, read: (d, r) => readAliases(d, r), decode: decodeStrings }),
  // `math: false` keeps every dollar as text; Hexo's `mathjax` / `katex` say the same.
  math: field({ keys: MATH_KEYS, read: (d, r) => MATH_KEYS.every((k) => readBoolean(d, k, r) !== false), decode: decodeBoolean }),
  // `toc: false` hides the table of contents.
  toc: field({ keys: ['toc'], read: (d, r) => readBoolean(d, 'toc', r) ?? true, decode: decodeBoolean }),
  // Hexo's `sticky: 100` / `top: true` and reco's `sticky: 1` pin an entry to the top of the home page.
  pinned: field({ keys: PIN_KEYS, read: (d, r) => readPinned(d, r), decode: decodeBoolean }),
  slug: field({ keys: ['slug'], read: (d, r) => readText(d, 'slug', r, false), decode: decodeString }),
  page: field({ keys: ['layout', 'type'], read: (d) => readPage(d), decode: decodeBoolean }),
  // A page with `menu: true` is in the header's menu when the settings do not list the menu.
  menu: field({ keys: ['menu'], read: (d, r) => readBoolean(d, 'menu', r) ?? false, decode: decodeBoolean }),
  // `comments: false` leaves the comments out of one entry.
  comments: field({ keys: ['comments'], read: (d, r) => readBoolean(d, 'comments', r) ?? true, decode: decodeBoolean }),
  cover: field({ keys: COVER_KEYS, read: (d, r) => readCover(d, r), decode: nullable(decodeCover) }),
};

/** Every front matter key the journal reads. */
export const KNOWN_KEYS: readonly string[] = Object.values(ENTRY_FIELDS).flatMap((f) => f.keys);
const KNOWN_LOWER = new Set(KNOWN_KEYS.map((k) => k.toLowerCase()));
/** Read when a draft flag is read, after the table above is made. */
function knownLower(): ReadonlySet<string> {
  return KNOWN_LOWER;
}

/** A key the journal reads as it is written (draft flags in any case). */
export function isKnownKey(key: string): boolean {
  return KNOWN_KEYS.includes(key) || isDraftFlagKey(key) || HIDE_KEYS.includes(key.toLowerCase());
}
