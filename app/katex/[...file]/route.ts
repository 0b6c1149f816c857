import { katexAsset, katexPaths } from '@/lib/publish/assets';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Context = { params: Promise<{ file: string[] }> };

export function generateStaticParams() {
  return katexPaths().map((p) => ({ file: p.split('/') }));
}

export async function GET(_request: Request, { params }: Context) {
  const file = katexAsset((await params).file.join('/'));
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(file.body), {
    headers: { 'Content-Type': file.type, 'Cache-Control': 'public, max-age=31536000, immutable' },
  });
}
