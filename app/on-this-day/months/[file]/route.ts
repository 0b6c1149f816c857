import { atLeastOne, matchParam } from '@/app/_lib/params';
import { entryPath } from '@/lib/site/urls';
import { monthsOfOnThisDay, onThisDayMonth } from '@/lib/views/timeline';
import { current } from '@/app/_lib/current';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Context = { params: Promise<{ file: string }> };

export function generateStaticParams() {
  return atLeastOne(monthsOfOnThisDay(current().journal).map((mm) => `${mm}.json`)).map((file) => ({ file }));
}

/**
 * One month's entries by month-day, from every year (`{"12-27": [...]}`):
 * /on-this-day/ fetches the reader's month. Twelve files at most, not one per day.
 */
export async function GET(_request: Request, { params }: Context) {
  const { site, journal } = current();
  const mm = matchParam((await params).file, /^\d{2}\.json$/)?.slice(0, 2);
  if (mm === undefined) return new Response('Not found', { status: 404 });
  const days = Object.fromEntries(
    [...onThisDayMonth(journal, mm)].map(([md, entries]) => [md, entries.map((e) => ({ title: e.title, url: site.withBase(entryPath(e.slug)), day: e.date.day }))]),
  );
  return Response.json(days);
}
