import type { MetadataRoute } from 'next';
import { listPage } from '@/lib/content';
import { sitemapEntries } from '@/lib/publish/sitemap';
import { current } from '@/app/_lib/current';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const { site, journal } = current();
  return sitemapEntries(site, journal, listPage(site, journal, 1)?.pageCount ?? 1);
}
