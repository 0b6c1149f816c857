import type { MetadataRoute } from 'next';
import type { Journal, TermKind } from '../content';
import type { Site } from '../site/site';
import { archivePath, archiveYearPath, entryPath, listPagePath, pagePath, onThisDayPath, statsPath, termIndexPath, termPath } from '../site/urls';

/** Every page of the published journal, with the date of its newest entry. */
export function sitemapEntries(site: Site, journal: Journal, pageCount: number): MetadataRoute.Sitemap {
  // The W3C date of the newest change: a calendar day as written, or a date-time with its offset.
  const changed = (e: Journal['entries'][number]) => e.updated ?? e.date;
  const newest = (entries: Journal['entries']) => {
    let best: ReturnType<typeof changed> | undefined;
    for (const e of entries) if (!best || changed(e).epoch > best.epoch) best = changed(e);
    return best?.iso;
  };
  const at = (path: string, lastModified: string | undefined) => ({ url: site.absoluteUrl(path), ...(lastModified ? { lastModified } : {}) });
  const all = newest(journal.entries);
  const kinds: TermKind[] = ['tags', 'categories'];
  return [
    at('/', all),
    ...Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => at(listPagePath(i + 2), all)),
    ...journal.entries.map((e) => at(entryPath(e.slug), changed(e).iso)),
    ...journal.pages.map((e) => at(pagePath(e.slug), changed(e).iso)),
    at(archivePath, all),
    ...journal.years().map((y) => at(archiveYearPath(y.year), newest(y.entries))),
    at(onThisDayPath, undefined),
    at(statsPath, all),
    ...kinds.flatMap((kind) => [
      at(termIndexPath(kind), all),
      ...journal.terms(kind).map((term) => at(termPath(kind, term.slug), newest(term.entries))),
    ]),
  ];
}
