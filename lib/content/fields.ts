import { z } from 'zod';
import { entryDateShape, parseEntryDate, type EntryDate } from '../time/dates';
import { describeValue } from '../text/describe';
import { say } from '../text/message';
import { CATEGORY_SEPARATOR } from '../text/names';
import {
  booleanValue,
  cleanText,
  field,
  fieldKeys,
  isBlank,
  mustBe,
  readBoolean,
  readText,
  type FrontMatter,
  type ReadContext,
  type Report,
} from './field-kit';
import { DRAFT_KEYS, HIDE_KEYS, isDraftFlagKey, LOCK_KEYS, readCascade, readDraft, readHidden, readLock, readShared } from './privacy-fields';

import { MISSING } from './field-kit';

export { MISSING, type FrontMatter, type ReadContext, type Report } from './field-kit';

/**
 * The entry's front matter fields, declared once (ENTRY_FIELDS): each
 * field's shape (the type of its value in an entry, and the check of an
 * entry coming back from the cache), the keys it reads, its reader; the README's front matter table
 * names every key (a test checks it). The
 * checker's known keys are the keys listed here.
 */

/** Placeholders an editor template left unfilled (`{{date}}`, `<% tp.date.now() %>`): no date written. */
const TEMPLATE = /^\s*(?:\{\{.*\}\}|<%.*%>|\{[a-z:]+\})\s*$/i;

function readDate(data: FrontMatter, key: string, report: Report, timeZone: string, required: boolean): EntryDate | null {
  const value = data[key];
  if (isBlank(value) || (typeof value === 'string' && TEMPLATE.test(value))) {
    if (required) report(key, MISSING);
    return null;
  }
  const parsed = parseEntryDate(value, timeZone);
  if (parsed.ok) return parsed.date;
  report(key, parsed.message);
  return null;
}

/** Where the entry's date comes from: front matter `date`, else the day its file name begins with, else the day git first saw the file. */
function dateSource(data: FrontMatter, context: ReadContext): 'front matter' | 'file name' | 'git' {
  const value = data.date;
  const written = !isBlank(value) && !(typeof value === 'string' && TEMPLATE.test(value));
  if (written || context.file === undefined) return 'front matter';
  if (context.file.day) return 'file name';
  return context.file.history?.().day ? 'git' : 'front matter';
}

/** The entry's date: front matter, else the file name's day (a day that is not real is an error of the file's name), else git's. */
function readEntryDay(data: FrontMatter, report: Report, context: ReadContext): EntryDate | null {
  const source = dateSource(data, context);
  if (source === 'git') {
    const parsed = parseEntryDate(context.file?.history?.().day ?? '', context.timeZone);
    return parsed.ok ? parsed.date : null;
  }
  const fileDay = context.file?.day ?? null;
  if (source === 'front matter') {
    if (isBlank(data.date) && context.file?.history?.().shallow) {
      report(
        'date',
        say(
          'is missing, and the content folder is a shallow clone, whose history cannot date the file; fetch the whole history (`git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout) or write `date:`',
          '缺失，而内容文件夹是浅克隆，它的历史无法给文件定日期；请取回完整历史（`git fetch --unshallow`，或在 actions/checkout 中写 `fetch-depth: 0`），或写上 `date:`',
        ),
      );
      return null;
    }
    return readDate(data, 'date', report, context.timeZone, true);
  }
  if (fileDay === null) return null;
  const parsed = parseEntryDate(fileDay, context.timeZone);
  if (parsed.ok) return parsed.date;
  report('file', say(`the file name begins with ${fileDay}, which is not a real day; write \`date:\` in front matter or rename the file`, `文件名以 ${fileDay} 开头，但这不是真实的日期；请在 front matter 里写 \`date:\`，或重命名文件`));
  return null;
}

/** Where the entry's title comes from: front matter `title`, else its first `#` heading, else its file name. */
function titleSource(data: FrontMatter, context: ReadContext): 'front matter' | 'heading' | 'file name' {
  if (context.file === undefined || !isBlank(data.title)) return 'front matter';
  return context.file.heading !== null ? 'heading' : 'file name';
}

