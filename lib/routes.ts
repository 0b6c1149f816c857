import type { Metadata } from 'next';
import { entryCards, getJournal, type EntryCardData, type Term, type TermKind } from './content';
import { t } from './i18n';
import { decodeParam } from './terms';
import { termPath } from './urls';

/**
 * What the tag and category routes share: static params from visible
 * entries, and the lookup of a percent-encoded parameter (decoded once).
 */

export function termSlugs(kind: TermKind): string[] {
  return getJournal()
    .terms(kind)
    .map((term) => term.slug);
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
  return {
    title: termHeading(kind, term),
    description: `${termHeading(kind, term)} · ${t.entriesCount(term.entries.length)}`,
    alternates: { canonical: termPath(kind, term.slug) },
  };
}

export function termCards(term: Term): EntryCardData[] {
  return entryCards(getJournal(), term.entries);
}
