import { NextResponse, type NextRequest } from 'next/server';

/**
 * A guard in front of every route: a path that is not valid
 * percent-encoding (`/tags/%ZZ`, `/posts/%E0%A4%A`) would make Next answer
 * 500 before any page code runs; it gets the site's 404 instead.
 * (Dot segments such as `/posts/..` are resolved by URL parsing before
 * this runs, as every web server does, and never reach a page.)
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL('/404', request.url), { status: 404 });
  }
}
