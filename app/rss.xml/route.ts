import { journalFeed, rssFeed } from '@/lib/publish/feeds';
import { current } from '@/app/_lib/current';

export const dynamic = 'force-static';

export function GET() {
  return new Response(rssFeed(journalFeed(current().site, current().journal)), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
