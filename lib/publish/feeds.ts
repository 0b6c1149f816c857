import { entryDescription, entryHtml, excerptHtml, type Entry, type Journal } from '../content';
import { site } from '../config/config';
import { absoluteUrl, entryPath, feedPaths, homePath } from '../config/urls';
import { escapeXml } from './xml';

/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest visible entries, with full HTML content. */

export const FEED_SIZE = 20;

interface FeedItem {
  readonly entry: Entry;
  readonly url: string;
  readonly published: Date;
  readonly updated: Date;
  readonly summary: string;
  readonly html: string;
}

function feedItems(journal: Journal): FeedItem[] {
  return journal.entries.slice(0, FEED_SIZE).map((entry) => ({
    entry,
    url: absoluteUrl(entryPath(entry.slug)),
    published: new Date(entry.date.epoch),
    updated: new Date((entry.updated ?? entry.date).epoch),
    summary: excerptHtml(entry),
    html: entryHtml(entry),
  }));
}

/** The feed's own date: the newest change among its items, so unchanged journals give unchanged feeds. */
function lastChange(items: readonly FeedItem[]): Date {
  const newest = Math.max(0, ...items.map((i) => Math.max(i.published.getTime(), i.updated.getTime())));
  return new Date(newest);
}

const tag = (name: string, text: string, attrs = '') => `<${name}${attrs}>${escapeXml(text)}</${name}>`;

export function rssFeed(journal: Journal): string {
  const items = feedItems(journal);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    '<channel>',
    tag('title', site.title),
    tag('link', absoluteUrl(homePath)),
    tag('description', site.description),
    tag('language', site.language),
    `<atom:link href="${escapeXml(absoluteUrl(feedPaths.rss))}" rel="self" type="application/rss+xml"/>`,
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

export function atomFeed(journal: Journal): string {
  const items = feedItems(journal);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(site.language)}">`,
    tag('id', absoluteUrl(homePath)),
    tag('title', site.title),
    tag('subtitle', site.description),
    tag('updated', lastChange(items).toISOString()),
    `<link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(homePath))}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(feedPaths.atom))}"/>`,
    `<author>${tag('name', site.author.name)}</author>`,
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

export function jsonFeed(journal: Journal): string {
  const items = feedItems(journal);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.title,
    home_page_url: absoluteUrl(homePath),
    feed_url: absoluteUrl(feedPaths.json),
    description: site.description,
    language: site.language,
    authors: [{ name: site.author.name }],
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
