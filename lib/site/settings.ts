import { z } from 'zod';
import {
  analyticsShape,
  authorShape,
  commentsShape,
  licenseShape,
  MENU_PAGES,
  menuItemShape,
  SOCIAL_KINDS,
  socialLinkShape,
  type AnalyticsSettings,
  type AuthorSettings,
  type CommentSettings,
  type LicenseSettings,
  type MenuItem,
  type SocialKind,
  type SocialLink,
} from './setting-values';
import type { SiteLanguage } from '../text/message';
import { describe, isRecord, type Path, type Record_, type SettingsReader } from './settings-reader';

export type { AnalyticsSettings, AuthorSettings, CommentSettings, LicenseSettings, MenuItem, MenuPage, SiteLanguage, SocialKind, SocialLink } from './setting-values';

/**
 * Every setting of the settings file (`site.yml`), declared once in
 * SETTINGS: its shape (the type of its value and the check of what its
 * reader made), its default, and its reader, which names each problem's
 * line and what to write. The file's known keys are this table's keys;
 * the README's settings table names every one (a test checks it). Read
 * through lib/site/site.ts, which lets the environment override what a
 * deployment needs to change (SITE_URL, BASE_PATH, CONTENT_DIR).
 */

type Reader<T> = (r: SettingsReader, value: unknown, fallback: T, data: Record_) => T;

/** Each setting's default and reader, by its shape (a plain map: the reader's type holds a class, which zod's registries cannot map). */
const SETTING_INFO = new WeakMap<z.ZodType, { readonly default: unknown; readonly derived: boolean; readonly read: (r: SettingsReader, data: Record_, key: string) => unknown }>();

/**
 * One setting: the shape of its value, its default, and its reader (given
 * the file's value, the default to fall back to, and the whole file). A
 * `derived` setting is made from other keys and is no key of the file.
 */
function setting<S extends z.ZodType>(shape: S, info: { default: z.output<S>; read: Reader<z.output<S>>; derived?: boolean }): S {
  SETTING_INFO.set(shape, { default: info.default, derived: info.derived ?? false, read: (r, data, key) => info.read(r, data[key], info.default, data) });
  return shape;
}

const CC_LICENSE = /^CC[ -](BY(?:-NC)?(?:-ND|-SA)?)[ -](4\.0)$/i;

const CATEGORY_LISTS = ['separate', 'path'] as const;
const PUBLISHING = ['marked', 'all'] as const;

const nullableText = (key: string) => setting(z.string().nullable(), { default: null, read: (r, v) => r.optionalText([key], v) });

