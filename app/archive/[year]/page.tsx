import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArchiveList } from '@/components/archive-list';
import { CalendarHeatmap } from '@/components/calendar-heatmap';
import { PageHeading } from '@/components/page-heading';
import { YearNav } from '@/components/year-nav';
import { getJournal } from '@/lib/content';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { atLeastOne } from '@/lib/routes';
import { decodeParam } from '@/lib/terms';
import { archiveYearPath } from '@/lib/urls';
import { journalYears, yearView } from '@/lib/views';

export const dynamicParams = false;

type Props = { params: Promise<{ year: string }> };

function findYear(raw: string) {
  const text = decodeParam(raw);
  return text !== undefined && /^\d{4}$/.test(text) ? yearView(getJournal(), Number(text)) : undefined;
}

export function generateStaticParams() {
  return atLeastOne(journalYears(getJournal()).map(String)).map((year) => ({ year }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = findYear((await params).year);
  if (!view) return {};
  return pageMetadata({ title: `${t.archive} ${view.year}`, path: archiveYearPath(view.year) });
}

export default async function ArchiveYearPage({ params }: Props) {
  const view = findYear((await params).year);
  if (!view) notFound();
  const journal = getJournal();
  return (
    <>
      <PageHeading title={`${t.archive} ${view.year}`} note={t.entriesCount(view.count)} />
      <YearNav years={journalYears(journal)} current={view.year} label={t.archive} />
      <CalendarHeatmap year={view.year} grid={view.grid} maxLength={view.maxLength} />
      <ArchiveList years={[view]} journal={journal} linkYears={false} />
    </>
  );
}
