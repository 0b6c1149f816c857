import { EntryList } from '@/components/entry-list';
import { Pagination } from '@/components/pagination';
import { entryCards, getJournal, listPage, sitePictures } from '@/lib/content';
import { pageMetadata } from '@/lib/publish/metadata';
import { journalConfig, site } from '@/lib/config/config';
import { AuthorCard } from '@/components/author-card';
import { homePath } from '@/lib/config/urls';

export const metadata = pageMetadata({ path: homePath });

export default function HomePage() {
  const journal = getJournal();
  const page = listPage(journal, 1);
  if (!page) return null;
  return (
    <>
      <h1 className="visually-hidden">{site.title}</h1>
      <AuthorCard author={site.author} avatar={sitePictures(journalConfig()).avatar} social={site.social} as="h2" />
      <EntryList cards={entryCards(journal, page.entries)} />
      <Pagination page={page.page} pageCount={page.pageCount} />
    </>
  );
}
