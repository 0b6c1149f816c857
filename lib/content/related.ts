import { termSlugOf } from '../text/names';
import type { Entry } from './entry';
import type { TermKind } from '../site/urls';

/**
 * Related entries, ranked through the term indexes: 2 for each tag an entry
 * shares, 1 for sharing a category; ties go to the newer. The best are kept
 * in one pass, with no scan of every entry and no sort of every candidate.
 */
export function relatedEntries(
  entries: readonly Entry[],
  terms: Readonly<Record<TermKind, ReadonlyMap<string, { readonly entries: readonly Entry[] }>>>,
): (entry: Entry, limit?: number) => readonly Entry[] {
  const position = new Map(entries.map((e, i) => [e, i]));
  const tagSlugs = new Map(entries.map((e) => [e, new Set(e.tags.map((n) => termSlugOf('tags', n)))]));
  const categorySlugs = new Map(entries.map((e) => [e, new Set(e.categories.map((n) => termSlugOf('categories', n)))]));
  return (entry, limit = 3) => {
    const scores = new Map<Entry, number>();
    for (const slug of tagSlugs.get(entry) ?? []) {
      for (const e of terms.tags.get(slug)?.entries ?? []) scores.set(e, (scores.get(e) ?? 0) + 2);
    }
    const sameCategory = new Set<Entry>();
    for (const slug of categorySlugs.get(entry) ?? []) {
      for (const e of terms.categories.get(slug)?.entries ?? []) sameCategory.add(e);
    }
    for (const e of sameCategory) scores.set(e, (scores.get(e) ?? 0) + 1);
    scores.delete(entry);
    const before = (a: Entry, sa: number, b: Entry, sb: number) => sa > sb || (sa === sb && (position.get(a) ?? 0) < (position.get(b) ?? 0));
    const best: { e: Entry; s: number }[] = [];
    for (const [e, s] of scores) {
      const last = best.at(-1);
      if (best.length >= limit && last && !before(e, s, last.e, last.s)) continue;
      let i = best.length;
      while (i > 0 && before(e, s, best[i - 1]?.e ?? e, best[i - 1]?.s ?? s)) i -= 1;
      best.splice(i, 0, { e, s });
      if (best.length > limit) best.pop();
    }
    return best.map(({ e }) => e);
  };
}
