import { atLeastOne } from '@/app/_lib/params';
import { assetResponse, mermaidAsset, mermaidPaths } from '@/lib/publish/assets';
import { current } from '@/app/_lib/current';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Context = { params: Promise<{ file: string[] }> };

/** Mermaid's browser build, for entries with diagrams (components/mermaid-diagrams.tsx loads it). */
export function generateStaticParams() {
  return atLeastOne(mermaidPaths(current().journal)).map((p) => ({ file: p.split('/') }));
}

export async function GET(_request: Request, { params }: Context) {
  return assetResponse(mermaidAsset(current().journal, (await params).file.join('/')), 'library');
}
