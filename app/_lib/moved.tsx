import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { MovedNotice } from '@/components/moved-notice';
import { getJournal, journalOldAddresses, pathOfSegments, type Entry } from '@/lib/content';
import { journalConfig } from '@/lib/config/config';
import { absoluteUrl, entryPath } from '@/lib/config/urls';

/**
 * An old address of an entry (lib/content/aliases.ts), answered the same
 * wherever its route is: a 308 under `next start`, a page that refreshes to
 * the entry in a static export, with the entry as canonical and no index.
 */
/** The entry an old address leads to, by its decoded path segments. */
export function movedEntry(segments: readonly string[]): Entry | undefined {
  return journalOldAddresses(getJournal()).byPath.get(pathOfSegments(segments));
}

export function movedMetadata(entry: Entry): Metadata {
  return { title: entry.title, alternates: { canonical: absoluteUrl(entryPath(entry.slug)) }, robots: { index: false } };
}

/** Called in the page itself, not rendered below it: the redirect is thrown before anything is rendered. */
export function movedTo(entry: Entry) {
  if (!journalConfig().staticExport) permanentRedirect(entryPath(entry.slug));
  return <MovedNotice entry={entry} />;
}
