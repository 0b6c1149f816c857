import type { MetadataRoute } from 'next';
import { current } from '@/app/_lib/current';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  const { site, journal } = current();
  // A preview with drafts is private: no search engine should index it.
  if (journal.preview) return { rules: { userAgent: '*', disallow: '/' } };
  return { rules: { userAgent: '*', allow: '/' }, sitemap: site.absoluteUrl('/sitemap.xml') };
}
