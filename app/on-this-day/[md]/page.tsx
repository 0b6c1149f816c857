import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryList } from '@/components/entry-list';
import { PageHeading } from '@/components/page-heading';
import { entryCards, getJournal } from '@/lib/content';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { atLeastOne } from '@/lib/routes';
import { decodeParam } from '@/lib/terms';
import { onThisDayDatePath } from '@/lib/urls';
import { entriesOnMonthDay, monthDaysWithEntries } from '@/lib/views';

export const dynamicParams = false;

type Props = { params: Promise<{ md: string }> };

function findDay(raw: string) {
  const md = decodeParam(raw);
  if (md === undefined || !/^\d{2}-\d{2}$/.test(md)) return undefined;
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
