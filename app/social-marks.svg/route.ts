import { socialMarksSprite } from '@/lib/publish/social-marks';
import { current } from '@/app/_lib/current';

export const dynamic = 'force-static';

/** The marks of the author's social links, one symbol each, drawn by components/social-links.tsx with `<use>`. */
export function GET() {
  const { settings } = current().site;
  return new Response(socialMarksSprite(settings.social), { headers: { 'Content-Type': 'image/svg+xml', 'X-Content-Type-Options': 'nosniff' } });
}
