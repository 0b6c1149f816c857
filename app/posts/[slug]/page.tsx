import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentProblems } from '@/components/content-problems';
import { EntryArticle } from '@/components/entry-article';
import { AuthorCard } from '@/components/author-card';
import { Comments } from '@/components/comments';
import { coverPicture, entryDescription, entryReading, mentionsOf, problemsForSlug, renderedEntry, sitePictures } from '@/lib/content';
import { HtmlContent } from '@/components/html-content';
import { blogPostingJsonLd, pageMetadata } from '@/lib/publish/metadata';
import { atLeastOne, decodeParam } from '@/app/_lib/params';
import { entryPath } from '@/lib/site/urls';
import { movedEntry, movedSegments, movedTo } from '@/app/_lib/moved';
import { current } from '@/app/_lib/current';

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  const { journal } = current();
  // Old addresses under /posts/ (a renamed entry's former slug), which the preview answers here.
  const old = movedSegments('posts').map((segments) => segments[1] ?? '');
  return atLeastOne([...journal.entries.map((entry) => entry.slug), ...old]).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = decodeParam((await params).slug);
  const { site, journal } = current();
  const entry = slug === undefined ? undefined : journal.entry(slug);
  if (!entry) return {};
  return pageMetadata(site, { title: entry.title, description: entryDescription(entry), path: entryPath(entry.slug), entry });
}

export default async function EntryPage({ params }: Props) {
  const slug = decodeParam((await params).slug);
  const { site, journal } = current();
  const { t, settings } = site;
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
      <HtmlContent jsonLd={blogPostingJsonLd(site, entry, entryDescription(entry), entryPath(entry.slug))} />
      <EntryArticle
        entry={entry}
        status={journal.status(entry)}
        rendered={renderedEntry(site, entry)}
        reading={entryReading(entry)}
        {...journal.neighbours(entry)}
        related={journal.related(entry)}
        mentions={mentionsOf(journal, entry)}
        cover={coverPicture(site, entry)}
        license={settings.license}
        author={<AuthorCard author={settings.author} avatar={sitePictures(site).avatar} social={settings.social} as="p" />}
        comments={
          settings.comments && entry.comments && !journal.preview ? (
            <Comments settings={settings.comments} path={entryPath(entry.slug)} language={settings.language} heading={t.comments} waiting={t.commentsLoading} />
          ) : null
        }
      />
    </>
  );
}
