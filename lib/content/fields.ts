import { parseEntryDate, type EntryDate } from '../time/dates';
import { describeValue } from '../text/describe';
import { say, type Message } from '../text/message';
import { CATEGORY_SEPARATOR } from '../text/names';
import { nearestKey } from '../text/nearest';

/**
 * The entry's front matter fields, declared once: which keys each reads,
 * how it is validated from YAML, and how it is checked when it comes back
 * from JSON (the preview's parse snapshot). The checker's known keys are
 * the keys listed here.
 */

export type FrontMatter = Readonly<Record<string, unknown>>;
export type Report = (field: string, message: Message) => void;

/** A required field that is not there: the entry adds what to write (entry.ts). */
export const MISSING = say('is missing', '缺失');

/** What reading front matter depends on besides the file: the site's settings. */
export interface ReadContext {
  /** The site's time zone, for date-times without an offset. */
  readonly timeZone: string;
  /**
   * How a plain list of categories is read: `separate` categories (reco,
   * Hugo), or one `path` from the top down, as Hexo reads `[技术, Linux]`.
   */
  readonly categoryLists: 'separate' | 'path';
}

export interface FieldSpec<Read, Stored> {
  /** Front matter keys this field reads. */
  readonly keys: readonly string[];
  readonly read: (data: FrontMatter, report: Report, context: ReadContext) => Read;
  /** The stored value back from JSON; undefined when it does not fit. */
  readonly decode: (value: unknown) => Stored | undefined;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Front matter text as shown to readers: control characters (invisible, and invalid in XML) removed. */
function cleanText(value: string | number): string {
  return String(value).replace(CONTROL, '').normalize('NFC').trim();
}

/** `must be text, got a list`: what a field takes and what it was given. */
function mustBe(value: unknown, en: string, zh: string, subjectEn = '', subjectZh = ''): Message {
  const got = describeValue(value);
  // Chinese sets Latin words apart with a space: 应为 true 或 false, 应为文字.
  const gap = /^[\x21-\x7e]/.test(zh) ? ' ' : '';
  return say(`${subjectEn === '' ? '' : `${subjectEn} `}must be ${en}, got ${got.en}`, `${subjectZh}应为${gap}${zh}，实为${got['zh-CN']}`);
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '';
const isString = (value: unknown): value is string => typeof value === 'string';

function readText(data: FrontMatter, key: string, report: Report, required: boolean): string | null {
  const value = data[key];
  if (isBlank(value)) {
    if (required) report(key, MISSING);
    return null;
  }
  if (typeof value === 'string' || typeof value === 'number') {
    const text = cleanText(value);
    if (text === '') {
      if (required) report(key, say('is empty', '是空的'));
      return null;
    }
    return text;
  }
  report(key, mustBe(value, 'text', '文字'));
  return null;
}

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

function readBoolean(data: FrontMatter, key: string, report: Report): boolean | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  report(key, mustBe(value, 'true or false', 'true 或 false'));
  return undefined;
}

/** The draft flags the journal reads, by their lower-cased key, and the value that makes an entry a draft. */
const DRAFT_FLAGS: Readonly<Record<string, boolean>> = { publish: false, published: false, draft: true };
const DRAFT_KEYS = Object.keys(DRAFT_FLAGS);

/** A draft flag the journal reads, in any case (`Draft`, `PUBLISHED`). */
function isDraftFlagKey(key: string): boolean {
  return key.toLowerCase() in DRAFT_FLAGS;
}

/** Keys written as if they were draft flags (`pubish`, `Drafts`, `is_draft`, `unpublished`, `public`): never guessed at. */
function looksLikeDraftFlag(key: string): boolean {
  const k = key.toLowerCase().replace(/[\s_-]+/g, '');
  if (k in DRAFT_FLAGS || KNOWN_LOWER.has(k)) return false;
  return k.includes('draft') || k.includes('publish') || nearestKey(k, DRAFT_KEYS) !== null;
}

/**
 * Whether the author marked the entry unpublished: `publish: false`
 * (this journal), `published: false` (Hexo) or `draft: true` (Hugo), in
 * any case (`Draft: true`), also when merged in from a YAML anchor
 * (`<<: *defaults`). Any of them saying "draft" makes a draft. A key that
 * looks like a draft flag but is not one of these is an error, not a
 * guess: the safe side of an ambiguous flag is private. The only reader
 * of these keys; everything else uses `entry.draft`.
 */
function readDraft(data: FrontMatter, report: Report): boolean {
  let draft = false;
  for (const key of Object.keys(data)) {
    const flag = DRAFT_FLAGS[key.toLowerCase()];
    if (flag !== undefined) {
      if (readBoolean(data, key, report) === flag) draft = true;
    } else if (looksLikeDraftFlag(key)) {
      report(
        key,
        say(
          'looks like a draft flag but is not one the journal reads; write `publish: false` to keep the entry private (or `publish: true`), and remove this key',
          '看起来像草稿标记，但不是日记读取的键；要让日记保持私密请写 `publish: false`（公开则写 `publish: true`），并删除这个键',
        ),
      );
      draft = true;
    }
  }
  return draft;
}

function decodeDate(value: unknown): EntryDate | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const day: unknown = Reflect.get(value, 'day');
  const iso: unknown = Reflect.get(value, 'iso');
  const epoch: unknown = Reflect.get(value, 'epoch');
  return isString(day) && isString(iso) && typeof epoch === 'number' ? Object.freeze({ day, iso, epoch }) : undefined;
}

