/**
 * The environment the journal reads: every variable is named here, once,
 * and `processEnviron()` is the only place in the journal that reads
 * `process.env`. Each name is written out literally, so that Next inlines
 * the values next.config.ts compiles in (its `env`): a production server
 * started later with other variables cannot turn drafts on.
 *
 * | variable | meaning |
 * | --- | --- |
 * | `SITE_SETTINGS` | another settings file than `site.yml` |
 * | `SITE_URL` | the published origin (canonical URLs, feeds, sitemap); settings `url` |
 * | `BASE_PATH` | the sub-path the site is served under; compiled in as `JOURNAL_BASE_PATH` |
 * | `CONTENT_DIR` | the folder of entries, absolute or relative to the project |
 * | `SHOW_DRAFTS` | drafts shown in a build; compiled in as `JOURNAL_PREVIEW` |
 * | `EXPORT` | a static export to out/; compiled in as `JOURNAL_EXPORT`; old addresses become refresh pages |
 * | `NEXT_DIST_DIR` | another build folder (tests and benchmarks) |
 * | `NODE_ENV` | `production` for a build or `next start`, `development` for the preview |
 * | `JOURNAL_PARSE_LOG` | a file every parse is logged to (the benchmark) |
 * | `PREVIEW_HOSTS` | host names besides loopback that may read the preview |
 * | `STATIC_DIR` | the old site's folder of site-level images (`/images/a.png`), published under /media/_site/ |
 * | `CATEGORY_LISTS` | `path` reads a plain category list as one path, as Hexo does (settings `categoryLists`) |
 * | `OLD_PERMALINKS` | the old site's address patterns, comma-separated (settings `oldPermalinks`) |
 * | `STRICT` | `1`: warnings are fatal in the build and the checker (settings `strict`) |
 * | `SOURCE_DATE_EPOCH` | fixes a build's clock and id (seconds since 1970): builds of the same content are identical |
 * | `JOURNAL_CACHE_DIR` | another folder for the cache between builds (lib/content/build-cache.ts); `off` for none |
 *
 * Compiled in by next.config.ts, never set by hand: `JOURNAL_PREVIEW`,
 * `JOURNAL_EXPORT`, `JOURNAL_BASE_PATH`, `JOURNAL_BUILD_TIME` (the build's
 * clock), `JOURNAL_CACHE_DIR` (resolved) and `JOURNAL_CACHE_VERSION` (the
 * digest of the code and the Site the cache is kept for).
 */
export interface Environ {
  /** The settings file, absolute or relative to the project root; `site.yml` unless given. */
  readonly SITE_SETTINGS?: string | undefined;
  readonly SITE_URL?: string | undefined;
  readonly BASE_PATH?: string | undefined;
  readonly JOURNAL_BASE_PATH?: string | undefined;
  readonly CONTENT_DIR?: string | undefined;
  readonly SHOW_DRAFTS?: string | undefined;
  readonly JOURNAL_PREVIEW?: string | undefined;
  readonly EXPORT?: string | undefined;
  /** `1` when the site is compiled as a static export (EXPORT=1). */
  readonly JOURNAL_EXPORT?: string | undefined;
  readonly NEXT_DIST_DIR?: string | undefined;
  readonly NODE_ENV?: string | undefined;
  readonly JOURNAL_PARSE_LOG?: string | undefined;
  readonly PREVIEW_HOSTS?: string | undefined;
  readonly SOURCE_DATE_EPOCH?: string | undefined;
  readonly JOURNAL_BUILD_TIME?: string | undefined;
  /** A folder of site-level images an old site linked (`/images/a.png`): Hexo's source/, Hugo's static/. */
  readonly STATIC_DIR?: string | undefined;
  /** `path` or `separate`: how a plain list of categories is read; replaces settings `categoryLists`. */
  readonly CATEGORY_LISTS?: string | undefined;
  /** The old site's address patterns, comma-separated; replaces settings `oldPermalinks`. */
  readonly OLD_PERMALINKS?: string | undefined;
  /** `1`: warnings are fatal; replaces settings `strict`. */
  readonly STRICT?: string | undefined;
  /** The cache folder: the author's choice, or (compiled in) the resolved absolute folder; `off` for none. */
  readonly JOURNAL_CACHE_DIR?: string | undefined;
  readonly JOURNAL_CACHE_VERSION?: string | undefined;
}

/** This process's environment, as the journal reads it. */
export function processEnviron(): Environ {
  return {
    SITE_SETTINGS: process.env.SITE_SETTINGS,
    SITE_URL: process.env.SITE_URL,
    BASE_PATH: process.env.BASE_PATH,
    JOURNAL_BASE_PATH: process.env.JOURNAL_BASE_PATH,
    CONTENT_DIR: process.env.CONTENT_DIR,
    SHOW_DRAFTS: process.env.SHOW_DRAFTS,
    JOURNAL_PREVIEW: process.env.JOURNAL_PREVIEW,
    EXPORT: process.env.EXPORT,
    JOURNAL_EXPORT: process.env.JOURNAL_EXPORT,
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR,
    NODE_ENV: process.env.NODE_ENV,
    JOURNAL_PARSE_LOG: process.env.JOURNAL_PARSE_LOG,
    PREVIEW_HOSTS: process.env.PREVIEW_HOSTS,
    SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH,
    JOURNAL_BUILD_TIME: process.env.JOURNAL_BUILD_TIME,
    STATIC_DIR: process.env.STATIC_DIR,
    CATEGORY_LISTS: process.env.CATEGORY_LISTS,
    OLD_PERMALINKS: process.env.OLD_PERMALINKS,
    STRICT: process.env.STRICT,
    JOURNAL_CACHE_DIR: process.env.JOURNAL_CACHE_DIR,
    JOURNAL_CACHE_VERSION: process.env.JOURNAL_CACHE_VERSION,
  };
}