export const SETTINGS = z.object({
  /** Shown in the header, the <title> template and feeds. */
  title: setting(z.string(), { default: '日记', read: (r, v, d) => r.text(['title'], v, d) || d }),
  description: setting(z.string(), { default: '', read: (r, v, d) => r.text(['description'], v, d) }),
  author: setting(authorShape, { default: { name: '', avatar: null, bio: null }, read: readAuthor }),
  /** `<html lang>` and the language of dates and UI strings. */
  language: setting(z.enum(['zh-CN', 'en']), { default: 'zh-CN', read: readLanguage }),
  /** IANA time zone in which date-times without an offset are read and "today" is decided. */
  timezone: setting(z.string(), { default: 'Asia/Shanghai', read: readTimeZone }),
  /** Absolute origin the site is published at, without a trailing slash. */
  url: setting(z.string(), { default: 'http://localhost:3000', read: (r, v, d) => readUrl(r, v) ?? d }),
  /** False when neither the settings file nor SITE_URL named the published origin. */
  urlSet: setting(z.boolean(), { default: false, derived: true, read: (_r, _v, _d, data) => originOf(data.url) !== null }),
  /** The sub-path the site is served under (`/journal`), or ''. */
  basePath: setting(z.string(), { default: '', read: readBasePath }),
  /** The folder of entries, relative to the project root. */
  contentDir: setting(z.string(), { default: 'content', read: (r, v, d) => r.text(['contentDir'], v, d) || d }),
  /** Entries per list page on the home page and its following pages. */
  entriesPerPage: setting(z.number().int().min(1).max(100), { default: 10, read: readPerPage }),
  /** The header's menu, in order; null for the default (home, archive, categories, tags, search, and pages with `menu: true`). */
  menu: setting(z.array(menuItemShape).readonly().nullable(), { default: null, read: readMenu }),
  social: setting(z.array(socialLinkShape).readonly(), { default: [], read: readSocial }),
  /** The licence line at the foot of every entry, or null. */
  license: setting(licenseShape.nullable(), { default: null, read: readLicense }),
  /** The site's icon, an image in the content folder; null for one drawn from the title's first character. */
  icon: nullableText('icon'),
  /** The share image of entries without a cover, an image in the content folder; null for none. */
  shareImage: nullableText('shareImage'),
  comments: setting(commentsShape.nullable(), { default: null, read: readComments }),
  analytics: setting(analyticsShape.nullable(), { default: null, read: readAnalytics }),
  /**
   * The address patterns of the site this journal replaces, so its old links
   * keep working: Hexo's `:year/:month/:day/:title/`, Hugo's `posts/:filename/`
   * or `:filename.html`. Tokens: `:year :month :day :i_month :i_day :hour
   * :minute :second :title :filename :contentbasename :path :slug :category
   * :categories :output_ext`
   * (`:path.html` is VuePress's `blogs/guide.html`).
   */
  oldPermalinks: setting(z.array(z.string()).readonly(), { default: [], read: (r, v) => readTextList(r, ['oldPermalinks'], v) }),
  /**
   * How a plain list of categories is read: `separate` categories, as
   * VuePress reco and Hugo do, or one `path` from the top down
   * (`[技术, Linux]` is 技术 › Linux), as Hexo does.
   */
  categoryLists: setting(z.enum(CATEGORY_LISTS), { default: 'separate', read: (r, v, d) => r.oneOf(['categoryLists'], v, CATEGORY_LISTS, d) }),
  /**
   * What of an Obsidian or Logseq vault is published: the notes that say
   * `publish: true` (`marked`), or `all` of them.
   */
  publishing: setting(z.enum(PUBLISHING), { default: 'marked', read: (r, v, d) => r.oneOf(['publishing'], v, PUBLISHING, d) }),
  /**
   * Warnings are fatal: a build or `npm run check` with any warning fails,
   * as Hugo's --panicOnWarning does (for CI; STRICT=1 says the same).
   */
  strict: setting(z.boolean(), { default: false, read: (r, v, d) => r.flag(['strict'], v, d) }),
  /** An entry nothing else dates takes the day git first saw its file (lib/content/git-dates.ts); `false` makes such an entry an error. */
  gitDates: setting(z.boolean(), { default: true, read: (r, v, d) => r.flag(['gitDates'], v, d) }),
  /** The old site's folder of site-level images (`/images/a.png`), relative to the project root, or null. */
  staticDir: nullableText('staticDir'),
});

export type SiteSettings = Readonly<z.output<typeof SETTINGS>>;

/** The keys of the file. */
export const TOP_KEYS: readonly string[] = Object.entries(SETTINGS.shape).flatMap(([name, shape]) => (SETTING_INFO.get(shape)?.derived ? [] : [name]));

/** Every setting read from the file's keys (`data`, a map), each problem reported; a reader that gives what its shape does not take is the journal's own mistake and throws. */
export function readSettings(r: SettingsReader, data: Record_): SiteSettings {
  const values: Record<string, unknown> = {};
  for (const [name, shape] of Object.entries(SETTINGS.shape)) values[name] = SETTING_INFO.get(shape)?.read(r, data, name);
  const parsed = SETTINGS.safeParse(values);
  if (!parsed.success) throw new Error(`settings reader gave an unexpected value: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  return Object.freeze(parsed.data);
}

/** Every setting's value when the settings file does not give it. */
export const DEFAULT_SETTINGS: SiteSettings = Object.freeze(SETTINGS.parse(Object.fromEntries(Object.entries(SETTINGS.shape).map(([name, shape]) => [name, SETTING_INFO.get(shape)?.default]))));

/** The origin of an http(s) address, or null for anything else. */
function originOf(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

function readUrl(r: SettingsReader, value: unknown): string | null {
  const text = r.optionalText(['url'], value);
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    r.report(['url'], `must be the site's absolute address, e.g. https://example.com; got "${text}"`);
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    r.report(['url'], `must be an http(s) address; got "${text}"`);
    return null;
  }
  const sub = url.pathname.replace(/\/+$/, '');
  if (sub !== '') r.report(['url'], `has a path (${sub}); write the origin here (\`url: ${url.origin}\`) and the path as \`basePath: ${sub}\``);
  return url.origin;
}