const nullable =
  <T>(decode: (value: unknown) => T | undefined) =>
  (value: unknown): T | null | undefined =>
    value === null ? null : decode(value);

const decodeString = (value: unknown) => (isString(value) ? value : undefined);
const decodeStrings = (value: unknown) => (Array.isArray(value) && value.every(isString) ? value : undefined);
const decodeBoolean = (value: unknown) => (typeof value === 'boolean' ? value : undefined);

/**
 * Keys that lock an entry behind a password: hexo-blog-encrypt's
 * `password`, VuePress reco's `keys`, and `encrypt` / `secret` of other
 * themes. The journal publishes no encrypted entries, so a locked entry is
 * kept private like a draft, whatever else its front matter says.
 */
const LOCK_KEYS = ['password', 'keys', 'encrypt', 'secret'];

/** The key that locks the entry (any case), or null. `false`, null and '' lock nothing. */
function readLock(data: FrontMatter): string | null {
  for (const key of Object.keys(data)) {
    if (!LOCK_KEYS.includes(key.toLowerCase())) continue;
    const value = data[key];
    if (value === false || isBlank(value)) continue;
    return key;
  }
  return null;
}

/**
 * Keys with which an old engine kept a post off the site while its file
 * stayed in the folder: Hexo's `hidden: true` (hexo-hide-posts: listed
 * nowhere), Hugo's `headless: true` and its build options (`build:` or the
 * older `_build:` with `render: never|link` or `list: never|local`). The
 * journal keeps such an entry private like a draft: the safe side of "shown
 * to some readers only" is not published.
 */
const HIDE_KEYS = ['hidden', 'headless', 'build', '_build'];
const BUILD_DEFAULT: Readonly<Record<string, readonly unknown[]>> = { render: ['always', true], list: ['always', true], publishresources: [true, false] };

/** The key that keeps the entry off the site (any case), or null. A value it cannot read keeps it off too, with an error. */
function readHidden(data: FrontMatter, report: Report): string | null {
  let found: string | null = null;
  for (const key of Object.keys(data)) {
    const lower = key.toLowerCase();
    if (!HIDE_KEYS.includes(lower)) continue;
    const value = data[key];
    if (value === undefined || value === null || value === false) continue;
    if (lower === 'hidden' || lower === 'headless') {
      if (value !== true) report(key, mustBe(value, 'true or false', 'true 或 false'));
      found ??= key;
      continue;
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      report(key, mustBe(value, '`render:` and `list:` keys', '`render:` 与 `list:` 两个键'));
      found ??= key;
      continue;
    }
    for (const [option, setting] of Object.entries(value)) {
      const allowed = BUILD_DEFAULT[option.toLowerCase()];
      if (allowed === undefined) {
        report(key, say(`${option}: is not a build option (render, list, publishResources); the entry stays private`, `${option}：不是构建选项（render、list、publishResources）；这篇日记保持私密`));
        found ??= key;
      } else if (!allowed.includes(setting)) found ??= key;
    }
  }
  return found;
}

