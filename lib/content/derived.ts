import type { Site } from '../site/site';
import { autoExcerpt, decodeRendered, decodeStoredHtml, plainExcerpt, renderEntry, renderExcerpt, renderForFeed, type MediaFile, type RenderedEntry } from '../markdown';
import { memoByObject, memoBySite } from '../memo';
import { markdownText } from '../markdown/plain';
import { textReadingStats, type ReadingStats } from '../text/reading';
import { defaultSlug } from '../text/names';
import { oldAddresses, type OldAddresses } from './aliases';
import { decodeText, storedByEntry, storedBySite } from './build-cache';
import type { Entry } from './entry';
import { IMAGE_SYNTAX } from './entry-files';
import type { Journal } from './journal';
import { withEntryLinks } from './entry-links';
import { loadJournal } from './loader';
import { coverPicture, imageContext, sitePictures, type Picture } from './pictures';
import type { ContentProblem } from './problems';
import type { EntryStatus } from './visibility';

/**
 * What pages show of entries, derived from them once per entry and
 * process: rendered HTML, excerpts, reading time, descriptions, media,
 * list pages and cards.
 */

/**
 * The entry rendered (sanitized HTML, table of contents, its images), once
 * per entry. A local image that cannot be published (missing, outside the
 * content folder, not an image) is not published: its words stand in its
 * place, and the build and the checker name it (./validate.ts entryWarnings).
 */
const storedRender = storedBySite(
  'render',
  (site: Site, entry: Entry): RenderedEntry => renderEntry(entry.body, imageContext(site, entry.file), { math: entry.math, labels: site.t }),
  (value, site, entry) => decodeRendered(value, imageContext(site, entry.file)),
);

/** HTML as a page shows it: links between entries resolved against the journal shown (./entry-links.ts). */
function linked(site: Site, entry: Entry, html: string): string {
  if (!html.includes('data-entry-')) return html;
  return withEntryLinks(site, loadJournal(site), html, (other) => (other === entry ? null : storedRender(site, other).html));
}

/** The entry rendered, its links to other entries resolved. */
export function renderedEntry(site: Site, entry: Entry): RenderedEntry {
  const stored = storedRender(site, entry);
  const html = linked(site, entry, stored.html);
  return html === stored.html ? stored : { ...stored, html };
}

export function entryHtml(site: Site, entry: Entry): string {
  return renderedEntry(site, entry).html;
}

/**
 * The entry's excerpt as sanitized HTML: the part before `<!-- more -->`;
 * else its `description` (`excerpt`, `summary`); else a short cut of its opening.
 */
export function excerptHtml(site: Site, entry: Entry): string {
  return linked(site, entry, storedExcerpt(site, entry));
}

const storedExcerpt = storedBySite(
  'excerpt',
  (site: Site, entry: Entry): string => {
    if (entry.excerptSource !== null) return renderExcerpt(entry.excerptSource, imageContext(site, entry.file), { math: entry.math, labels: site.t });
    if (entry.description !== null) return renderExcerpt(entry.description, undefined, { labels: site.t, basePath: site.basePath });
    return autoExcerpt(entry.body, undefined, { labels: site.t, math: entry.math, basePath: site.basePath });
  },
  decodeStoredHtml,
);

/** The entry as feed readers get it (lib/markdown's renderForFeed), once per entry. */
export function feedHtml(site: Site, entry: Entry): string {
  return linked(site, entry, storedFeed(site, entry));
}

const storedFeed = storedBySite(
  'feed',
  (site: Site, entry: Entry): string => renderForFeed(entry.body, imageContext(site, entry.file), { math: entry.math, labels: site.t }),
  decodeStoredHtml,
);

const feedExcerptHtml = storedBySite(
  'feedexcerpt',
  (site: Site, entry: Entry): string => renderForFeed(entry.excerptSource ?? '', imageContext(site, entry.file), { math: entry.math, labels: site.t }),
  decodeStoredHtml,
);

