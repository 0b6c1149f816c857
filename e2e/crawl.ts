import type { APIRequestContext } from '@playwright/test';

/** The origin the journal's absolute URLs (feeds, sitemap, canonical) name in the end-to-end builds. */
export const SITE_URL = 'https://journal.example';

export interface CrawlResult {
  /** Every page reached from the home page by links. */
  readonly pages: ReadonlySet<string>;
  readonly sitemapUrls: readonly string[];
  readonly feedLinks: number;
  /** What went wrong, one line each: a status other than 200, a redirect, a wrong or missing canonical URL. */
  readonly failures: readonly string[];
}

/**
 * Crawls a running journal from its home page: every internal link, every
 * asset, every feed item link and every sitemap URL must answer 200 at
 * once (a redirect counts as a failure: links, canonical URLs and feeds
 * must name the final address), and every page must name itself as its
 * canonical URL and carry an Open Graph title.
 */
export async function crawlSite(request: APIRequestContext, origin: string, basePath: string): Promise<CrawlResult> {
  // Absolute URLs in feeds and sitemaps name the published origin; the crawl asks this server.
  const local = (url: string) => url.replace(SITE_URL, origin);
  const pages = new Set<string>();
  const others = new Set<string>();
  const queue = [`${origin}${basePath}/`];
  const failures: string[] = [];

  async function get(url: string) {
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() !== 200) failures.push(`${response.status()} ${url}`);
    return response;
  }

  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    if (pages.has(url)) continue;
    pages.add(url);
    const response = await get(url);
    if (response.status() !== 200) continue;
    const html = await response.text();
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    if (canonical === undefined) failures.push(`no canonical link on ${url}`);
    else if (local(canonical) !== url) failures.push(`canonical ${canonical} on ${url}`);
    if (!/<meta property="og:title" content="[^"]+"/.test(html)) failures.push(`no og:title on ${url}`);
    for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]+)"/g)) {
      const target = new URL((value ?? '').replace(/&amp;/g, '&'), url);
      if (target.origin !== origin) continue;
      target.hash = '';
      // The journal's pages end in `/`; a name with an extension is a file (an old site's `/code/demo.html` too).
      const isPage = attr === 'href' && !/\.(css|js|mjs|xml|json|webmanifest|txt|ico|png|jpe?g|gif|webp|svg|woff2?|html?|pdf|zip)$/.test(target.pathname);
      if (isPage) {
        if (!target.pathname.startsWith(`${basePath}/`)) failures.push(`${target.href} on ${url} ignores the base path`);
        queue.push(target.href);
      } else {
        others.add(target.href);
      }
    }
  }

  const feedBase = `${origin}${basePath}`;
  for (const feed of ['/rss.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/robots.txt', '/search-index.json']) others.add(`${feedBase}${feed}`);
  const rss = await (await request.get(`${feedBase}/rss.xml`)).text();
  const sitemap = await (await request.get(`${feedBase}/sitemap.xml`)).text();
  const feedLinks = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => local(m[1] ?? ''));
  const sitemapUrls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => local(m[1] ?? ''));
  for (const url of [...feedLinks, ...sitemapUrls]) {
    if (!url.startsWith(`${feedBase}/`)) failures.push(`${url} in a feed or the sitemap is outside the site`);
    others.add(url);
  }
  for (const url of others) await get(url);
  return { pages, sitemapUrls, feedLinks: feedLinks.length, failures };
}
