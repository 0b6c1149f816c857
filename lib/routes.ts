import type { Metadata } from 'next';
import { getJournal, type Term, type TermKind } from './content';
import { t } from './i18n';
import { pageMetadata } from './metadata';
import { decodeParam } from './terms';
import { termPath } from './urls';
import { byYearAndMonth, type YearEntries } from './views';

/**
 * What the tag and category routes share: static params from visible
 * entries, and the lookup of a percent-encoded parameter (decoded once).
 */

export function termSlugs(kind: TermKind): string[] {
  return atLeastOne(
    getJournal()
      .terms(kind)
      .map((term) => term.slug),
  );
}

/**
 * A static export needs at least one parameter for every dynamic route; an
 * empty list gets one that matches nothing and so renders the 404 page.
 */
export function atLeastOne(values: string[]): string[] {
  return values.length > 0 ? values : ['-'];
}

export function findTerm(kind: TermKind, raw: string): Term | undefined {
  const slug = decodeParam(raw);
  return slug === undefined ? undefined : getJournal().term(kind, slug);
}

export function termHeading(kind: TermKind, term: Term): string {
  return kind === 'tags' ? t.taggedWith(term.name) : t.inCategory(term.name);
}

export function termMetadata(kind: TermKind, raw: string): Metadata {
  const term = findTerm(kind, raw);
  if (!term) return {};
  return pageMetadata({
    title: termHeading(kind, term),
    description: `${termHeading(kind, term)} · ${t.entriesCount(term.entries.length)}`,
    path: termPath(kind, term.slug),
  });
}

/** A term's entries by year and month, for its page. */
export function termYears(term: Term): YearEntries[] {
  return byYearAndMonth(term.entries);
}
