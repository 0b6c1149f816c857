import type { Entry, EntryStatus, ReadingStats } from '@/lib/content';
import { t } from '@/lib/config/i18n';
import { FormattedDate } from './formatted-date';
import { ReadingTime } from './reading-time';
import { StatusBadge } from './status-badge';
import { TermLinks } from './term-links';

/** Date, status, categories and tags of an entry. */
export function EntryMeta({ entry, status, reading }: { entry: Entry; status: EntryStatus; reading: ReadingStats }) {
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
