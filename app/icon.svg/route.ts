import { site } from '@/lib/config/config';
import { drawnIcon } from '@/lib/publish/icon';

export const dynamic = 'force-static';

/** The icon drawn from the site's title (lib/publish/icon.ts); a settings `icon` replaces it in the page's links. */
export function GET() {
  return new Response(drawnIcon(site.title), { headers: { 'Content-Type': 'image/svg+xml', 'X-Content-Type-Options': 'nosniff' } });
}
