import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ContentProblems } from '@/components/content-problems';
import { MovedNotice } from '@/components/moved-notice';
import { journalConfig } from '@/lib/config/config';
import { EntryArticle } from '@/components/entry-article';
import { entryDescription, entryReading, getJournal, journalOldAddresses, pathOfSegments, problemsForSlug, renderedEntry } from '@/lib/content';
import { HtmlContent } from '@/components/html-content';
import { t } from '@/lib/config/i18n';
import { blogPostingJsonLd, pageMetadata } from '@/lib/publish/metadata';
import { atLeastOne, decodeParam } from '@/app/_lib/params';
import { absoluteUrl, entryPath } from '@/lib/config/urls';

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  const journal = getJournal();
  // Old addresses under /posts/ (a renamed entry's former slug) are served here too, as redirects.
  const old = journalOldAddresses(journal).addresses.filter((a) => a.segments[0] === 'posts').map((a) => a.segments[1] ?? '');
  return atLeastOne([...journal.entries.map((entry) => entry.slug), ...old]).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = decodeParam((await params).slug);
  const journal = getJournal();
  const entry = slug === undefined ? undefined : journal.entry(slug);
  if (!entry) {
    // A former address of an entry names the entry as canonical and stays out of search engines.
    const moved = slug === undefined ? undefined : journalOldAddresses(journal).byPath.get(pathOfSegments(['posts', slug]));
    return moved ? { title: moved.title, alternates: { canonical: absoluteUrl(entryPath(moved.slug)) }, robots: { index: false } } : {};
  }
  return pageMetadata({ title: entry.title, description: entryDescription(entry), path: entryPath(entry.slug), entry });
}

export default async function EntryPage({ params }: Props) {
  const slug = decodeParam((await params).slug);
  const journal = getJournal();
  const entry = slug === undefined ? undefined : journal.entry(slug);
  if (!entry) {
    const moved = slug === undefined ? undefined : journalOldAddresses(journal).byPath.get(pathOfSegments(['posts', slug]));
    if (moved) {
      if (journalConfig().staticExport) return <MovedNotice entry={moved} />;
      permanentRedirect(entryPath(moved.slug));
    }
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
