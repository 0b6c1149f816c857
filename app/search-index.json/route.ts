import { getJournal } from '@/lib/content';
import { searchIndexJson } from '@/lib/search/build';

// Built with the site from visible entries only; fetched when a reader starts searching.
export const dynamic = 'force-static';

export function GET() {
  return new Response(searchIndexJson(getJournal()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
