import { getJournal } from '@/lib/content';
import { rssFeed } from '@/lib/publish/feeds';

export const dynamic = 'force-static';

export function GET() {
  return new Response(rssFeed(getJournal()), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
