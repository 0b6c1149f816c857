import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentProblems } from '@/components/content-problems';
import { EntryArticle } from '@/components/entry-article';
import { entryDescription, entryReading, getJournal, problemsForSlug, renderedEntry } from '@/lib/content';
import { HtmlContent } from '@/components/html-content';
import { t } from '@/lib/config/i18n';
import { blogPostingJsonLd, pageMetadata } from '@/lib/publish/metadata';
import { atLeastOne, decodeParam } from '@/app/_lib/params';
import { entryPath } from '@/lib/config/urls';

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return atLeastOne(getJournal().entries.map((entry) => entry.slug)).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = decodeParam((await params).slug);
  const entry = slug === undefined ? undefined : getJournal().entry(slug);
  if (!entry) return {};
  return pageMetadata({ title: entry.title, description: entryDescription(entry), path: entryPath(entry.slug), entry });
}

export default async function EntryPage({ params }: Props) {
  const slug = decodeParam((await params).slug);
  const journal = getJournal();
  const entry = slug === undefined ? undefined : journal.entry(slug);
  if (!entry) {
    // The preview shows why an entry that should be here is not.
    const problems = slug !== undefined && journal.preview ? problemsForSlug(journal, slug) : [];
    if (problems.length === 0) notFound();
    return <ContentProblems problems={problems} title={t.problemEntryTitle} />;
  }
  return (
    <>
      <HtmlContent jsonLd={blogPostingJsonLd(entry, entryDescription(entry), entryPath(entry.slug))} />
      <EntryArticle
        entry={entry}
        status={journal.status(entry)}
        rendered={renderedEntry(entry)}
        reading={entryReading(entry)}
        {...journal.neighbours(entry)}
        related={journal.related(entry)}
      />
    </>
  );
}
