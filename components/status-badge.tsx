import type { EntryStatus } from '@/lib/content';
import { t } from '@/lib/config/i18n';

/** Marks drafts and future entries in the author's preview; nothing for published entries. */
export function StatusBadge({ status }: { status: EntryStatus }) {
  if (status === 'published') return null;
  const label = status === 'draft' ? t.draft : t.scheduled;
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      {label}
    </span>
  );
}
