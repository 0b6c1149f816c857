import Link from 'next/link';
import type { Journal, YearGroup } from '@/lib/content';
import { formatMonthDay, t } from '@/lib/i18n';
import { entryPath } from '@/lib/urls';
import { StatusBadge } from './status-badge';

/** Entries grouped by year, newest first. */
export function ArchiveList({ years, journal }: { years: readonly YearGroup[]; journal: Journal }) {
  return (
    <div className="archive">
      {years.map(({ year, entries }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>
            {year} <span className="term-count">{t.entriesCount(entries.length)}</span>
          </h2>
          <ul>
            {entries.map((entry) => (
              <li key={entry.slug}>
                <time dateTime={entry.date.iso}>{formatMonthDay(entry.date.day)}</time>
                <Link href={entryPath(entry.slug)}>{entry.title}</Link>
                <StatusBadge status={journal.status(entry)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
