import type { Entry, EntryStatus, ReadingStats } from '@/lib/content';
import { FormattedDate } from './formatted-date';
import { ReadingTime } from './reading-time';
import { StatusBadge } from './status-badge';
import { TermLinks } from './term-links';
import { currentSite } from '@/lib/site/site';

/** Date, status, categories and tags of an entry. */
export function EntryMeta({ entry, status, reading }: { entry: Entry; status: EntryStatus; reading: ReadingStats }) {
  const { t } = currentSite();
  return (
    <div className="entry-meta">
      <FormattedDate date={entry.date} />
      <ReadingTime stats={reading} />
      <StatusBadge status={status} />
      <TermLinks kind="categories" names={entry.categories} label={t.categories} />
      <TermLinks kind="tags" names={entry.tags} label={t.tags} />
    </div>
  );
}
