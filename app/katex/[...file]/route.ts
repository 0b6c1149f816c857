import { assetResponse, katexAsset, katexPaths } from '@/lib/publish/assets';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Context = { params: Promise<{ file: string[] }> };

export function generateStaticParams() {
  return katexPaths().map((p) => ({ file: p.split('/') }));
}

export async function GET(_request: Request, { params }: Context) {
  return assetResponse(katexAsset((await params).file.join('/')), 'library');
}