/**
 * A sub-path of one origin: `/journal`, `/a/b`. Never `//host` (every link
 * would lead to another site), never `.` or `..` segments.
 */
export function isBasePath(text: string): boolean {
  return /^(?:\/[\w\-.]+)+$/.test(text) && !text.split('/').some((segment) => segment === '.' || segment === '..');
}

function readBasePath(r: SettingsReader, value: unknown): string {
  const text = r.text(['basePath'], value, '').replace(/\/+$/, '');
  if (text !== '' && !isBasePath(text)) {
    r.report(['basePath'], `must look like /journal; got "${text}"`);
    return '';
  }
  return text;
}

function readLanguage(r: SettingsReader, value: unknown, fallback: SiteLanguage): SiteLanguage {
  if (typeof value === 'string' && /^zh(?:[-_](?:cn|hans))?$/i.test(value)) return 'zh-CN';
  if (typeof value === 'string' && /^en(?:[-_]\w+)?$/i.test(value)) return 'en';
  return r.oneOf(['language'], value, ['zh-CN', 'en'], fallback);
}

function readTimeZone(r: SettingsReader, value: unknown, fallback: string): string {
  const zone = r.text(['timezone'], value, fallback) || fallback;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    r.report(['timezone'], `"${zone}" is not a time zone; write an IANA name such as Asia/Shanghai or Europe/Berlin`);
    return fallback;
  }
}

function readPerPage(r: SettingsReader, value: unknown, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100) return value;
  r.report(['entriesPerPage'], `must be a whole number from 1 to 100; got ${describe(value)}`);
  return fallback;
}

function readAuthor(r: SettingsReader, value: unknown, fallback: AuthorSettings): AuthorSettings {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string') return Object.freeze({ name: value.trim(), avatar: null, bio: null });
  if (!isRecord(value)) {
    r.report(['author'], `must be a name, or keys name, avatar and bio; got ${describe(value)}`);
    return fallback;
  }
  r.unknownKeys(['author'], value, ['name', 'avatar', 'bio'], { description: 'bio', image: 'avatar', url: 'avatar' });
  return Object.freeze({
    name: r.text(['author', 'name'], value.name, ''),
    avatar: r.optionalText(['author', 'avatar'], value.avatar),
    bio: r.optionalText(['author', 'bio'], value.bio),
  });
}

function readMenu(r: SettingsReader, value: unknown): readonly MenuItem[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) {
    r.report(['menu'], `must be a list, e.g. \`menu: [home, archive, tags, about]\`; got ${describe(value)}`);
    return null;
  }
  const items: MenuItem[] = [];
  value.forEach((item: unknown, i) => {
    const path = ['menu', i];
    if (typeof item === 'string') {
      const page = MENU_PAGES.find((p) => p === item);
      items.push(page === undefined ? { kind: 'page', slug: item.trim() } : { kind: 'own', page });
      return;
    }
    if (isRecord(item)) {
      r.unknownKeys(path, item, ['title', 'url']);
      const title = r.required([...path, 'title'], item.title, '友链');
      const url = r.required([...path, 'url'], item.url, 'https://example.com/');
      // A path on the site starts with one `/`: `//host` and `/\host` lead to another site in every browser.
      if (url !== '' && !/^(?:https?:\/\/[^/\\]|\/(?![/\\]))/.test(url)) r.report([...path, 'url'], `must be an https:// address or a path on the site (/about/); got "${url}"`);
      items.push({ kind: 'link', title, url });
      return;
    }
    r.report(path, `must be one of ${MENU_PAGES.join(', ')}, a page's slug, or keys title and url; got ${describe(item)}`);
  });
  return Object.freeze(items);
}

/** Keys read as another network's: X was Twitter. */
const SOCIAL_KEYS: readonly string[] = [...SOCIAL_KINDS, 'twitter'];

