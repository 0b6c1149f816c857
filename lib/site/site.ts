import crypto from 'node:crypto';
import path from 'node:path';
import { processEnviron, type Environ } from './environment';
import { isBasePath, readSettingsFile, SettingsError, settingsFileName, type SettingsLines } from './settings-file';
import { DEFAULT_SETTINGS, type SiteSettings } from './settings';
import { dayMonthText, dayText, STRINGS, type Strings } from './i18n';

/**
 * The Site: one value made from the environment and the settings file and
 * handed down to the loader, the renderer, the routes and the tools.
 * `loadSite(environ, cwd)` is the one reader of the settings file, and
 * `processEnviron()` (lib/site/environment.ts) the one reader of
 * the environment; tests make their own Site with `makeSite`. Nothing is
 * computed when a module is imported: `currentSite()` makes this process's
 * Site when first asked, and again only when the environment changes.
 */

export type { Environ } from './environment';

/** The cache between runs (lib/content/build-cache.ts). */
export interface CacheSettings {
  /** The cache folder, absolute. */
  readonly dir: string;
  /** The version of the journal's code and Site: records of another version are never read. */
  readonly version: string;
}

export interface Site {
  /** The author's settings (site.yml), with what the environment overrides. */
  readonly settings: SiteSettings;
  /** The settings file read, relative to the project root as the author names it (`site.yml`), or null when there is none. */
  readonly settingsFile: string | null;
  /** The line of each key of the settings file (`author.avatar`), for what is said about a setting later. */
  readonly settingsLines: SettingsLines;
  /** The sub-path the site is served under (`/journal`), or ''. */
  readonly basePath: string;
  /** The content folder, absolute. */
  readonly contentDir: string;
  /** Drafts and scheduled entries exist (the author's preview). */
  readonly preview: boolean;
  /** This process is `next dev` itself, or one of its children. */
  readonly devServer: boolean;
  /** The site is compiled as a static export: no server to answer redirects. */
  readonly staticExport: boolean;
  /** The old site's folder of site-level images (STATIC_DIR), absolute; entries' images are looked up there too. */
  readonly staticDir: string | undefined;
  /** A broken entry stops the process (a production build or server). */
  readonly refusesBroken: boolean;
  /** Where every parse is logged, for the benchmark. */
  readonly parseLog: string | undefined;
  /** Host names besides loopback that may read the preview (PREVIEW_HOSTS, comma-separated). */
  readonly previewHosts: readonly string[];
  /**
   * The build's clock, fixed once when the site is compiled (next.config.ts),
   * so every build worker decides "is this scheduled entry out yet?" alike;
   * undefined in the preview and in tools, which read the time afresh.
   */
  readonly buildTime: number | undefined;
  /** Where parsed and rendered entries are kept between runs; undefined outside Next (tools and tests parse afresh). */
  readonly cache: CacheSettings | undefined;
  /** The interface strings in the site's language. */
  readonly t: Strings;
  /** Sorts titles and terms in the site's language. */
  readonly collator: Intl.Collator;
  /** A path for a plain `<a>`, `fetch` or SVG link, which Next does not prefix: with the base path. */
  withBase(sitePath: string): string;
  /** An absolute URL for feeds, sitemaps and metadata. */
  absoluteUrl(sitePath: string): string;
  /** A `YYYY-MM-DD` day written out for readers in the site's language, without time zone arithmetic. */
  formatDay(day: string): string;
  /** Month and day of a `YYYY-MM-DD` day, for lists already grouped by year. */
  formatMonthDay(day: string): string;
}

