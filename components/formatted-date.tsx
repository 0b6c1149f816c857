import type { EntryDate } from '@/lib/time/dates';
import { formatDay } from '@/lib/config/i18n';

export function FormattedDate({ date }: { date: EntryDate }) {
  return <time dateTime={date.iso}>{formatDay(date.day)}</time>;
}
