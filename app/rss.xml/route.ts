import { getJournal } from '@/lib/content';
import { journalFeed, rssFeed } from '@/lib/publish/feeds';

export const dynamic = 'force-static';

export function GET() {
  return new Response(rssFeed(journalFeed(getJournal())), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
