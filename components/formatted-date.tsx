import type { EntryDate } from '@/lib/time/dates';
import { currentSite } from '@/lib/site/site';

export function FormattedDate({ date }: { date: EntryDate }) {
  const { formatDay } = currentSite();
  return <time dateTime={date.iso}>{formatDay(date.day)}</time>;
}
