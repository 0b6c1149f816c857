import { entryDescription, feedExcerpt, feedHtml, type Entry, type Journal, type Term, type TermKind } from '../content';
import type { Site } from '../site/site';
import { entryPath, feedPaths, homePath, termFeedPath, termPath } from '../site/urls';
import { escapeXml } from './xml';

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest visible entries, with
 * full HTML content; RSS and Atom also per tag and per category. What a
 * feed reader shows stands alone: every link and image is absolute, each
 * formula is there once (MathML), headings carry no anchor sign.
 */

export const FEED_SIZE = 20;

/** Which entries a feed holds and what it calls itself. */
export interface FeedSource {
  /** The Site the feed is written for: its origin, base path, language and author. */
  readonly site: Site;
  readonly title: string;
  readonly description: string;
  /** The page the feed follows (the home page, a tag's page). */
  readonly home: string;
  readonly self: { readonly rss: string; readonly atom: string; readonly json?: string };
  readonly entries: readonly Entry[];
}

export function journalFeed(site: Site, journal: Journal): FeedSource {
  return {
    site,
    title: site.settings.title,
    description: site.settings.description,
    home: homePath,
    self: feedPaths,
    entries: journal.entries,
  };
}

export function termFeed(site: Site, kind: TermKind, term: Term): FeedSource {
  const heading = kind === 'tags' ? site.t.taggedWith(term.name) : site.t.inCategory(term.name);
  return {
    site,
    title: `${heading} · ${site.settings.title}`,
    description: `${heading} · ${site.settings.description}`,
    home: termPath(kind, term.slug),
    self: { rss: termFeedPath(kind, term.slug, 'rss'), atom: termFeedPath(kind, term.slug, 'atom') },
    entries: term.entries,
  };
}

interface FeedItem {
  readonly entry: Entry;
  readonly url: string;
  readonly published: Date;
  readonly updated: Date;
  readonly summary: string;
  readonly html: string;
}

/**
 * HTML with every site path and in-page link made absolute: a feed reader
 * resolves neither against the entry's address. Paths already hold the base path.
 */
export function absoluteLinks(html: string, pageUrl: string, origin: string): string {
  return html.replace(/(\s(?:href|src))="(\/(?!\/)[^"]*|#[^"]*)"/g, (_whole, attr: string, target: string) =>
    `${attr}="${target.startsWith('#') ? `${pageUrl}${target}` : `${origin}${target}`}"`,
  );
}

/**
 * The item's summary: the part before `<!-- more -->`, else the entry's
 * description as plain text (the list's automatic cut is made for the
 * page, with KaTeX's HTML in it).
 */
function feedSummary(site: Site, entry: Entry): string {
  return feedExcerpt(site, entry) ?? `<p>${escapeXml(entryDescription(entry))}</p>`;
}

function feedItems(source: FeedSource): FeedItem[] {
  const { site } = source;
  return source.entries.slice(0, FEED_SIZE).map((entry) => {
    const url = site.absoluteUrl(entryPath(entry.slug));
    return {
      entry,
      url,
      published: new Date(entry.date.epoch),
      updated: new Date((entry.updated ?? entry.date).epoch),
      summary: absoluteLinks(feedSummary(site, entry), url, site.settings.url),
      html: absoluteLinks(feedHtml(site, entry), url, site.settings.url),
    };
  });
}

/** The feed's own date: the newest change among its items, so unchanged journals give unchanged feeds. */
function lastChange(items: readonly FeedItem[]): Date {
  const newest = Math.max(0, ...items.map((i) => Math.max(i.published.getTime(), i.updated.getTime())));
  return new Date(newest);
}

const tag = (name: string, text: string, attrs = '') => `<${name}${attrs}>${escapeXml(text)}</${name}>`;

export function rssFeed(source: FeedSource): string {
  const { site } = source;
  const items = feedItems(source);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    '<channel>',
    tag('title', source.title),
    tag('link', site.absoluteUrl(source.home)),
    tag('description', source.description),
    tag('language', site.settings.language),
    `<atom:link href="${escapeXml(site.absoluteUrl(source.self.rss))}" rel="self" type="application/rss+xml"/>`,
    tag('lastBuildDate', lastChange(items).toUTCString()),
  ];
  for (const item of items) {
    lines.push(
      '<item>',
      tag('title', item.entry.title),
      tag('link', item.url),
      tag('guid', item.url, ' isPermaLink="true"'),
      tag('pubDate', item.published.toUTCString()),
      tag('description', item.summary),
      tag('content:encoded', item.html),
      ...[...item.entry.categories, ...item.entry.tags].map((name) => tag('category', name)),
      '</item>',
    );
  }
  lines.push('</channel>', '</rss>', '');
  return lines.join('\n');
}

export function atomFeed(source: FeedSource): string {
  const { site } = source;
  const items = feedItems(source);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(site.settings.language)}">`,
    tag('id', site.absoluteUrl(source.self.atom)),
    tag('title', source.title),
    tag('subtitle', source.description),
    tag('updated', lastChange(items).toISOString()),
    `<link rel="alternate" type="text/html" href="${escapeXml(site.absoluteUrl(source.home))}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(site.absoluteUrl(source.self.atom))}"/>`,
    `<author>${tag('name', site.settings.author.name || site.settings.title)}</author>`,
  ];
  for (const item of items) {
    lines.push(
      '<entry>',
      tag('id', item.url),
      tag('title', item.entry.title),
      `<link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>`,
      tag('published', item.published.toISOString()),
      tag('updated', item.updated.toISOString()),
      tag('summary', item.summary, ' type="html"'),
      tag('content', item.html, ' type="html"'),
      ...[...item.entry.categories, ...item.entry.tags].map((name) => `<category term="${escapeXml(name)}"/>`),
      '</entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

export function jsonFeed(source: FeedSource): string {
  const { site } = source;
  const items = feedItems(source);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: source.title,
    home_page_url: site.absoluteUrl(source.home),
    feed_url: site.absoluteUrl(source.self.json ?? feedPaths.json),
    description: source.description,
    language: site.settings.language,
    authors: [{ name: site.settings.author.name || site.settings.title }],
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.entry.title,
      content_html: item.html,
      summary: entryDescription(item.entry),
      date_published: item.published.toISOString(),
      date_modified: item.updated.toISOString(),
      tags: [...item.entry.categories, ...item.entry.tags],
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
