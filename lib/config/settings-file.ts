import fs from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { nearestKey } from '../text/nearest';
import {
  DEFAULT_SETTINGS,
  MENU_PAGES,
  SOCIAL_KINDS,
  type AnalyticsSettings,
  type AuthorSettings,
  type CommentSettings,
  type LicenseSettings,
  type MenuItem,
  type SiteSettings,
  type SocialKind,
  type SocialLink,
} from './settings';

/**
 * The settings file (`site.yml` at the project root): read with the same
 * YAML rules as front matter, validated key by key into SiteSettings.
 * Every problem names its line and key and says what to write, with "did
 * you mean" for a misspelt key and the journal's name for a Hexo or Hugo
 * setting written as the old site had it.
 */

export interface SettingsProblem {
  /** The key's path, dotted: `comments.repoId`. */
  readonly key: string;
  readonly line: number;
  readonly message: string;
}

export type SettingsResult = { ok: true; settings: SiteSettings } | { ok: false; problems: SettingsProblem[] };

type Path = readonly (string | number)[];
type Record_ = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Record_ => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The keys of the file, and those of a Hexo `_config.yml` or a Hugo config that mean one of them. */
const TOP_KEYS = [
  'title',
  'description',
  'author',
  'language',
  'timezone',
  'url',
  'basePath',
  'contentDir',
  'entriesPerPage',
  'menu',
  'social',
  'license',
  'icon',
  'shareImage',
  'comments',
  'analytics',
  'oldPermalinks',
  'categoryLists',
  'staticDir',
] as const;

const OLD_SITE_KEYS: Readonly<Record<string, string>> = {
  baseurl: 'url',
  root: 'basePath',
  source_dir: 'contentDir',
  per_page: 'entriesPerPage',
  paginate: 'entriesPerPage',
  pagination: 'entriesPerPage',
  permalink: 'oldPermalinks',
  permalinks: 'oldPermalinks',
  languagecode: 'language',
  defaultcontentlanguage: 'language',
  favicon: 'icon',
  avatar: 'author',
  subtitle: 'description',
  copyright: 'license',
  giscus: 'comments',
  waline: 'comments',
  timeZone: 'timezone',
};

const CC_LICENSE = /^CC[ -](BY(?:-NC)?(?:-ND|-SA)?)[ -](4\.0)$/i;

class SettingsReader {
  readonly problems: SettingsProblem[] = [];

  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** The line of the key at `path` (of the item, for a list index), else of the nearest parent found. */
  line(path: Path): number {
    let node: unknown = this.doc.contents;
    let offset = 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => p.key !== null && typeof p.key === 'object' && 'value' in p.key && p.key.value === segment);
        if (!pair) break;
        const keyRange = pair.key !== null && typeof pair.key === 'object' && 'range' in pair.key ? pair.key.range : undefined;
        offset = Array.isArray(keyRange) ? (keyRange[0] ?? offset) : offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item: unknown = node.items[segment];
        const range = typeof item === 'object' && item !== null && 'range' in item ? item.range : undefined;
        offset = Array.isArray(range) && typeof range[0] === 'number' ? range[0] : offset;
        node = item;
      } else break;
    }
    return this.lines.linePos(offset).line;
  }

  report(path: Path, message: string): void {
    this.problems.push({ key: path.join('.'), line: this.line(path), message });
  }

  /** Reports every key of `value` not in `known`, with the nearest known key. */
  unknownKeys(path: Path, value: Record_, known: readonly string[], oldNames: Readonly<Record<string, string>> = {}): void {
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue;
      const meant = oldNames[key.toLowerCase()] ?? oldNames[key] ?? nearestKey(key, known) ?? nearestKey(key.toLowerCase(), known.map((k) => k.toLowerCase()));
      const hint = meant === null ? `; the keys here are ${known.join(', ')}` : `; did you mean \`${known.find((k) => k.toLowerCase() === meant.toLowerCase()) ?? meant}\`?`;
      this.report([...path, key], `is not a setting${hint}`);
    }
  }

  text(path: Path, value: unknown, fallback: string): string {
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
    this.report(path, `must be text, got ${describe(value)}`);
    return fallback;
  }

  optionalText(path: Path, value: unknown): string | null {
    const text = this.text(path, value, '');
    return text === '' ? null : text;
  }

  required(path: Path, value: unknown, example: string): string {
    const text = this.text(path, value, '');
    if (text === '' && (typeof value === 'string' || value === undefined || value === null)) this.report(path, `is missing; write e.g. \`${String(path.at(-1))}: ${example}\``);
    return text;
  }

  httpsUrl(path: Path, value: unknown, example: string): string {
    const text = this.required(path, value, example);
    if (text === '') return text;
    let url: URL | undefined;
    try {
      url = new URL(text);
    } catch {
      url = undefined;
    }
    if (url?.protocol !== 'https:') this.report(path, `must be an https:// address, e.g. ${example}; got "${text}"`);
    return text;
  }

  oneOf<T extends string>(path: Path, value: unknown, allowed: readonly T[], fallback: T): T {
    if (value === undefined || value === null) return fallback;
    const found = allowed.find((a) => a === value);
    if (found !== undefined) return found;
    this.report(path, `must be one of ${allowed.join(', ')}; got ${describe(value)}`);
    return fallback;
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a set of keys';
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}

