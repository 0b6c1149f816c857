import { getJournal } from '@/lib/content';
import { atomFeed, journalFeed } from '@/lib/publish/feeds';

export const dynamic = 'force-static';

export function GET() {
  return new Response(atomFeed(journalFeed(getJournal())), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