function readTitle(data: FrontMatter, report: Report, context: ReadContext): string | null {
  const source = titleSource(data, context);
  if (source === 'front matter') return readText(data, 'title', report, true);
  return source === 'heading' ? (context.file?.heading ?? null) : (context.file?.name ?? null);
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

/**
 * `permalink` (Hexo, reco: one path) and `aliases` (Hugo: a list): the
 * entry's old addresses. A vault note's `aliases` are other names of the
 * note (Obsidian's), read by `linkNames` instead.
 */
function readAliases(data: FrontMatter, report: Report, vault: boolean): string[] {
  const out: string[] = [];
  for (const key of vault ? ALIAS_KEYS.filter((k) => k !== 'aliases') : ALIAS_KEYS) {
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
/** Obsidian's `aliases`: a name or a list of names; anything else is named and left out. */
function readLinkNames(data: FrontMatter, report: Report): string[] {
  const value = data.aliases;
  if (value === undefined || value === null) return [];
  const out: string[] = [];
  for (const item of Array.isArray(value) ? value : [value]) {
    if ((typeof item === 'string' || typeof item === 'number') && cleanText(item) !== '') out.push(cleanText(item));
    else report('aliases', mustBe(item, 'a name', '名称', 'each of a note\'s aliases', '笔记的每个别名'));
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
const coverShape = () =>
  z
    .object({
      /** As written: a path beside the entry or in the content folder, or an https:// address. */
      src: z.string(),
      alt: z.string(),
    })
    .readonly();
export type Cover = z.output<ReturnType<typeof coverShape>>;

// Hexo themes write `cover`, `thumbnail`, `banner`; Hugo's templates read `images`; PaperMod writes `cover: {image, alt}`; FixIt and LoveIt `featuredImage`.
const COVER_KEYS = ['cover', 'thumbnail', 'banner', 'image', 'images', 'featuredImage'];

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

/** `toc: false`, or FixIt's and LoVeIt's `toc: { enable: false }`, hides the table of contents. */
function readToc(data: FrontMatter, report: Report): boolean {
  const value = data.toc;
  const nested = typeof value === 'object' && value !== null && !Array.isArray(value);
  return booleanValue(nested ? Reflect.get(value, 'enable') : value, 'toc', report, nested ? 'enable:' : '') ?? true;
}

/** Hexo's `layout: page` and Hugo's `type: page` make a page (/about/) rather than an entry. */
function readPage(data: FrontMatter): boolean {
  return data.layout === 'page' || data.type === 'page';
}

const text = () => z.string();
const texts = () => z.array(z.string()).readonly();
const flag = () => z.boolean();

export const ENTRY_FIELDS = z.object({
  title: field(text().min(1), { keys: ['title'], read: (d, r, c) => readTitle(d, r, c) }),
  /** Where the title came from: its front matter, the file's first `#` heading (then not shown twice), or the file name. */
  titleSource: field(z.enum(['front matter', 'heading', 'file name']), { keys: [], read: (d, _r, c) => titleSource(d, c) }),
  date: field(entryDateShape(), { keys: ['date'], read: (d, r, c) => readEntryDay(d, r, c) }),
  /** Where the date came from: its front matter, or the day the file name begins with (Jekyll, daily notes). */
  dateSource: field(z.enum(['front matter', 'file name', 'git']), { keys: [], read: (d, _r, c) => dateSource(d, c) }),
  // Hugo writes the last change as `lastmod`.
  updated: field(entryDateShape().nullable(), {
    keys: ['updated', 'lastmod'],
    read: (d, r, c) => readDate(d, isBlank(d.updated) ? 'lastmod' : 'updated', r, c.timeZone, false),
  }),
  // Hexo themes write the list excerpt as `excerpt`, Hugo as `summary`.
  description: field(text().nullable(), { keys: DESCRIPTION_KEYS, read: (d, r) => readText(d, firstPresent(d, DESCRIPTION_KEYS), r, false) }),
  categories: field(texts(), { keys: ['categories'], read: (d, r, c) => readTerms(d, 'categories', r, c.categoryLists) }),
  tags: field(texts(), { keys: ['tags'], read: (d, r, c) => [...new Set([...readTerms(d, 'tags', r), ...(c.file?.inlineTags ?? [])])] }),
  /** True when the author marked the entry unpublished, in any of the spellings. */
  draft: field(flag(), { keys: DRAFT_KEYS, read: (d, r) => readDraft(d, r, knownLower()) }),
  /** True when the author chose the entry for publishing (`publish: true`): a vault's notes need it (sections.ts). */
  shared: field(flag(), { keys: [], read: (d) => readShared(d) }),
  /** The front matter key that locks the entry behind a password (`password`, `keys`, …), or null. Locked entries stay private. */
  locked: field(text().nullable(), { keys: LOCK_KEYS, read: (d) => readLock(d) }),
  /**
   * What kept the entry off the old site while its file stayed (Hexo's
   * `hidden`, Hugo's `headless` and build options, or a section's `_index.md`
   * saying so for everything below it), or null. Such an entry stays private.
   */
  hidden: field(text().nullable(), { keys: HIDE_KEYS, read: (d, r) => readHidden(d, r) }),
  /** Old addresses of the entry (`permalink`, `aliases`), as site paths: they lead to its page. */
  aliases: field(texts(), { keys: ALIAS_KEYS, read: (d, r, c) => readAliases(d, r, c.file?.vault === true) }),
  /** A vault note's other names (Obsidian's `aliases`): `[[书单]]` leads to the note that lists 书单. */
  linkNames: field(texts(), { keys: [], read: (d, r, c) => (c.file?.vault === true ? readLinkNames(d, r) : []) }),
  // `math: false` keeps every dollar as text; Hexo's `mathjax` / `katex` say the same.
  math: field(flag(), { keys: MATH_KEYS, read: (d, r) => MATH_KEYS.every((k) => readBoolean(d, k, r) !== false) }),
  // `toc: false` hides the table of contents.
  toc: field(flag(), { keys: ['toc'], read: (d, r) => readToc(d, r) }),
  // Hexo's `sticky: 100` / `top: true` and reco's `sticky: 1` pin an entry to the top of the home page.
  pinned: field(flag(), { keys: PIN_KEYS, read: (d, r) => readPinned(d, r) }),
  /** A page (`layout: page`, `type: page`, or a file under `pages/`): at /<slug>/, in no list or feed. */
  page: field(flag(), { keys: ['layout', 'type'], read: (d) => readPage(d) }),
  // A page with `menu: true` is in the header's menu when the settings do not list the menu.
  menu: field(flag(), { keys: ['menu'], read: (d, r) => readBoolean(d, 'menu', r) ?? false }),
  // `comments: false` leaves the comments out of one entry.
  comments: field(flag(), { keys: ['comments'], read: (d, r) => readBoolean(d, 'comments', r) ?? true }),
  /** The cover image (`cover`, `thumbnail`, `banner`, `image`, `images`), or null. */
  cover: field(coverShape().nullable(), { keys: COVER_KEYS, read: (d, r) => readCover(d, r) }),
});

/** The URL name as the front matter writes it (the entry's `slug` is made from it, or from the file name). */
export const SLUG_FIELD = field(text().nullable(), { keys: ['slug'], read: (d, r) => readText(d, 'slug', r, false) });

/** What a section's `_index.md` passes down (Hugo's `cascade`): read for sections only. */
export const CASCADE_FIELD = field(z.object({ draft: z.boolean(), hidden: z.string().nullable() }), {
  keys: ['cascade'],
  read: (d, r) => readCascade(d, r, knownLower()),
});

/** Every front matter key the journal reads. */
export const KNOWN_KEYS: readonly string[] = fieldKeys({ ...ENTRY_FIELDS.shape, slug: SLUG_FIELD, cascade: CASCADE_FIELD });
const KNOWN_LOWER = new Set(KNOWN_KEYS.map((k) => k.toLowerCase()));
/** Read when a draft flag is read, after the table above is made. */
function knownLower(): ReadonlySet<string> {
  return KNOWN_LOWER;
}

/** A key the journal reads as it is written (draft flags in any case). */
export function isKnownKey(key: string): boolean {
  return KNOWN_KEYS.includes(key) || isDraftFlagKey(key) || HIDE_KEYS.includes(key.toLowerCase());
}
