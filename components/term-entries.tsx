import type { Journal } from '@/lib/content';
import type { YearEntries } from '@/lib/views/timeline';
import { ArchiveList } from './archive-list';
import { PageHeading } from './page-heading';
import { currentSite } from '@/lib/site/site';

/**
 * A tag or category page: its name, count, and its entries by year and
 * month as a compact list of titles (excerpts are on the home page and the
 * entries themselves; a tag with hundreds of entries stays a quick index).
 */
export function TermEntries({ heading, years, journal }: { heading: string; years: readonly YearEntries[]; journal: Journal }) {
  const { t } = currentSite();
  const count = years.reduce((n, y) => n + y.count, 0);
  return (
    <>
      <PageHeading title={heading} note={t.entriesCount(count)} />
      <ArchiveList years={years} journal={journal} linkYears={false} />
    </>
  );
}
