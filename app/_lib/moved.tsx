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

/**
 * The old addresses a route answers, as decoded segments: those starting with
 * `posts` (the entry route's) or the others (the root route's). None in a
 * build, where they are redirects of Next's configuration.
 */
export function movedSegments(under: 'posts' | 'root'): readonly (readonly string[])[] {
  const { site, journal } = current();
  if (!site.devServer) return [];
  return journalOldAddresses(site, journal).addresses.map((a) => a.segments).filter((segments) => (segments[0] === 'posts') === (under === 'posts'));
}

/** Called in the page itself, not rendered below it: the redirect is thrown before anything is rendered. */
export function movedTo(entry: Entry): never {
  permanentRedirect(entryPath(entry.slug));
}