/** How deeply settings may nest `[` and `{`: no setting needs more than three; the YAML parser recurses once a level. */
const MAX_FLOW_DEPTH = 64;

/** The 1-based line where flow collections nest deeper than the bound, or null. Quoted text and comments are skipped. */
function tooDeepLine(text: string): number | null {
  let depth = 0;
  let line = 1;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      line += 1;
      if (quote === "'") quote = null;
      continue;
    }
    if (quote !== null) {
      if (ch === '\\' && quote === '"') i += 1;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i += 1;
    } else if (ch === '[' || ch === '{') {
      depth += 1;
      if (depth > MAX_FLOW_DEPTH) return line;
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
  }
  return null;
}

/** A YAML parser's reason, on one line and short: never the whole document it quotes. */
function yamlReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.slice(0, 300).split('\n')[0] ?? '';
  return first.replace(/ at line \d+, column \d+:?.*$/, '');
}

/** Reads the settings file's text. Never throws: every problem is returned with its line. */
export function parseSettings(text: string): SettingsResult {
  const deep = tooDeepLine(text);
  if (deep !== null) return { ok: false, problems: [{ key: 'file', line: deep, message: `nests lists or keys more than ${MAX_FLOW_DEPTH} levels deep; no setting needs that` }] };
  const lines = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, schema: 'core', uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    return { ok: false, problems: [{ key: 'file', line: 1, message: `invalid YAML: ${yamlReason(error)}` }] };
  }
  // A warning is a tag the core schema does not know (`!!js/function`): refused, never read as text.
  const errors = [...doc.errors, ...doc.warnings];
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.map((e) => ({ key: 'file', line: e.linePos?.[0].line ?? 1, message: `invalid YAML: ${yamlReason(e)}` })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias bomb (`*a` repeated until the values fill memory) or another value too large to read.
    const aliases = error instanceof ReferenceError;
    const message = aliases ? 'uses YAML aliases (*name) too many times; write the values out' : `invalid YAML: ${yamlReason(error)}`;
    return { ok: false, problems: [{ key: 'file', line: 1, message }] };
  }
  const r = new SettingsReader(doc, lines);
  if (data === null || data === undefined) return { ok: true, settings: DEFAULT_SETTINGS };
  if (!isRecord(data)) return { ok: false, problems: [{ key: 'file', line: 1, message: 'must be a set of `key: value` lines' }] };
  r.unknownKeys([], data, TOP_KEYS, OLD_SITE_KEYS);
  const d = DEFAULT_SETTINGS;
  const url = readUrl(r, data.url);
  const settings: SiteSettings = Object.freeze({
    title: r.text(['title'], data.title, d.title) || d.title,
    description: r.text(['description'], data.description, d.description),
    author: readAuthor(r, data.author),
    language: readLanguage(r, data.language),
    timezone: readTimeZone(r, data.timezone),
    url: url ?? d.url,
    urlSet: url !== null,
    basePath: readBasePath(r, data.basePath),
    contentDir: r.text(['contentDir'], data.contentDir, d.contentDir) || d.contentDir,
    entriesPerPage: readPerPage(r, data.entriesPerPage),
    menu: readMenu(r, data.menu),
    social: readSocial(r, data.social),
    license: readLicense(r, data.license),
    icon: r.optionalText(['icon'], data.icon),
    shareImage: r.optionalText(['shareImage'], data.shareImage),
    comments: readComments(r, data.comments),
    analytics: readAnalytics(r, data.analytics),
    oldPermalinks: Object.freeze(readTextList(r, ['oldPermalinks'], data.oldPermalinks)),
    categoryLists: r.oneOf(['categoryLists'], data.categoryLists, ['separate', 'path'], d.categoryLists),
    staticDir: r.optionalText(['staticDir'], data.staticDir),
  });
  return r.problems.length > 0 ? { ok: false, problems: r.problems.sort((a, b) => a.line - b.line) } : { ok: true, settings };
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

