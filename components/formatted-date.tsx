import type { EntryDate } from '@/lib/dates';
import { formatDay } from '@/lib/i18n';

export function FormattedDate({ date }: { date: EntryDate }) {
  return <time dateTime={date.iso}>{formatDay(date.day)}</time>;
}
