import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryList } from '@/components/entry-list';
import { Pagination } from '@/components/pagination';
import { entryCards, listPage } from '@/lib/content';
import { pageMetadata } from '@/lib/publish/metadata';
import { atLeastOne, matchParam } from '@/app/_lib/params';
import { listPagePath } from '@/lib/site/urls';
import { current } from '@/app/_lib/current';

export const dynamicParams = false;

type Props = { params: Promise<{ n: string }> };

/** Page numbers are plain digits without leading zeros; `/page/1` is the home page. */
function pageNumber(raw: string): number | undefined {
  const text = matchParam(raw, /^[1-9]\d*$/);
  return text === undefined ? undefined : Number(text);
}

export function generateStaticParams() {
  const { site, journal } = current();
  const first = listPage(site, journal, 1);
  const count = first?.pageCount ?? 1;
  // Page 1 is the home page; `1` alone stands in when there is no second page.
  return atLeastOne(Array.from({ length: count - 1 }, (_, i) => String(i + 2))).map((n) => ({ n }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const n = pageNumber((await params).n);
  const { site, journal } = current();
  const page = n === undefined ? undefined : listPage(site, journal, n);
  if (!page) return {};
  return pageMetadata(site, { title: site.t.pageOf(page.page, page.pageCount), path: listPagePath(page.page) });
}

export default async function ListPage({ params }: Props) {
  const n = pageNumber((await params).n);
  const { site, journal } = current();
  const { t } = site;
  const page = n === undefined || n === 1 ? undefined : listPage(site, journal, n);
  if (!page) notFound();
  return (
    <>
      <h1 className="visually-hidden">{t.pageOf(page.page, page.pageCount)}</h1>
      <EntryList cards={entryCards(site, journal, page.entries)} />
      <Pagination page={page.page} pageCount={page.pageCount} />
    </>
  );
}
