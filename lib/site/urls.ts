/** The two kinds of terms: each has its index, its pages and its feeds. */
export type TermKind = 'tags' | 'categories';

/**
 * Site paths, built here: every page path ends with `/`, so a static
 * export is a folder of index.html files that any static server finds,
 * CJK names included. One rule for the base path: `Link` and the router
 * get the bare paths made here (Next adds the base path); only plain
 * `<a>`, `fetch` and absolute URLs add it, through the Site's `withBase`
 * and `absoluteUrl` (lib/site/site.ts). Media URLs are made by
 * lib/markdown/images.ts.
 */

export const homePath = '/';

export function entryPath(slug: string): string {
  return `/posts/${encodeURIComponent(slug)}/`;
}

/** A page of the content folder (`layout: page`, `pages/about.md`): at the site's root, /about/. */
export function pagePath(slug: string): string {
  return `/${encodeURIComponent(slug)}/`;
}

/** Where an entry or a page lives. */
export function ownPath(entry: { readonly slug: string; readonly page: boolean }): string {
  return entry.page ? pagePath(entry.slug) : entryPath(entry.slug);
}

/** A term's page; a category inside another has one path segment per level (`/categories/技术/linux/`). */
export function termPath(kind: TermKind, slug: string): string {
  return `/${kind}/${slug.split('/').map(encodeURIComponent).join('/')}/`;
}

export function termIndexPath(kind: TermKind): string {
  return `/${kind}/`;
}

export function listPagePath(page: number): string {
  return page <= 1 ? '/' : `/page/${page}/`;
}

export const archivePath = '/archive/';

export function archiveYearPath(year: number): string {
  return `/archive/${year}/`;
}

/** A day's place in its year's archive list. */
export function archiveDayPath(day: string): string {
  return `${archiveYearPath(Number(day.slice(0, 4)))}#d-${day}`;
}

export const onThisDayPath = '/on-this-day/';

/** A day's old address (`/on-this-day/12-27/`): a redirect to the day's view, not a page (lib/publish/redirects.ts). */
export function onThisDayDatePath(md: string): string {
  return `/on-this-day/${md}/`;
}

/** One month-day's entries from every year, shown by /on-this-day/ itself (components/on-this-day.tsx). */
export function onThisDayDayView(md: string): string {
  return `${onThisDayPath}?day=${md}`;
}

export const statsPath = '/stats/';

export const searchPath = '/search/';

/** The marks of the author's social links, one SVG symbol each (app/social-marks.svg). */
export const socialMarksPath = '/social-marks.svg';

export const feedPaths = { rss: '/rss.xml', atom: '/atom.xml', json: '/feed.json' } as const;

/** A tag's or category's own feed: `/feeds/tags/机器学习/rss.xml`. */
export function termFeedPath(kind: TermKind, slug: string, format: 'rss' | 'atom'): string {
  return `/feeds${termPath(kind, slug)}${format}.xml`;
}

/**
 * First segments of the journal's own addresses: its routes in app/, the
 * files they answer (`rss.xml`, `sitemap.xml`), Next's own (`_next`, `404`).
 * An old address, a page or a site file there would shadow one of them, or
 * be shadowed. urls.test.ts checks the list against app/'s folders.
 */
export const OWN_PAGES: ReadonlySet<string> = new Set([
  'posts', 'tags', 'categories', 'archive', 'page', 'search', 'stats', 'on-this-day', 'drafts', 'media', 'katex', '_next',
  'rss.xml', 'atom.xml', 'feed.json', 'sitemap.xml', 'robots.txt', 'search-index.json', 'journal-version.json', '404', 'site-files',
  'icon.svg', 'manifest.webmanifest', 'feeds', 'mermaid', 'social-marks.svg',
]);
