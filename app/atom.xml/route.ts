import { getJournal } from '@/lib/content';
import { atomFeed } from '@/lib/publish/feeds';

export const dynamic = 'force-static';

export function GET() {
  return new Response(atomFeed(getJournal()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
