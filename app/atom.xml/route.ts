import { atomFeed, journalFeed } from '@/lib/publish/feeds';
import { current } from '@/app/_lib/current';

export const dynamic = 'force-static';

export function GET() {
  return new Response(atomFeed(journalFeed(current().site, current().journal)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
