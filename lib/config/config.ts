import path from 'node:path';
import { isBasePath, readSettingsFile, SettingsError, settingsFileName } from './settings-file';
import { DEFAULT_SETTINGS, type SiteSettings } from './settings';

/**
 * The journal's configuration: the one site module that reads
 * `process.env`. Every variable is read here (written out literally, so
 * Next can inline the ones fixed at compile time), validated, and handed to
 * the loader, the renderer and the routes as one typed object. Tools and
 * tests build their own with `resolveConfig`.
 *
 * The author's settings come from the settings file (`site.yml` at the
 * project root, lib/config/settings-file.ts); the variables below override
 * what a deployment needs to change.
 *
 * | variable | meaning |
 * | --- | --- |
 * | `SITE_SETTINGS` | another settings file than `site.yml` |
 * | `SITE_URL` | the published origin (canonical URLs, feeds, sitemap); settings `url` |
 * | `BASE_PATH` → `JOURNAL_BASE_PATH` | the sub-path the site is served under; next.config.ts passes it on |
 * | `CONTENT_DIR` | the folder of entries, absolute or relative to the project |
 * | `SHOW_DRAFTS` → `JOURNAL_PREVIEW` | drafts shown in a build; fixed at compile time by next.config.ts |
 * | `EXPORT` → `JOURNAL_EXPORT` | a static export to out/ (next.config.ts); old addresses become refresh pages |
 * | `NEXT_DIST_DIR` | another build folder (tests and benchmarks) |
 * | `JOURNAL_PARSE_LOG` | a file every parse is logged to (the benchmark) |
 * | `PREVIEW_HOSTS` | host names besides loopback that may read `next dev` |
 * | `STATIC_DIR` | the old site's folder of site-level images (`/images/a.png`), published under /media/_site/ |
 * | `CATEGORY_LISTS` | `path` reads a plain category list as one path, as Hexo does (settings `categoryLists`) |
 * | `OLD_PERMALINKS` | the old site's address patterns, comma-separated (settings `oldPermalinks`) |
 * | `SOURCE_DATE_EPOCH` | fixes a build's clock and id (seconds since 1970): builds of the same content are identical |
 * | `JOURNAL_CACHE_DIR` | another folder for the cache between builds (lib/content/build-cache.ts); `off` for none |
 * | `JOURNAL_CACHE_VERSION` | the version of code and configuration the cache is kept for; set by next.config.ts |
 */

export interface EnvVars {
  /** The settings file, absolute or relative to the project root; `site.yml` unless given. */
  readonly SITE_SETTINGS?: string | undefined;
  readonly SITE_URL?: string | undefined;
  readonly JOURNAL_BASE_PATH?: string | undefined;
  readonly CONTENT_DIR?: string | undefined;
  readonly JOURNAL_PREVIEW?: string | undefined;
  /** `1` when the site is compiled as a static export (EXPORT=1); fixed by next.config.ts. */
  readonly JOURNAL_EXPORT?: string | undefined;
  readonly NODE_ENV?: string | undefined;
  readonly SHOW_DRAFTS?: string | undefined;
  readonly JOURNAL_PARSE_LOG?: string | undefined;
  readonly PREVIEW_HOSTS?: string | undefined;
  readonly JOURNAL_BUILD_TIME?: string | undefined;
  /** A folder of site-level images an old site linked (`/images/a.png`): Hexo's source/, Hugo's static/. */
  readonly STATIC_DIR?: string | undefined;
  /** `path` or `separate`: how a plain list of categories is read; replaces settings `categoryLists`. */
  readonly CATEGORY_LISTS?: string | undefined;
  /** The old site's address patterns, comma-separated; replaces settings `oldPermalinks`. */
  readonly OLD_PERMALINKS?: string | undefined;
  /** The cache folder (absolute, fixed by next.config.ts from the build folder or the author's JOURNAL_CACHE_DIR), or `off`. */
  readonly JOURNAL_CACHE_DIR?: string | undefined;
  readonly JOURNAL_CACHE_VERSION?: string | undefined;
}

/** The cache between runs (lib/content/build-cache.ts). */
export interface CacheSettings {
  /** The cache folder, absolute. */
  readonly dir: string;
  /** The version of the journal's code and configuration: records of another version are never read. */
  readonly version: string;
}

