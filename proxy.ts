import { NextResponse, type NextRequest } from 'next/server';

/**
 * A guard in front of every route: a path that is not valid percent-encoding
 * (`/tags/%ZZ`, `/posts/%E0%A4%A`) would make Next answer 500 before any
 * page code runs. It is answered with the site's 404 instead.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL('/404', request.url), { status: 404 });
  }
}
