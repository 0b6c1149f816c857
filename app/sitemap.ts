import type { MetadataRoute } from 'next';
import { getJournal, listPage } from '@/lib/content';
import { sitemapEntries } from '@/lib/publish/sitemap';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const journal = getJournal();
  return sitemapEntries(journal, listPage(journal, 1)?.pageCount ?? 1);
}
