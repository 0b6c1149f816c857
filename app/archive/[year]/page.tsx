import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArchiveList } from '@/components/archive-list';
import { CalendarHeatmap } from '@/components/calendar-heatmap';
import { PageHeading } from '@/components/page-heading';
import { YearNav } from '@/components/year-nav';
import { pageMetadata } from '@/lib/publish/metadata';
import { atLeastOne, matchParam } from '@/app/_lib/params';
import { archiveYearPath } from '@/lib/site/urls';
import { journalYears, yearView } from '@/lib/views/timeline';
import { current } from '@/app/_lib/current';

export const dynamicParams = false;

type Props = { params: Promise<{ year: string }> };

function findYear(raw: string) {
  const year = matchParam(raw, /^\d{4}$/);
  return year === undefined ? undefined : yearView(current().journal, Number(year));
}

export function generateStaticParams() {
  return atLeastOne(journalYears(current().journal).map(String)).map((year) => ({ year }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = findYear((await params).year);
  if (!view) return {};
  const { site } = current();
  return pageMetadata(site, { title: `${site.t.archive} ${view.year}`, path: archiveYearPath(view.year) });
}

export default async function ArchiveYearPage({ params }: Props) {
  const view = findYear((await params).year);
  if (!view) notFound();
  const { site, journal } = current();
  const { t } = site;
  return (
    <>
      <PageHeading title={`${t.archive} ${view.year}`} note={t.entriesCount(view.count)} />
      <YearNav years={journalYears(journal)} current={view.year} label={t.archive} />
      <CalendarHeatmap label={t.writingCalendar(view.year)} grid={view.grid} maxLength={view.maxLength} />
      <ArchiveList years={[view]} journal={journal} linkYears={false} />
    </>
  );
}
