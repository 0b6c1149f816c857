import { MEDIA_HEADERS, mediaAsset, mediaPaths } from '@/lib/publish/assets';
import { atLeastOne, decodeParam } from '@/app/_lib/params';
import { current } from '@/app/_lib/current';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Context = { params: Promise<{ path: string[] }> };

export function generateStaticParams() {
  return atLeastOne(mediaPaths(current().site, current().journal)).map((p) => ({ path: p.split('/') }));
}

export async function GET(_request: Request, { params }: Context) {
  const parts = (await params).path.map(decodeParam);
  const file = parts.every((p) => p !== undefined) ? mediaAsset(current().site, current().journal, parts.join('/')) : undefined;
  if (!file) return new Response('Not found', { status: 404 });
  // An image opened on its own is sandboxed: an SVG can run nothing on the site's origin.
  return new Response(new Uint8Array(file.body), { headers: { 'Content-Type': file.type, ...MEDIA_HEADERS } });
}
