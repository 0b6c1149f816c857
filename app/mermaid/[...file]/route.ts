import { atLeastOne } from '@/app/_lib/params';
import { mermaidAsset, mermaidPaths } from '@/lib/publish/assets';
import { current } from '@/app/_lib/current';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Context = { params: Promise<{ file: string[] }> };

/** Mermaid's browser build, for entries with diagrams (components/mermaid-diagrams.tsx loads it). */
export function generateStaticParams() {
  return atLeastOne(mermaidPaths(current().journal)).map((p) => ({ file: p.split('/') }));
}

export async function GET(_request: Request, { params }: Context) {
  const file = mermaidAsset(current().journal, (await params).file.join('/'));
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(file.body), {
    headers: { 'Content-Type': file.type, 'Cache-Control': 'public, max-age=31536000, immutable', 'X-Content-Type-Options': 'nosniff' },
  });
}
