import type { Metadata } from 'next';
import { ArchiveList } from '@/components/archive-list';
import { CalendarHeatmap } from '@/components/calendar-heatmap';
import { PageHeading } from '@/components/page-heading';
import { YearNav } from '@/components/year-nav';
import { getJournal } from '@/lib/content';
import { t } from '@/lib/config/i18n';
import { pageMetadata } from '@/lib/publish/metadata';
import { archivePath } from '@/lib/config/urls';
import { journalYears, yearView, type YearView } from '@/lib/views/timeline';

export const metadata: Metadata = pageMetadata({ title: t.archive, path: archivePath });

export default function ArchivePage() {
  const journal = getJournal();
  const years = journalYears(journal);
  const views = years.map((y) => yearView(journal, y)).filter((v): v is YearView => v !== undefined);
  const latest = views[0];
  return (
    <>
      <PageHeading title={t.archive} note={t.entriesCount(journal.entries.length)} />
      <YearNav years={years} current={null} label={t.archive} />
      {latest ? <CalendarHeatmap year={latest.year} grid={latest.grid} maxLength={latest.maxLength} /> : null}
      <ArchiveList years={views} journal={journal} linkYears />
    </>
  );
}
