import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryList } from '@/components/entry-list';
import { PageHeading } from '@/components/page-heading';
import { entryCards } from '@/lib/content';
import { pageMetadata } from '@/lib/publish/metadata';
import { atLeastOne, matchParam } from '@/app/_lib/params';
import { onThisDayDatePath } from '@/lib/site/urls';
import { entriesOnMonthDay, monthDaysWithEntries } from '@/lib/views/timeline';
import { current } from '@/app/_lib/current';

export const dynamicParams = false;

type Props = { params: Promise<{ md: string }> };

function findDay(raw: string) {
  const md = matchParam(raw, /^\d{2}-\d{2}$/);
  if (md === undefined) return undefined;
  const entries = entriesOnMonthDay(current().journal, md);
  return entries.length > 0 ? { md, entries } : undefined;
}

export function generateStaticParams() {
  return atLeastOne(monthDaysWithEntries(current().journal)).map((md) => ({ md }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const day = findDay((await params).md);
  const { site } = current();
  return day ? pageMetadata(site, { title: site.t.onThisDayHeading(day.md), path: onThisDayDatePath(day.md) }) : {};
}

export default async function OnThisDatePage({ params }: Props) {
  const day = findDay((await params).md);
  if (!day) notFound();
  const { site, journal } = current();
  const { t } = site;
  return (
    <>
      <PageHeading title={t.onThisDayHeading(day.md)} note={t.entriesCount(day.entries.length)} />
      <EntryList cards={entryCards(site, journal, day.entries)} />
    </>
  );
}
