import type { Metadata } from 'next';
import { ArchiveList } from '@/components/archive-list';
import { ArchiveSummary } from '@/components/archive-summary';
import { PageHeading } from '@/components/page-heading';
import { YearNav } from '@/components/year-nav';
import { pageMetadata } from '@/lib/publish/metadata';
import { archivePath, archiveYearPath } from '@/lib/site/urls';
import { journalYears, newestMonths, yearView, type YearView } from '@/lib/views/timeline';
import { IntentLink } from '@/components/intent-link';
import { current } from '@/app/_lib/current';

/**
 * At most this many entries are listed in full on /archive/ (whole months).
 * The writing calendar of the last twelve months is on /stats/, each year's
 * on its year page: /archive/ stays a list, small at any size.
 */
const ARCHIVE_RECENT = 60;

export function generateMetadata(): Metadata {
  const { site } = current();
  return pageMetadata(site, { title: site.t.archive, path: archivePath });
}

export default function ArchivePage() {
  const { site, journal } = current();
  const { t } = site;
  const years = journalYears(journal);
  const views = years.map((y) => yearView(journal, y)).filter((v): v is YearView => v !== undefined);
  const latest = views[0];
  const recent = latest ? newestMonths(latest, ARCHIVE_RECENT) : undefined;
  return (
    <>
      <PageHeading title={t.archive} note={t.entriesCount(journal.entries.length)} />
      <YearNav years={years} current={null} label={t.archive} />
      {/* The newest months in full; older years as months and counts, each year whole on its own page: the page stays small at any size. */}
      {recent ? <ArchiveList years={[recent.shown]} journal={journal} linkYears /> : null}
      {recent && recent.earlier > 0 ? (
        <p className="archive-earlier">
          <IntentLink href={archiveYearPath(recent.shown.year)}>{t.archiveEarlier(recent.shown.year, recent.earlier)}</IntentLink>
        </p>
      ) : null}
      <ArchiveSummary years={views.slice(1)} />
    </>
  );
}
