import type { EntryStatus } from '@/lib/content';
import { currentSite } from '@/lib/site/site';

/** Marks drafts, locked, hidden and future entries in the author's preview; nothing for published entries. */
export function StatusBadge({ status }: { status: EntryStatus }) {
  const { t } = currentSite();
  if (status === 'published') return null;
  const label = { draft: t.draft, locked: t.locked, hidden: t.hidden, scheduled: t.scheduled }[status];
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      {label}
    </span>
  );
}
