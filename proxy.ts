import { NextResponse, type NextRequest } from 'next/server';
import { journalConfig } from './lib/config/config';
import { previewRefusal } from './lib/config/preview-access';

/**
 * A guard in front of the routes: a path that is not valid
 * percent-encoding (`/tags/%ZZ`, `/posts/%E0%A4%A`) would make Next answer
 * 500 before any page code runs; it gets the site's 404 instead.
 * (Dot segments such as `/posts/..` are resolved by URL parsing before
 * this runs, as every web server does, and never reach a page.)
 */
export function proxy(request: NextRequest) {
  const config = journalConfig();
  if (config.devServer) {
    const refusal = previewRefusal(request.headers.get('host'), request.headers.get('origin'), config.previewHosts);
    if (refusal) return new NextResponse(refusal, { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL('/404', request.url), { status: 404 });
  }
}

/**
 * The guard runs only for paths it would turn away: those that are not
 * made of plain characters and escapes of well-formed UTF-8 (exactly what
 * decodeURIComponent accepts: no overlong forms, no surrogates, nothing
 * past U+10FFFF). Every other request is served without running it, which
 * nearly doubles the pages `next start` serves per second.
 *
 * Next reads the matcher without running this file, so it must be one
 * literal; proxy.test.ts rebuilds it from its parts and checks it against
 * decodeURIComponent.
 */
export const config = {
  matcher: [
    '/((?!(?:[^%]|%[0-7][0-9A-Fa-f]|%(?:[Cc][2-9A-Fa-f]|[Dd][0-9A-Fa-f])%[89ABab][0-9A-Fa-f]|%[Ee]0%[ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Ee][1-9A-Ca-cEFef]%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Ee][Dd]%[89][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Ff]0%(?:9|[ABab])[0-9A-Fa-f]%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Ff][1-3]%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Ff]4%8[0-9A-Fa-f]%[89ABab][0-9A-Fa-f]%[89ABab][0-9A-Fa-f])*$).*)',
    // The preview's guard against DNS rebinding (lib/config/preview-access.ts): requests whose Host is
    // not a loopback name, and requests that carry an Origin. A published server lets them through.
    { source: '/:path*', missing: [{ type: 'header', key: 'host', value: '(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::\\d+)?' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'origin' }] },
  ],
};