/** The part before `<!-- more -->` as feed readers get it (formulas as MathML), or null without the marker. */
export function feedExcerpt(site: Site, entry: Entry): string | null {
  return entry.excerptSource === null ? null : linked(site, entry, feedExcerptHtml(site, entry));
}

/**
 * Every local image shown by a visible entry or page, and the settings'
 * pictures: what the published site serves under /media/. Once per
 * journal: every /media/ request asks.
 */
export const publishedMedia = memoBySite((site: Site, journal: Journal): readonly MediaFile[] => {
  const byPath = new Map<string, MediaFile>();
  for (const entry of journal.all) {
    const cover = coverPicture(site, entry)?.media;
    if (cover) byPath.set(cover.path, cover);
    // Every image starts with `![`, or is an engine tag (`{% asset_img %}`, `{{< figure >}}`): entries with neither are not rendered here.
    if (!IMAGE_SYNTAX.test(entry.body)) continue;
    for (const m of storedRender(site, entry).media) byPath.set(m.path, m);
  }
  const { avatar, icon, shareImage } = sitePictures(site);
  for (const picture of [avatar, icon, shareImage]) if (picture?.media) byPath.set(picture.media.path, picture.media);
  return [...byPath.values()];
});

/** The text a reader reads in an entry, taken out of its Markdown once: for reading time and the search index. */
export const entryText = storedByEntry('text', (entry: Entry): string => markdownText(entry.body), decodeText);

/** Length and reading time of an entry, counted once per entry. */
export const entryReading = memoByObject((entry: Entry): ReadingStats => textReadingStats(entryText(entry)));

/**
 * A one-line description for metadata: front matter `description`, else
 * the opening text. Once per entry: the page's metadata and its JSON-LD both ask.
 */
export function entryDescription(entry: Entry): string {
  return entry.description ?? openingDescription(entry);
}

const openingDescription = storedByEntry('description', (entry: Entry): string => plainExcerpt(entry.excerptSource ?? entry.body, undefined, { math: entry.math }), decodeText);

export interface ListPage {
  readonly page: number;
  readonly pageCount: number;
  readonly entries: readonly Entry[];
}

/** The journal's old addresses (lib/content/aliases.ts), under the site's old patterns from settings. */
export const journalOldAddresses = memoBySite((site: Site, journal: Journal): OldAddresses => oldAddresses(journal, site.settings.oldPermalinks));

/** The home page's order: pinned entries (`sticky`, `top`) first, each group newest first. */
const homeOrder = memoByObject((journal: Journal): readonly Entry[] => [
  ...journal.entries.filter((e) => e.pinned),
  ...journal.entries.filter((e) => !e.pinned),
]);

/** Page `page` (from 1) of the home list, or undefined past the end. */
export function listPage(site: Site, journal: Journal, page: number): ListPage | undefined {
  const size = site.settings.entriesPerPage;
  const entries = homeOrder(journal);
  const pageCount = Math.max(1, Math.ceil(entries.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { page, pageCount, entries: entries.slice((page - 1) * size, page * size) };
}

/** Problems of the entry that would live at `slug` (by file name, or the slug it claims), for the preview's error page. */
export function problemsForSlug(journal: Journal, slug: string): readonly ContentProblem[] {
  return journal.problems.filter((p) => defaultSlug(p.file) === slug || p.slug === slug);
}

/** What a list shows of an entry. */
export interface EntryCardData {
  readonly entry: Entry;
  readonly status: EntryStatus;
  readonly excerpt: string;
  readonly reading: ReadingStats;
  readonly cover: Picture | null;
}

export function entryCards(site: Site, journal: Journal, entries: readonly Entry[]): EntryCardData[] {
  return entries.map((entry) => ({ entry, status: journal.status(entry), excerpt: excerptHtml(site, entry), reading: entryReading(entry), cover: coverPicture(site, entry) }));
}
