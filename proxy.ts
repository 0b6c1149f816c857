import { NextResponse, type NextRequest } from 'next/server';
import { currentSite } from './lib/site/site';
import { previewRefusal } from './lib/site/preview-access';

/**
 * The preview's guard against DNS rebinding (lib/site/preview-access.ts):
 * `next dev` answers only requests addressed to the machine itself, and
 * none that another origin sends. A published server lets everything
 * through. (Malformed percent-encoding is rewritten to the 404 page by
 * next.config.ts, before this runs.)
 */
export function proxy(request: NextRequest) {
  const config = currentSite();
  if (config.devServer) {
    const refusal = previewRefusal(request.headers.get('host'), request.headers.get('origin'), config.previewHosts);
    if (refusal) return new NextResponse(refusal, { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return NextResponse.next();
}

/**
 * The guard runs only for requests it might turn away: those whose Host is
 * not a loopback name, and those that carry an Origin. Every other request
 * is served without running it, which nearly doubles the pages
 * `next start` serves per second. Next reads the matcher without running
 * this file, so it must be literal; proxy.test.ts checks the loopback
 * pattern against the preview's own rule.
 */
export const config = {
  matcher: [
    { source: '/:path*', missing: [{ type: 'header', key: 'host', value: '(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::\\d+)?' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'origin' }] },
  ],
};
