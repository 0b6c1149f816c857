import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { MovedNotice } from '@/components/moved-notice';
import { journalOldAddresses, pathOfSegments, type Entry } from '@/lib/content';
import { entryPath } from '@/lib/site/urls';
import { current } from './current';

/**
 * An old address of an entry (lib/content/aliases.ts), answered the same
 * wherever its route is: a 308 under `next start`, a page that refreshes to
 * the entry in a static export, with the entry as canonical and no index.
 */
/** The entry an old address leads to, by its decoded path segments. */
export function movedEntry(segments: readonly string[]): Entry | undefined {
  const { site, journal } = current();
  return journalOldAddresses(site, journal).byPath.get(pathOfSegments(segments));
}

export function movedMetadata(entry: Entry): Metadata {
  const { site } = current();
  return { title: entry.title, alternates: { canonical: site.absoluteUrl(entryPath(entry.slug)) }, robots: { index: false } };
}

/** Called in the page itself, not rendered below it: the redirect is thrown before anything is rendered. */
export function movedTo(entry: Entry) {
  if (!current().site.staticExport) permanentRedirect(entryPath(entry.slug));
  return <MovedNotice entry={entry} />;
}
