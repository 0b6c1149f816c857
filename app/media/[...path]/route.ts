import { assetResponse, mediaAsset, mediaPaths } from '@/lib/publish/assets';
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
  const { site, journal } = current();
  return assetResponse(parts.every((p) => p !== undefined) ? mediaAsset(site, journal, parts.join('/')) : undefined, 'media');
}
