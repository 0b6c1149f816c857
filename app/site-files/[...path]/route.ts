import { journalConfig } from '@/lib/config/config';
import { siteFileAt, siteFiles } from '@/lib/publish/site-files';

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
  const files = journalConfig().staticExport ? [] : siteFiles();
  return files.length > 0 ? files.map((f) => ({ path: f.path.split('/') })) : [{ path: ['-'] }];
}

export async function GET(_request: Request, { params }: Context) {
  // Decoded in lib (siteFileAt): the rewrite that leads here has decoded the address once already.
  const file = siteFileAt((await params).path);
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(file.body), { headers: { 'Content-Type': file.type, 'X-Content-Type-Options': 'nosniff' } });
}
