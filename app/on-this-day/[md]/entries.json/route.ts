import { getJournal } from '@/lib/content';
import { atLeastOne, decodeParam } from '@/app/_lib/params';
import { entryPath, withBase } from '@/lib/config/urls';
import { entriesOnMonthDay, monthDaysWithEntries } from '@/lib/views/timeline';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Context = { params: Promise<{ md: string }> };

export function generateStaticParams() {
  return atLeastOne(monthDaysWithEntries(getJournal())).map((md) => ({ md }));
}

/** The entries written on one month-day in any year: what /on-this-day/ fetches for the reader's today. */
export async function GET(_request: Request, { params }: Context) {
  const md = decodeParam((await params).md) ?? '';
  const entries = entriesOnMonthDay(getJournal(), md).map((e) => ({ title: e.title, url: withBase(entryPath(e.slug)), day: e.date.day }));
  return Response.json(entries);
}