/** Where a user name leads, for the networks where a name is enough. */
const PROFILE: Partial<Record<SocialKind, (name: string) => string>> = {
  github: (n) => `https://github.com/${n}`,
  gitlab: (n) => `https://gitlab.com/${n}`,
  x: (n) => `https://x.com/${n.replace(/^@/, '')}`,
  weibo: (n) => `https://weibo.com/${n}`,
  zhihu: (n) => `https://www.zhihu.com/people/${n}`,
  bilibili: (n) => `https://space.bilibili.com/${n}`,
  douban: (n) => `https://www.douban.com/people/${n}/`,
  telegram: (n) => `https://t.me/${n.replace(/^@/, '')}`,
  youtube: (n) => `https://www.youtube.com/@${n.replace(/^@/, '')}`,
};

function readSocial(r: SettingsReader, value: unknown): readonly SocialLink[] {
  if (value === undefined || value === null) return Object.freeze([]);
  if (!isRecord(value)) {
    r.report(['social'], `must be keys such as \`github: your-name\` and \`email: you@example.com\`; got ${describe(value)}`);
    return Object.freeze([]);
  }
  r.unknownKeys(['social'], value, SOCIAL_KEYS, { mail: 'email', feed: 'rss' });
  const links: SocialLink[] = [];
  for (const [key, raw] of Object.entries(value)) {
    const kind = SOCIAL_KINDS.find((k) => k === key) ?? (key === 'twitter' ? 'x' : undefined);
    if (kind === undefined || raw === false || raw === null) continue;
    const path = ['social', key];
    if (kind === 'rss') {
      if (raw !== true) r.report(path, 'must be `true` (a link to the site\'s feed) or `false`');
      else links.push({ kind, url: 'rss' });
      continue;
    }
    const text = r.text(path, raw, '');
    if (text === '') continue;
    if (kind === 'email') {
      if (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(text.replace(/^mailto:/, ''))) links.push({ kind, url: `mailto:${text.replace(/^mailto:/, '')}` });
      else r.report(path, `must be an email address; got "${text}"`);
      continue;
    }
    if (/^https:\/\/[^\s]+$/.test(text)) {
      links.push({ kind, url: text });
      continue;
    }
    const mastodon = /^@?([\w.]+)@([\w.-]+\.[a-z]{2,})$/i.exec(text);
    if (kind === 'mastodon' && mastodon) {
      links.push({ kind, url: `https://${mastodon[2]}/@${mastodon[1]}` });
      continue;
    }
    const profile = PROFILE[kind];
    if (profile && /^@?[\w.-]+$/.test(text)) links.push({ kind, url: profile(text) });
    else r.report(path, kind === 'mastodon' ? `must be @name@server or an https:// address; got "${text}"` : `must be a user name or an https:// address; got "${text}"`);
  }
  return Object.freeze(links);
}

