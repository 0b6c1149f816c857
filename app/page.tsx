import { EntryList } from '@/components/entry-list';
import { Pagination } from '@/components/pagination';
import { entryCards, listPage, sitePictures } from '@/lib/content';
import { pageMetadata } from '@/lib/publish/metadata';
import { AuthorCard } from '@/components/author-card';
import { homePath } from '@/lib/site/urls';
import { current } from '@/app/_lib/current';

export function generateMetadata() {
  return pageMetadata(current().site, { path: homePath });
}

export default function HomePage() {
  const { site, journal } = current();
  const { settings } = site;
  const page = listPage(site, journal, 1);
  if (!page) return null;
  return (
    <>
      <h1 className="visually-hidden">{settings.title}</h1>
      <AuthorCard author={settings.author} avatar={sitePictures(site).avatar} social={settings.social} as="h2" />
      <EntryList cards={entryCards(site, journal, page.entries)} />
      <Pagination page={page.page} pageCount={page.pageCount} />
    </>
  );
}
