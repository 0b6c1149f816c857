import { permanentRedirect } from 'next/navigation';
import { journalOldAddresses, pathOfSegments, type Entry } from '@/lib/content';
import { entryPath } from '@/lib/site/urls';
import { current } from './current';

/**
 * An old address of an entry (lib/content/aliases.ts) in the preview, which
 * answers them live: a 308 to the entry. A build answers them without a
 * page — from Next's configuration under `next start`, with a small file in
 * a static export (lib/publish/redirects.ts).
 */
/** The entry an old address leads to, by its decoded path segments. */
export function movedEntry(segments: readonly string[]): Entry | undefined {
  const { site, journal } = current();
  return journalOldAddresses(site, journal).byPath.get(pathOfSegments(segments));
}

/** Called in the page itself, not rendered below it: the redirect is thrown before anything is rendered. */
export function movedTo(entry: Entry): never {
  permanentRedirect(entryPath(entry.slug));
}
