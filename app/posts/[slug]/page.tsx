import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentProblems } from '@/components/content-problems';
import { EntryArticle } from '@/components/entry-article';
import { AuthorCard } from '@/components/author-card';
import { Comments } from '@/components/comments';
import { journalConfig, site } from '@/lib/config/config';
import { coverPicture, entryDescription, entryReading, getJournal, journalOldAddresses, problemsForSlug, renderedEntry, sitePictures } from '@/lib/content';
import { HtmlContent } from '@/components/html-content';
import { t } from '@/lib/config/i18n';
import { blogPostingJsonLd, pageMetadata } from '@/lib/publish/metadata';
import { atLeastOne, decodeParam } from '@/app/_lib/params';
import { entryPath } from '@/lib/config/urls';
import { movedEntry, movedMetadata, movedTo } from '@/app/_lib/moved';

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
    const moved = slug === undefined ? undefined : movedEntry(['posts', slug]);
    return moved ? movedMetadata(moved) : {};
  }
  return pageMetadata({ title: entry.title, description: entryDescription(entry), path: entryPath(entry.slug), entry });
}

export default async function EntryPage({ params }: Props) {
  const slug = decodeParam((await params).slug);
  const journal = getJournal();
  const entry = slug === undefined ? undefined : journal.entry(slug);
  if (!entry) {
    const moved = slug === undefined ? undefined : movedEntry(['posts', slug]);
    if (moved) return movedTo(moved);
    // The preview shows why an entry that should be here is not.
    const problems = slug !== undefined && journal.preview ? problemsForSlug(journal, slug) : [];
    if (problems.length === 0) notFound();
    return <ContentProblems problems={problems} title={t.problemEntryTitle} scope="entry" />;
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
        cover={coverPicture(entry)}
        license={site.license}
        author={<AuthorCard author={site.author} avatar={sitePictures(journalConfig()).avatar} social={site.social} as="p" />}
        comments={
          site.comments && entry.comments && !journal.preview ? (
            <Comments settings={site.comments} path={entryPath(entry.slug)} language={site.language} heading={t.comments} waiting={t.commentsLoading} />
          ) : null
        }
      />
    </>
  );
}
