import type { MetadataRoute } from 'next';
import { getJournal } from '@/lib/content';
import { absoluteUrl } from '@/lib/config/urls';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  // A preview with drafts is private: no search engine should index it.
  if (getJournal().preview) return { rules: { userAgent: '*', disallow: '/' } };
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl('/sitemap.xml') };
}
