import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/page-heading';
import { TermEntries } from '@/components/term-entries';
import { TermIndex } from '@/components/term-index';
import { termFeedPath, termIndexPath, termPath } from '@/lib/site/urls';
import { type Term, type TermKind } from '@/lib/content';
import { pageMetadata } from '@/lib/publish/metadata';
import { byYearAndMonth } from '@/lib/views/timeline';
import { atLeastOne, decodeParam } from './params';
import { current } from './current';
import type { Strings } from '@/lib/site/i18n';

/**
 * The tag and category routes, written once: `/tags/` and `/categories/`
 * list the terms of visible entries; `/tags/[tag]/` and
 * `/categories/[category]/` list one term's entries.
 */

/** The term a route parameter names: one segment for a tag, one per level for a category. */
function findTerm(kind: TermKind, raw: string | readonly string[] | undefined): Term | undefined {
  const parts = (typeof raw === 'string' ? [raw] : (raw ?? [])).map(decodeParam);
  if (parts.length === 0 || !parts.every((p): p is string => p !== undefined)) return undefined;
  return current().journal.term(kind, parts.join('/'));
}

function termHeading(kind: TermKind, term: Term): string {
  const { t } = current().site;
  return kind === 'tags' ? t.taggedWith(term.name) : t.inCategory(term.name);
}

/**
 * The route of one term's page; `param` is the name of its dynamic segment,
 * a catch-all for categories (`[...category]`), whose pages nest.
 */
export function termRoute(kind: TermKind, param: string) {
  type Props = { params: Promise<Record<string, string | string[]>> };
  return {
    generateStaticParams(): Record<string, string | string[]>[] {
      const slugs = atLeastOne(current().journal.terms(kind).map((term) => term.slug));
      return slugs.map((slug) => ({ [param]: kind === 'categories' ? slug.split('/') : slug }));
    },
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const term = findTerm(kind, (await params)[param]);
      if (!term) return {};
      const { site } = current();
      return pageMetadata(site, {
        title: termHeading(kind, term),
        description: `${termHeading(kind, term)} · ${site.t.entriesCount(term.entries.length)}`,
        path: termPath(kind, term.slug),
        feeds: { title: termHeading(kind, term), rss: termFeedPath(kind, term.slug, 'rss'), atom: termFeedPath(kind, term.slug, 'atom') },
      });
    },
    async Page({ params }: Props) {
      const term = findTerm(kind, (await params)[param]);
      if (!term) notFound();
      return <TermEntries heading={termHeading(kind, term)} years={byYearAndMonth(term.entries)} journal={current().journal} />;
    },
  };
}

/** The route of a term index: every term with its count. */
export function termIndexRoute(kind: TermKind) {
  const titleOf = (t: Strings) => (kind === 'tags' ? t.tags : t.categories);
  return {
    generateMetadata: () => {
      const { site } = current();
      return pageMetadata(site, { title: titleOf(site.t), path: termIndexPath(kind) });
    },
    Page() {
      const { site, journal } = current();
      const { t } = site;
      const title = titleOf(t);
      const terms = journal.terms(kind);
      return (
        <>
          <PageHeading title={title} note={t.termCount(terms.length, kind)} />
          <TermIndex kind={kind} terms={terms} />
        </>
      );
    },
  };
}
