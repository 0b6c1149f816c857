import { assetResponse } from '@/lib/publish/assets';
import { siteFileAt, siteFiles } from '@/lib/publish/site-files';
import { current } from '@/app/_lib/current';

/**
 * The old site's own files (lib/publish/site-files.ts). Under `next start`
 * next.config.ts rewrites an address no page answers to here, so
 * `/code/demo.html` is served at the root; a static export gets the files
 * copied into it instead (scripts/finish-export.ts).
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

type Context = { params: Promise<{ path: string[] }> };

export function generateStaticParams() {
  const { site, journal } = current();
  const files = site.staticExport ? [] : siteFiles(site, journal);
  return files.length > 0 ? files.map((f) => ({ path: f.path.split('/') })) : [{ path: ['-'] }];
}

export async function GET(_request: Request, { params }: Context) {
  // Decoded in lib (siteFileAt): the rewrite that leads here has decoded the address once already.
  const { site, journal } = current();
  return assetResponse(siteFileAt(site, journal, (await params).path), 'site-file');
}
