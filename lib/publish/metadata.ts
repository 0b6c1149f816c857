import type { Metadata } from 'next';
import { coverPicture, sitePictures, type Entry, type Picture } from '../content';
import type { Site } from '../site/site';
import { feedPaths } from '../site/urls';

/** Every page links its feeds; a page's own `alternates` replaces the layout's, so they are set here. */
export function feedAlternates(site: Site) {
  const { title } = site.settings;
  return {
    'application/rss+xml': [{ url: site.absoluteUrl(feedPaths.rss), title: `${title} (RSS)` }],
    'application/atom+xml': [{ url: site.absoluteUrl(feedPaths.atom), title: `${title} (Atom)` }],
    'application/feed+json': [{ url: site.absoluteUrl(feedPaths.json), title: `${title} (JSON Feed)` }],
  };
}

const OG_LOCALE: Record<string, string> = { 'zh-CN': 'zh_CN', en: 'en_US' };

interface PageInfo {
  /** Page title; the layout's template adds the site title. Omit for the home page. */
  readonly title?: string;
  readonly description?: string;
  /** The page's path (from lib/site/urls.ts), for its canonical URL. */
  readonly path: string;
  readonly entry?: Entry;
  /** The page's own feeds (a tag's), listed before the site's. */
  readonly feeds?: { readonly title: string; readonly rss: string; readonly atom: string };
}

/** A picture's absolute address, for share cards. */
function pictureUrl(site: Site, picture: Picture): string {
  return /^https:/.test(picture.src) ? picture.src : `${site.settings.url}${picture.src}`;
}

/** The share image: the entry's cover, else the settings' share image; with its size when known. */
function shareImages(site: Site, entry: Entry | undefined) {
  const picture = (entry ? coverPicture(site, entry) : null) ?? sitePictures(site).shareImage;
  if (!picture) return undefined;
  return [{ url: pictureUrl(site, picture), alt: picture.alt, ...(picture.width && picture.height ? { width: picture.width, height: picture.height } : {}) }];
}

/** Title, description, canonical URL, feed links, OpenGraph and Twitter card of a page. */
export function pageMetadata(site: Site, { title, description = site.settings.description, path, entry, feeds }: PageInfo): Metadata {
  const url = site.absoluteUrl(path);
  const shownTitle = title ?? site.settings.title;
  const images = shareImages(site, entry);
  const siteFeeds = feedAlternates(site);
  return {
    ...(title === undefined ? {} : { title }),
    description,
    alternates: {
      canonical: url,
      types: feeds
        ? {
            'application/rss+xml': [{ url: site.absoluteUrl(feeds.rss), title: `${feeds.title} (RSS)` }, ...siteFeeds['application/rss+xml']],
            'application/atom+xml': [{ url: site.absoluteUrl(feeds.atom), title: `${feeds.title} (Atom)` }, ...siteFeeds['application/atom+xml']],
            'application/feed+json': siteFeeds['application/feed+json'],
          }
        : siteFeeds,
    },
    openGraph: {
      siteName: site.settings.title,
      locale: OG_LOCALE[site.settings.language],
      url,
      title: shownTitle,
      description,
      ...(images ? { images } : {}),
      ...(entry
        ? {
            type: 'article',
            publishedTime: new Date(entry.date.epoch).toISOString(),
            ...(entry.updated ? { modifiedTime: new Date(entry.updated.epoch).toISOString() } : {}),
            authors: [site.settings.author.name],
            tags: [...entry.tags],
            section: entry.categories[0],
          }
        : { type: 'website' }),
    },
    twitter: images ? { card: 'summary_large_image', title: shownTitle, description, images } : { card: 'summary', title: shownTitle, description },
  };
}

/**
 * schema.org BlogPosting for an entry, as JSON safe inside a `<script>`:
 * `<` is written `\u003c`, so no text in an entry can close the script.
 */
export function blogPostingJsonLd(site: Site, entry: Entry, description: string, path: string): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: entry.title,
    description,
    datePublished: new Date(entry.date.epoch).toISOString(),
    dateModified: new Date((entry.updated ?? entry.date).epoch).toISOString(),
    author: { '@type': 'Person', name: site.settings.author.name },
    inLanguage: site.settings.language,
    keywords: entry.tags.join(', '),
    url: site.absoluteUrl(path),
    mainEntityOfPage: site.absoluteUrl(path),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