/** What a section's `cascade` passes to the entries below it: a draft flag, or a key that keeps them off the site. */
export interface Cascade {
  readonly draft: boolean;
  readonly hidden: string | null;
}

/**
 * Hugo's `cascade`: one map, or a list of maps (each perhaps with a
 * `_target`), whose values every page below the section takes. Only what
 * decides whether those pages exist is read; a `_target` narrows nothing
 * here, since the safe side of a partly private section is private.
 */
function readCascade(data: FrontMatter, report: Report): Cascade {
  const value = data.cascade;
  if (value === undefined || value === null) return { draft: false, hidden: null };
  const maps = Array.isArray(value) ? value : [value];
  let draft = false;
  let hidden: string | null = null;
  for (const map of maps) {
    if (typeof map !== 'object' || map === null || Array.isArray(map)) {
      report('cascade', mustBe(map, 'a set of `key: value` lines', '一组 `key: value` 行'));
      draft = true;
      continue;
    }
    const inner = Object.fromEntries(Object.entries(map));
    const nested: Report = (field, message) => report('cascade', say(`${field}: ${message.en}`, `${field}：${message['zh-CN']}`));
    if (readDraft(inner, nested)) draft = true;
    const key = readHidden(inner, nested);
    if (key !== null) hidden ??= `cascade.${key}`;
  }
  return { draft, hidden };
}

function decodeCascade(value: unknown): Cascade | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const draft: unknown = Reflect.get(value, 'draft');
  const hidden: unknown = Reflect.get(value, 'hidden');
  return typeof draft === 'boolean' && (hidden === null || typeof hidden === 'string') ? { draft, hidden } : undefined;
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

const field = <Read, Stored>(spec: FieldSpec<Read, Stored>): FieldSpec<Read, Stored> => spec;

export const ENTRY_FIELDS = {
  title: field({ keys: ['title'], read: (d, r) => readText(d, 'title', r, true), decode: decodeString }),
  date: field({ keys: ['date'], read: (d, r, c) => readDate(d, 'date', r, c.timeZone, true), decode: decodeDate }),
  // Hugo writes the last change as `lastmod`.
  updated: field({ keys: ['updated', 'lastmod'], read: (d, r, c) => readDate(d, isBlank(d.updated) ? 'lastmod' : 'updated', r, c.timeZone, false), decode: nullable(decodeDate) }),
  // Hexo themes write the list excerpt as `excerpt`, Hugo as `summary`.
  description: field({ keys: DESCRIPTION_KEYS, read: (d, r) => readText(d, firstPresent(d, DESCRIPTION_KEYS), r, false), decode: nullable(decodeString) }),
  categories: field({ keys: ['categories'], read: (d, r, c) => readTerms(d, 'categories', r, c.categoryLists), decode: decodeStrings }),
  tags: field({ keys: ['tags'], read: (d, r) => readTerms(d, 'tags', r), decode: decodeStrings }),
  draft: field({ keys: DRAFT_KEYS, read: (d, r) => readDraft(d, r), decode: decodeBoolean }),
  locked: field({ keys: LOCK_KEYS, read: (d) => readLock(d), decode: nullable(decodeString) }),
  hidden: field({ keys: HIDE_KEYS, read: (d, r) => readHidden(d, r), decode: nullable(decodeString) }),
  cascade: field({ keys: ['cascade'], read: (d, r) => readCascade(d, r), decode: decodeCascade }),
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

/** A key the journal reads as it is written (draft flags in any case). */
export function isKnownKey(key: string): boolean {
  return KNOWN_KEYS.includes(key) || isDraftFlagKey(key) || HIDE_KEYS.includes(key.toLowerCase());
}