export interface JournalConfig {
  readonly site: SiteSettings;
  /** The settings file read, relative to the project root as the author names it (`site.yml`), or null when there is none. */
  readonly settingsFile: string | null;
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
  readonly strict: boolean;
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

/** The content folder: CONTENT_DIR (absolute, or relative to the project root), else `content/`. */
export function resolveContentDir(raw: string | undefined): string {
  // Resolved at run time; the bundler must not trace the folder into the server output.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), raw || 'content');
}

/**
 * Whether drafts exist. `JOURNAL_PREVIEW` is fixed when the site is
 * compiled (next.config.ts): on for `next dev`, and for `next build` only
 * with SHOW_DRAFTS=1, so a production server started later with another
 * NODE_ENV cannot turn drafts on. Outside Next (scripts, tests) NODE_ENV
 * and SHOW_DRAFTS decide.
 */
export function resolvePreview(vars: Pick<EnvVars, 'JOURNAL_PREVIEW' | 'NODE_ENV' | 'SHOW_DRAFTS'>): boolean {
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

function resolveCache(vars: Pick<EnvVars, 'JOURNAL_CACHE_DIR' | 'JOURNAL_CACHE_VERSION'>): CacheSettings | undefined {
  const dir = vars.JOURNAL_CACHE_DIR;
  const version = vars.JOURNAL_CACHE_VERSION;
  if (!dir || dir === 'off' || !path.isAbsolute(dir) || !version || !/^[0-9a-f]+$/.test(version)) return undefined;
  return Object.freeze({ dir, version });
}

export function resolveConfig(vars: EnvVars, settings: SiteSettings = DEFAULT_SETTINGS, settingsFile: string | null = null): JournalConfig {
  const preview = resolvePreview(vars);
  const staticDir = vars.STATIC_DIR || settings.staticDir;
  return Object.freeze({
    site: Object.freeze({
      ...settings,
      url: resolveSiteUrl(vars.SITE_URL, settings.url),
      urlSet: Boolean(vars.SITE_URL) || settings.urlSet,
      basePath: resolveBasePath(vars.JOURNAL_BASE_PATH ?? settings.basePath),
      contentDir: vars.CONTENT_DIR || settings.contentDir,
      staticDir: staticDir || null,
      categoryLists: resolveCategoryLists(vars.CATEGORY_LISTS, settings.categoryLists),
      oldPermalinks: Object.freeze(vars.OLD_PERMALINKS === undefined ? [...settings.oldPermalinks] : vars.OLD_PERMALINKS.split(',').map((p) => p.trim()).filter(Boolean)),
    }),
    settingsFile,
    basePath: resolveBasePath(vars.JOURNAL_BASE_PATH ?? settings.basePath),
    contentDir: resolveContentDir(vars.CONTENT_DIR || settings.contentDir),
    staticDir: staticDir ? path.resolve(/* turbopackIgnore: true */ process.cwd(), staticDir) : undefined,
    preview,
    devServer: preview && vars.NODE_ENV === 'development',
    staticExport: vars.JOURNAL_EXPORT === '1',
    strict: vars.NODE_ENV === 'production',
    parseLog: vars.JOURNAL_PARSE_LOG || undefined,
    buildTime: /^\d+$/.test(vars.JOURNAL_BUILD_TIME ?? '') ? Number(vars.JOURNAL_BUILD_TIME) : undefined,
    cache: resolveCache(vars),
    previewHosts: Object.freeze((vars.PREVIEW_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean)),
  });
}

let last: { key: string; config: JournalConfig } | undefined;

/**
 * The configuration of this process. Read on every call (cheaply: the
 * result is reused while the variables stay the same), so tools and tests
 * that change the environment are seen.
 */
export function journalConfig(): JournalConfig {
  // Written out in full so that Next can inline them at compile time.
  const vars: EnvVars = {
    SITE_SETTINGS: process.env.SITE_SETTINGS,
    SITE_URL: process.env.SITE_URL,
    JOURNAL_BASE_PATH: process.env.JOURNAL_BASE_PATH,
    CONTENT_DIR: process.env.CONTENT_DIR,
    JOURNAL_PREVIEW: process.env.JOURNAL_PREVIEW,
    JOURNAL_EXPORT: process.env.JOURNAL_EXPORT,
    NODE_ENV: process.env.NODE_ENV,
    SHOW_DRAFTS: process.env.SHOW_DRAFTS,
    JOURNAL_PARSE_LOG: process.env.JOURNAL_PARSE_LOG,
    PREVIEW_HOSTS: process.env.PREVIEW_HOSTS,
    JOURNAL_BUILD_TIME: process.env.JOURNAL_BUILD_TIME,
    OLD_PERMALINKS: process.env.OLD_PERMALINKS,
    STATIC_DIR: process.env.STATIC_DIR,
    CATEGORY_LISTS: process.env.CATEGORY_LISTS,
    JOURNAL_CACHE_DIR: process.env.JOURNAL_CACHE_DIR,
    JOURNAL_CACHE_VERSION: process.env.JOURNAL_CACHE_VERSION,
  };
  const key = JSON.stringify(vars);
  if (last?.key !== key) {
    const name = settingsFileName(vars);
    const { settings, found } = readSettingsFile(name);
    last = { key, config: resolveConfig(vars, settings, found ? name : null) };
  }
  return last.config;
}

/**
 * The site's settings, fixed when the site is compiled. A settings file
 * with a problem leaves the defaults here, only so that the module loads:
 * next.config.ts and `npm run check` then report the file's problems, and
 * every page fails with them, since each asks journalConfig() for the journal.
 */
export const site: SiteSettings = settingsAtLoad();

function settingsAtLoad(): SiteSettings {
  try {
    return journalConfig().site;
  } catch (error) {
    if (error instanceof SettingsError) return DEFAULT_SETTINGS;
    throw error;
  }
}

/** The time now, as this process decides what is published: the build's fixed clock, else the wall clock. */
export function journalNow(config: JournalConfig = journalConfig()): number {
  return config.buildTime ?? Date.now();
}

/** What next.config.ts needs: the build's own settings, from the build's environment. */
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
}

export function buildSettings(developmentServer: boolean): BuildSettings {
  const staticExport = process.env.EXPORT === '1';
  const { settings } = readSettingsFile(settingsFileName({ SITE_SETTINGS: process.env.SITE_SETTINGS }));
  const preview = developmentServer || process.env.SHOW_DRAFTS === '1';
  // A static export is written to distDir: out/ unless told otherwise.
  const distDir = process.env.NEXT_DIST_DIR || (staticExport ? 'out' : '.next');
  // SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) fixes the build's clock and id:
  // two builds of the same content and code are then byte for byte the same site.
  const epoch = /^\d{1,12}$/.test(process.env.SOURCE_DATE_EPOCH ?? '') ? Number(process.env.SOURCE_DATE_EPOCH) : undefined;
  return {
    preview,
    basePath: resolveBasePath(process.env.BASE_PATH ?? settings.basePath),
    staticExport,
    distDir,
    buildTime: developmentServer ? '' : String(epoch === undefined ? Date.now() : epoch * 1000),
    buildId: epoch === undefined ? null : `journal-${epoch}`,
    siteFiles: Boolean(process.env.STATIC_DIR || settings.staticDir),
    cacheDir: cacheFolder(process.env.JOURNAL_CACHE_DIR, { developmentServer, preview, staticExport, distDir }),
    staleCaches: developmentServer ? [] : previewCacheFolders(process.env.JOURNAL_CACHE_DIR, distDir),
  };
}

/**
 * Every place a preview cache may have been left in a build folder: by a
 * SHOW_DRAFTS build of an earlier version (`<build folder>/cache`,
 * `.next/cache`, the chosen folder) or by next dev (`<build folder>/dev/cache`).
 */
function previewCacheFolders(chosen: string | undefined, distDir: string): string[] {
  const bases = [path.join(distDir, 'cache'), path.join(distDir, 'dev', 'cache'), path.join('.next', 'cache')];
  if (chosen && chosen !== 'off') bases.push(chosen);
  return [...new Set(bases.map((base) => path.resolve(/* turbopackIgnore: true */ process.cwd(), base, 'journal-preview')))];
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
): string {
  if (chosen === 'off' || (build.preview && !build.developmentServer)) return 'off';
  const name = build.preview ? 'journal-preview' : 'journal';
  if (chosen) return path.resolve(/* turbopackIgnore: true */ process.cwd(), chosen, name);
  const base = build.developmentServer ? path.join(build.distDir, 'dev', 'cache') : build.staticExport ? path.join('.next', 'cache') : path.join(build.distDir, 'cache');
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), base, name);
}