function readLanguage(r: SettingsReader, value: unknown): SiteSettings['language'] {
  if (typeof value === 'string' && /^zh(?:[-_](?:cn|hans))?$/i.test(value)) return 'zh-CN';
  if (typeof value === 'string' && /^en(?:[-_]\w+)?$/i.test(value)) return 'en';
  return r.oneOf(['language'], value, ['zh-CN', 'en'], DEFAULT_SETTINGS.language);
}

function readTimeZone(r: SettingsReader, value: unknown): string {
  const zone = r.text(['timezone'], value, DEFAULT_SETTINGS.timezone) || DEFAULT_SETTINGS.timezone;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    r.report(['timezone'], `"${zone}" is not a time zone; write an IANA name such as Asia/Shanghai or Europe/Berlin`);
    return DEFAULT_SETTINGS.timezone;
  }
}

function readPerPage(r: SettingsReader, value: unknown): number {
  if (value === undefined || value === null) return DEFAULT_SETTINGS.entriesPerPage;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100) return value;
  r.report(['entriesPerPage'], `must be a whole number from 1 to 100; got ${describe(value)}`);
  return DEFAULT_SETTINGS.entriesPerPage;
}

function readAuthor(r: SettingsReader, value: unknown): AuthorSettings {
  if (value === undefined || value === null) return DEFAULT_SETTINGS.author;
  if (typeof value === 'string') return Object.freeze({ name: value.trim(), avatar: null, bio: null });
  if (!isRecord(value)) {
    r.report(['author'], `must be a name, or keys name, avatar and bio; got ${describe(value)}`);
    return DEFAULT_SETTINGS.author;
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

/** Problems as the terminal shows them: `site.yml:12: comments.repoId: is missing; …`. */
export function formatSettingsProblems(problems: readonly SettingsProblem[], file: string): string {
  return problems.map((p) => `${file}:${p.line}: ${p.key}: ${p.message}`).join('\n');
}

/** A settings file that cannot be read: every problem, with its line and what to write. */
export class SettingsError extends Error {}

/** The settings file's path, as the author names it. */
export function settingsFileName(vars: { readonly SITE_SETTINGS?: string | undefined }): string {
  return vars.SITE_SETTINGS || 'site.yml';
}

/** The settings from the settings file, or the defaults when there is no file; throws SettingsError on a problem. */
export function readSettingsFile(name: string, cwd: string): { settings: SiteSettings; found: boolean } {
  const file = path.resolve(/* turbopackIgnore: true */ cwd, name);
  let text: string;
  try {
    text = fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return { settings: DEFAULT_SETTINGS, found: false };
    throw new SettingsError(`${name}: cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = parseSettings(text);
  if (!result.ok) throw new SettingsError(`The settings file has ${result.problems.length === 1 ? 'a problem' : `${result.problems.length} problems`}:\n${formatSettingsProblems(result.problems, name)}`);
  return { settings: result.settings, found: true };
}
