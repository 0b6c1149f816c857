import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { movedEntry, movedSegments, movedTo } from '@/app/_lib/moved';
import { ContentProblems } from '@/components/content-problems';
import { PageArticle } from '@/components/page-article';
import { pagePath } from '@/lib/site/urls';
import { entryDescription, problemsForSlug, renderedEntry, type Entry } from '@/lib/content';
import { pageMetadata } from '@/lib/publish/metadata';
import { decodeParam } from '@/app/_lib/params';
import { current } from '@/app/_lib/current';

/**
 * Addresses at the site's root that are not the journal's own: the pages
 * of the content folder (/about/), and old addresses (lib/content/aliases.ts),
 * each leading to its entry — in the preview; a build answers them without
 * a page (lib/publish/redirects.ts). Addresses under /posts/ are the entry
 * route's own.
 */
export const dynamicParams = false;

type Props = { params: Promise<{ address: string[] }> };

export function generateStaticParams() {
  const { journal } = current();
  const pages = journal.pages.map((p) => ({ address: [p.slug] }));
  const old = movedSegments('root').map((segments) => ({ address: [...segments] }));
  const all = [...pages, ...old];
  return all.length > 0 ? all : [{ address: ['-'] }];
}

type Found = { kind: 'page'; page: Entry } | { kind: 'moved'; entry: Entry } | { kind: 'none'; slug: string | undefined };

async function resolve(params: Props['params']): Promise<Found> {
  const segments = (await params).address.map(decodeParam);
  if (!segments.every((s): s is string => s !== undefined)) return { kind: 'none', slug: undefined };
  const [first] = segments;
  const page = segments.length === 1 && first !== undefined ? current().journal.page(first) : undefined;
  if (page) return { kind: 'page', page };
  const entry = movedEntry(segments);
  return entry ? { kind: 'moved', entry } : { kind: 'none', slug: segments.length === 1 ? first : undefined };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await resolve(params);
  if (found.kind === 'page') return pageMetadata(current().site, { title: found.page.title, description: entryDescription(found.page), path: pagePath(found.page.slug) });
  return {};
}

export default async function RootAddress({ params }: Props) {
  const found = await resolve(params);
  const { site, journal } = current();
  if (found.kind === 'page') return <PageArticle page={found.page} status={journal.status(found.page)} rendered={renderedEntry(site, found.page)} />;
  if (found.kind === 'moved') return movedTo(found.entry);
  // The preview shows why a page that should be here is not.
  const problems = found.slug !== undefined && journal.preview ? problemsForSlug(journal, found.slug) : [];
  if (problems.length === 0) notFound();
  return <ContentProblems problems={problems} title={site.t.problemEntryTitle} scope="entry" />;
}