function readLicense(r: SettingsReader, value: unknown): LicenseSettings | null {
  if (value === undefined || value === null || value === false) return null;
  let name: string;
  let url: string | null = null;
  if (isRecord(value)) {
    r.unknownKeys(['license'], value, ['name', 'url']);
    name = r.required(['license', 'name'], value.name, 'CC BY-NC-SA 4.0');
    url = r.optionalText(['license', 'url'], value.url);
    if (url !== null && !/^https?:\/\//.test(url)) r.report(['license', 'url'], `must be an http(s) address; got "${url}"`);
  } else {
    name = r.text(['license'], value, '');
  }
  if (name === '') return null;
  const cc = CC_LICENSE.exec(name);
  if (url === null && cc) url = `https://creativecommons.org/licenses/${(cc[1] ?? '').toLowerCase()}/${cc[2] ?? ''}/`;
  if (url === null && /^CC0/i.test(name)) url = 'https://creativecommons.org/publicdomain/zero/1.0/';
  return Object.freeze({ name, url });
}

function readComments(r: SettingsReader, value: unknown): CommentSettings | null {
  if (value === undefined || value === null || value === false) return null;
  if (!isRecord(value)) {
    r.report(['comments'], `must be keys: \`provider: giscus\` (or waline) and its settings; got ${describe(value)}`);
    return null;
  }
  const provider = r.oneOf(['comments', 'provider'], value.provider ?? '', ['giscus', 'waline'], 'giscus');
  const p = (key: string) => ['comments', key];
  if (provider === 'waline') {
    r.unknownKeys(['comments'], value, ['provider', 'serverURL'], { serverurl: 'serverURL', server: 'serverURL' });
    return Object.freeze({ provider, serverURL: r.httpsUrl(p('serverURL'), value.serverURL, 'https://comments.example.com') });
  }
  r.unknownKeys(['comments'], value, ['provider', 'repo', 'repoId', 'category', 'categoryId', 'mapping'], { 'data-repo': 'repo', 'data-repo-id': 'repoId', 'data-category': 'category', 'data-category-id': 'categoryId', 'data-mapping': 'mapping' });
  const repo = r.required(p('repo'), value.repo, 'your-name/journal-comments');
  if (repo !== '' && !/^[\w.-]+\/[\w.-]+$/.test(repo)) r.report(p('repo'), `must be owner/name of a GitHub repository; got "${repo}"`);
  return Object.freeze({
    provider,
    repo,
    repoId: r.required(p('repoId'), value.repoId, 'R_kgDO… (from giscus.app)'),
    category: r.required(p('category'), value.category, 'Announcements'),
    categoryId: r.required(p('categoryId'), value.categoryId, 'DIC_kwDO… (from giscus.app)'),
    mapping: r.oneOf(p('mapping'), value.mapping, ['pathname', 'url', 'title', 'og:title'], 'pathname'),
  });
}

function readAnalytics(r: SettingsReader, value: unknown): AnalyticsSettings | null {
  if (value === undefined || value === null || value === false) return null;
  if (!isRecord(value)) {
    r.report(['analytics'], `must be keys: \`provider: umami\` (or plausible, goatcounter) and its settings; got ${describe(value)}`);
    return null;
  }
  const provider = r.oneOf(['analytics', 'provider'], value.provider ?? '', ['umami', 'plausible', 'goatcounter'], 'umami');
  const p = (key: string) => ['analytics', key];
  if (provider === 'umami') {
    r.unknownKeys(['analytics'], value, ['provider', 'src', 'websiteId'], { 'data-website-id': 'websiteId', id: 'websiteId' });
    return Object.freeze({ provider, src: r.httpsUrl(p('src'), value.src, 'https://cloud.umami.is/script.js'), websiteId: r.required(p('websiteId'), value.websiteId, '(the id Umami shows)') });
  }
  if (provider === 'plausible') {
    r.unknownKeys(['analytics'], value, ['provider', 'src', 'domain']);
    return Object.freeze({ provider, src: r.httpsUrl(p('src'), value.src ?? 'https://plausible.io/js/script.js', 'https://plausible.io/js/script.js'), domain: r.required(p('domain'), value.domain, 'example.com') });
  }
  r.unknownKeys(['analytics'], value, ['provider', 'src', 'endpoint', 'code']);
  let code = r.optionalText(p('code'), value.code);
  // A GoatCounter code is one host name label: it becomes https://<code>.goatcounter.com/count.
  if (code !== null && !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(code)) {
    r.report(p('code'), `must be your GoatCounter code (letters, digits and -), e.g. mysite; got "${code}"`);
    code = null;
  }
  const endpoint = value.endpoint === undefined && code !== null ? `https://${code}.goatcounter.com/count` : r.httpsUrl(p('endpoint'), value.endpoint, 'https://your-code.goatcounter.com/count');
  return Object.freeze({ provider, src: r.httpsUrl(p('src'), value.src ?? 'https://gc.zgo.at/count.js', 'https://gc.zgo.at/count.js'), endpoint });
}

function readTextList(r: SettingsReader, path: Path, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value.trim()].filter(Boolean);
  if (!Array.isArray(value)) {
    r.report(path, `must be a list of text; got ${describe(value)}`);
    return [];
  }
  return value.flatMap((item: unknown, i) => {
    if (typeof item === 'string' && item.trim() !== '') return [item.trim()];
    r.report([...path, i], `must be text; got ${describe(item)}`);
    return [];
  });
}

