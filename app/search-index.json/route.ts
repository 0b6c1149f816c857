
import { searchIndexJson } from '@/lib/search/build';
import { current } from '@/app/_lib/current';

// Built with the site from visible entries only; fetched when a reader starts searching.
export const dynamic = 'force-static';

export function GET() {
  return new Response(searchIndexJson(current().journal), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
