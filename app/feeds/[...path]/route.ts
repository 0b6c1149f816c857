import { decodeParam } from '@/app/_lib/params';
import { type TermKind } from '@/lib/content';
import { atomFeed, rssFeed, termFeed } from '@/lib/publish/feeds';
import { current } from '@/app/_lib/current';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Context = { params: Promise<{ path: string[] }> };

const KINDS: readonly TermKind[] = ['tags', 'categories'];

/** Every tag's and category's RSS and Atom feed: /feeds/tags/<tag>/rss.xml, /feeds/categories/<a>/<b>/atom.xml. */
export function generateStaticParams() {
  const journal = current().journal;
  // Raw segments, as lib/site/urls.ts termFeedPath writes them encoded: Next encodes generated params.
  const paths = KINDS.flatMap((kind) => journal.terms(kind).flatMap((term) => ['rss.xml', 'atom.xml'].map((file) => [kind, ...term.slug.split('/'), file])));
  // A static export needs one parameter even without terms: one that matches nothing.
  return paths.length > 0 ? paths.map((path) => ({ path })) : [{ path: ['-'] }];
}

export async function GET(_request: Request, { params }: Context) {
  const parts = (await params).path.map(decodeParam);
  const [kind, ...rest] = parts;
  const file = rest.pop();
  const format = file === 'rss.xml' ? 'rss' : file === 'atom.xml' ? 'atom' : undefined;
  const termKind = KINDS.find((k) => k === kind);
  if (!termKind || !format || rest.length === 0 || !rest.every((p): p is string => p !== undefined)) return new Response('Not found', { status: 404 });
  const { site, journal } = current();
  const term = journal.term(termKind, rest.join('/'));
  if (!term) return new Response('Not found', { status: 404 });
  const source = termFeed(site, termKind, term);
  return format === 'rss'
    ? new Response(rssFeed(source), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
    : new Response(atomFeed(source), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