/** The published origin: SITE_URL, else the settings' url. */
export function resolveSiteUrl(raw: string | undefined, fallback: string): string {
  if (!raw) return fallback;
  try {
    return new URL(raw).origin;
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.com, got "${raw}"`);
  }
}

/** A sub-path such as `/journal` (no trailing slash), or '' for the root. */
export function resolveBasePath(raw: string | undefined): string {
  const value = raw?.replace(/\/+$/, '') ?? '';
  if (value !== '' && !isBasePath(value)) throw new Error(`BASE_PATH must look like /journal, got "${value}"`);
  return value;
}

/**
 * Whether drafts exist. `JOURNAL_PREVIEW` is fixed when the site is
 * compiled (next.config.ts): on for `next dev`, and for `next build` only
 * with SHOW_DRAFTS=1, so a production server started later with another
 * NODE_ENV cannot turn drafts on. Outside Next (scripts, tests) NODE_ENV
 * and SHOW_DRAFTS decide.
 */
export function resolvePreview(vars: Pick<Environ, 'JOURNAL_PREVIEW' | 'NODE_ENV' | 'SHOW_DRAFTS'>): boolean {
  if (vars.JOURNAL_PREVIEW === '1') return true;
  if (vars.JOURNAL_PREVIEW === '0') return false;
  return vars.NODE_ENV !== 'production' || vars.SHOW_DRAFTS === '1';
}

/** `path` (Hexo's reading of a plain category list) or `separate`. */
export function resolveCategoryLists(raw: string | undefined, fallback: SiteSettings['categoryLists']): SiteSettings['categoryLists'] {
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'path' || raw === 'separate') return raw;
  throw new Error(`CATEGORY_LISTS must be path or separate, got "${raw}"`);
}

export { SettingsError };

function resolveCache(vars: Pick<Environ, 'JOURNAL_CACHE_DIR' | 'JOURNAL_CACHE_VERSION'>): CacheSettings | undefined {
  const dir = vars.JOURNAL_CACHE_DIR;
  const version = vars.JOURNAL_CACHE_VERSION;
  if (!dir || dir === 'off' || !path.isAbsolute(dir) || !version || !/^[0-9a-f]+$/.test(version)) return undefined;
  return Object.freeze({ dir, version });
}

/** A folder the author names, absolute or relative to the project root. */
function projectPath(cwd: string, name: string): string {
  // Resolved at run time; the bundler must not trace the folder into the server output.
  return path.resolve(/* turbopackIgnore: true */ cwd, name);
}

/** The Site of these variables and settings, without reading anything: what tests and tools build their own with. */
export function makeSite(vars: Environ, settings: SiteSettings = DEFAULT_SETTINGS, settingsFile: string | null = null, cwd: string = process.cwd(), settingsLines: SettingsLines = {}): Site {
  const preview = resolvePreview(vars);
  const staticDir = vars.STATIC_DIR || settings.staticDir;
  const basePath = resolveBasePath(vars.JOURNAL_BASE_PATH ?? settings.basePath);
  const merged: SiteSettings = Object.freeze({
    ...settings,
    url: resolveSiteUrl(vars.SITE_URL, settings.url),
    urlSet: Boolean(vars.SITE_URL) || settings.urlSet,
    basePath,
    contentDir: vars.CONTENT_DIR || settings.contentDir,
    staticDir: staticDir || null,
    categoryLists: resolveCategoryLists(vars.CATEGORY_LISTS, settings.categoryLists),
    strict: vars.STRICT === '1' ? true : vars.STRICT === '0' ? false : settings.strict,
    oldPermalinks: Object.freeze(vars.OLD_PERMALINKS === undefined ? [...settings.oldPermalinks] : vars.OLD_PERMALINKS.split(',').map((p) => p.trim()).filter(Boolean)),
  });
  const language = merged.language;
  return Object.freeze({
    settings: merged,
    settingsFile,
    settingsLines,
    basePath,
    contentDir: projectPath(cwd, merged.contentDir),
    staticDir: staticDir ? projectPath(cwd, staticDir) : undefined,
    preview,
    devServer: preview && vars.NODE_ENV === 'development',
    staticExport: vars.JOURNAL_EXPORT === '1',
    refusesBroken: vars.NODE_ENV === 'production',
    parseLog: vars.JOURNAL_PARSE_LOG || undefined,
    buildTime: /^\d+$/.test(vars.JOURNAL_BUILD_TIME ?? '') ? Number(vars.JOURNAL_BUILD_TIME) : undefined,
    cache: resolveCache(vars),
    previewHosts: Object.freeze((vars.PREVIEW_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean)),
    t: STRINGS[language],
    collator: new Intl.Collator(language),
    withBase: (sitePath: string) => `${basePath}${sitePath}`,
    absoluteUrl: (sitePath: string) => `${merged.url}${basePath}${sitePath}`,
    formatDay: (day: string) => dayText(day, language),
    formatMonthDay: (day: string) => dayMonthText(day, language),
  });
}

/** The Site of this environment: its settings file read once (throws SettingsError on a problem in it). */
export function loadSite(vars: Environ, cwd: string): Site {
  const name = settingsFileName(vars);
  const { settings, found, lines } = readSettingsFile(name, cwd);
  return makeSite(vars, settings, found ? name : null, cwd, lines);
}

/**
 * The Site a production build in this environment compiles its pages with
 * (next.config.ts's, the cache's version aside): drafts only with
 * SHOW_DRAFTS=1, the build's base path. For the tools that finish a
 * build's output, which must publish exactly what the build did.
 */
export function builtSite(vars: Environ, cwd: string): Site {
  const loaded = loadSite(vars, cwd);
  const build = buildSettings(vars, loaded.settings, cwd, false);
  return makeSite({ ...vars, ...build.compiled }, loaded.settings, loaded.settingsFile, cwd, loaded.settingsLines);
}

let last: { key: string; site: Site } | undefined;

/**
 * This process's Site: the pages', the loader's and the tools'. Made when
 * first asked and reused while the environment stays the same (tests and
 * tools that change it are seen).
 */
export function currentSite(): Site {
  const vars = processEnviron();
  const key = JSON.stringify(vars);
  if (last?.key !== key) last = { key, site: loadSite(vars, process.cwd()) };
  return last.site;
}

/**
 * What of the Site changes how entries are read and rendered: every value
 * but the cache's own place, the benchmark's log and the build's clock
 * (which decides what is published, and is decided afresh on every build).
 * The build cache's version is this digest with the code's
 * (lib/content/build-cache.ts); the interface strings and the collator
 * follow from the settings' language.
 */
export function siteDigest(site: Site): string {
  const { cache: _cache, parseLog: _parseLog, buildTime: _buildTime, t: _t, collator: _collator, settingsLines: _lines, ...values } = site;
  return crypto.createHash('sha256').update(JSON.stringify(values)).digest('hex');
}

/** The time now, as this process decides what is published: the build's fixed clock, else the wall clock. */
export function journalNow(site: Site): number {
  return site.buildTime ?? Date.now();
}

/** What next.config.ts compiles the site with, from the build's environment. */
export interface BuildSettings {
  readonly preview: boolean;
  readonly basePath: string;
  readonly staticExport: boolean;
  readonly distDir: string;
  /** The build's clock ('' for the preview, which reads the time afresh). */
  readonly buildTime: string;
  /** An old site's folder of files to publish at the root (STATIC_DIR) is set. */
  readonly siteFiles: boolean;
  /** The cache folder, absolute, or `off`. */
  readonly cacheDir: string;
  /** Next's build id when SOURCE_DATE_EPOCH fixes the build, else null (Next makes a random one). */
  readonly buildId: string | null;
  /** Folders a published build removes before it starts: preview caches (drafts included) an earlier run left where builds are saved and deployed. */
  readonly staleCaches: readonly string[];
  /** The variables the site's code is compiled with (Next's `env`), the cache's version aside. */
  readonly compiled: {
    readonly JOURNAL_PREVIEW: string;
    readonly JOURNAL_EXPORT: string;
    readonly JOURNAL_BASE_PATH: string;
    readonly JOURNAL_BUILD_TIME: string;
    readonly JOURNAL_CACHE_DIR: string;
  };
}

export function buildSettings(vars: Environ, settings: SiteSettings, cwd: string, developmentServer: boolean): BuildSettings {
  const staticExport = vars.EXPORT === '1';
  const preview = developmentServer || vars.SHOW_DRAFTS === '1';
  // A static export is written to distDir: out/ unless told otherwise.
  const distDir = vars.NEXT_DIST_DIR || (staticExport ? 'out' : '.next');
  // SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) fixes the build's clock and id:
  // two builds of the same content and code are then byte for byte the same site.
  const epoch = /^\d{1,12}$/.test(vars.SOURCE_DATE_EPOCH ?? '') ? Number(vars.SOURCE_DATE_EPOCH) : undefined;
  const basePath = resolveBasePath(vars.BASE_PATH ?? settings.basePath);
  const buildTime = developmentServer ? '' : String(epoch === undefined ? Date.now() : epoch * 1000);
  const cacheDir = cacheFolder(vars.JOURNAL_CACHE_DIR, { developmentServer, preview, staticExport, distDir }, cwd);
  return {
    preview,
    basePath,
    staticExport,
    distDir,
    buildTime,
    buildId: epoch === undefined ? null : `journal-${epoch}`,
    siteFiles: Boolean(vars.STATIC_DIR || settings.staticDir),
    cacheDir,
    staleCaches: developmentServer ? [] : previewCacheFolders(vars.JOURNAL_CACHE_DIR, distDir, cwd),
    compiled: {
      JOURNAL_PREVIEW: preview ? '1' : '0',
      JOURNAL_EXPORT: staticExport ? '1' : '0',
      JOURNAL_BASE_PATH: basePath,
      JOURNAL_BUILD_TIME: buildTime,
      JOURNAL_CACHE_DIR: cacheDir,
    },
  };
}

/**
 * Every place a preview cache may have been left in a build folder: by a
 * SHOW_DRAFTS build of an earlier version (`<build folder>/cache`,
 * `.next/cache`, the chosen folder) or by next dev (`<build folder>/dev/cache`).
 */
function previewCacheFolders(chosen: string | undefined, distDir: string, cwd: string): string[] {
  const bases = [path.join(distDir, 'cache'), path.join(distDir, 'dev', 'cache'), path.join('.next', 'cache')];
  if (chosen && chosen !== 'off') bases.push(chosen);
  return [...new Set(bases.map((base) => path.resolve(/* turbopackIgnore: true */ cwd, base, 'journal-preview')))];
}

/**
 * The cache's folder, beside Next's own caches: `<build folder>/cache/journal`;
 * the preview's (drafts included) apart, as `journal-preview`, under
 * `.next/dev` for next dev. A static export's build folder is what is
 * published, so its cache stays in `.next/cache`. A build with drafts
 * (SHOW_DRAFTS=1) keeps no cache at all: its records would hold every
 * draft in a folder that deployments save and restore.
 */
export function cacheFolder(
  chosen: string | undefined,
  build: { developmentServer: boolean; preview: boolean; staticExport: boolean; distDir: string },
  cwd: string = process.cwd(),
): string {
  if (chosen === 'off' || (build.preview && !build.developmentServer)) return 'off';
  const name = build.preview ? 'journal-preview' : 'journal';
  if (chosen) return path.resolve(/* turbopackIgnore: true */ cwd, chosen, name);
  const base = build.developmentServer ? path.join(build.distDir, 'dev', 'cache') : build.staticExport ? path.join('.next', 'cache') : path.join(build.distDir, 'cache');
  return path.resolve(/* turbopackIgnore: true */ cwd, base, name);
}
