import { drawnIcon } from '@/lib/publish/site-icon';
import { current } from '@/app/_lib/current';

export const dynamic = 'force-static';

/** The icon drawn from the site's title (lib/publish/site-icon.ts); a settings `icon` replaces it in the page's links. */
export function GET() {
  const { settings } = current().site;
  return new Response(drawnIcon(settings.title), { headers: { 'Content-Type': 'image/svg+xml', 'X-Content-Type-Options': 'nosniff' } });
}
