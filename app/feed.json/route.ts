import { journalFeed, jsonFeed } from '@/lib/publish/feeds';
import { current } from '@/app/_lib/current';

export const dynamic = 'force-static';

export function GET() {
  return new Response(jsonFeed(journalFeed(current().site, current().journal)), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
