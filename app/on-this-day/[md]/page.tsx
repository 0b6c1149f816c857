import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryList } from '@/components/entry-list';
import { PageHeading } from '@/components/page-heading';
import { entryCards, getJournal } from '@/lib/content';
import { t } from '@/lib/config/i18n';
import { pageMetadata } from '@/lib/publish/metadata';
import { atLeastOne, matchParam } from '@/app/_lib/params';
import { onThisDayDatePath } from '@/lib/config/urls';
import { entriesOnMonthDay, monthDaysWithEntries } from '@/lib/views/timeline';

export const dynamicParams = false;

type Props = { params: Promise<{ md: string }> };

function findDay(raw: string) {
  const md = matchParam(raw, /^\d{2}-\d{2}$/);
  if (md === undefined) return undefined;
  const entries = entriesOnMonthDay(getJournal(), md);
  return entries.length > 0 ? { md, entries } : undefined;
}

export function generateStaticParams() {
  return atLeastOne(monthDaysWithEntries(getJournal())).map((md) => ({ md }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const day = findDay((await params).md);
  return day ? pageMetadata({ title: t.onThisDayHeading(day.md), path: onThisDayDatePath(day.md) }) : {};
}

export default async function OnThisDatePage({ params }: Props) {
  const day = findDay((await params).md);
  if (!day) notFound();
  return (
    <>
      <PageHeading title={t.onThisDayHeading(day.md)} note={t.entriesCount(day.entries.length)} />
      <EntryList cards={entryCards(getJournal(), day.entries)} />
    </>
  );
}
