import { memoByObject } from '../memo';
import { entryLinkTargets } from '../markdown/engines';
import { proseLines } from '../markdown/lines';
import type { Entry } from './entry';
import { linkTable } from './entry-links';
import { bodyFindings } from './findings';
import type { Journal } from './journal';

/**
 * Which entries mention which: for each entry, the published entries that
 * link to it, newest first — by `[[name]]` or `![[name]]`, a link to its
 * file (`other.md`), another engine's link tag (`{% post_link %}`,
 * `{{< ref >}}`, `{% post_url %}`) or a Markdown link to its address
 * (`/posts/slug/`, also written with the site's origin). Only published
 * entries mention: a draft, a locked or a private note never appears,
 * in the preview either.
 */

/** A Markdown link's address that is an entry's page: `](/posts/slug/)`, `](https://site/posts/slug/#part)`. */
const ADDRESS = /\]\((?:https?:\/\/[^/\s)]+)?(?:\/[^\s)]*?)?\/posts\/([^/\s)#?]+)\/?(?:[#?][^\s)]*)?\)/g;

function slugOf(written: string): string | null {
  try {
    return decodeURIComponent(written).normalize('NFC');
  } catch {
    return null;
  }
}

export const mentions = memoByObject((journal: Journal): ReadonlyMap<Entry, readonly Entry[]> => {
  const table = linkTable(journal);
  const found = new Map<Entry, Entry[]>();
  for (const source of journal.entries) {
    if (journal.status(source) !== 'published') continue;
    const targets = new Set<Entry>();
    for (const link of bodyFindings(source).links) {
      const target = table.resolve(link.target)?.entry;
      if (target) targets.add(target);
    }
    for (const link of entryLinkTargets(source.body)) {
      const target = journal.entry(link.slug);
      if (target) targets.add(target);
    }
    if (source.body.includes('/posts/')) {
      for (const { text } of proseLines(source.body)) {
        for (const m of text.matchAll(ADDRESS)) {
          const slug = slugOf(m[1] ?? '');
          const target = slug === null ? undefined : journal.entry(slug);
          if (target) targets.add(target);
        }
      }
    }
    targets.delete(source);
    for (const target of targets) found.set(target, [...(found.get(target) ?? []), source]);
  }
  return found;
});

/** The published entries that mention `entry`, newest first (the journal's own order). */
export function mentionsOf(journal: Journal, entry: Entry): readonly Entry[] {
  return mentions(journal).get(entry) ?? [];
}
