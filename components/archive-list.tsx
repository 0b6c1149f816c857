import { IntentLink } from './intent-link';
import type { Journal } from '@/lib/content';
import type { YearEntries } from '@/lib/views/timeline';
import { archiveYearPath, entryPath } from '@/lib/site/urls';
import { StatusBadge } from './status-badge';
import { currentSite } from '@/lib/site/site';

/** Entries of one or more years, grouped by month with counts; each day has an anchor the calendar links to. */
export function ArchiveList({ years, journal, linkYears }: { years: readonly YearEntries[]; journal: Journal; linkYears: boolean }) {
  const { t, formatMonthDay } = currentSite();
  return (
    <div className="archive">
      {years.map(({ year, months, count }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>
            {linkYears ? <IntentLink href={archiveYearPath(year)}>{year}</IntentLink> : year}{' '}
            <span className="term-count">{t.entriesCount(count)}</span>
          </h2>
          {months.map(({ month, entries }) => (
            <div key={month} id={`m-${month}`} className="archive-month">
              <h3>
                {t.monthName(Number(month.slice(5, 7)))} <span className="term-count">{t.entriesCount(entries.length)}</span>
              </h3>
              <ul>
                {entries.map((entry, i) => (
                  <li key={entry.slug} id={i === 0 || entries[i - 1]?.date.day !== entry.date.day ? `d-${entry.date.day}` : undefined}>
                    <time dateTime={entry.date.iso}>{formatMonthDay(entry.date.day)}</time>
                    <IntentLink href={entryPath(entry.slug)}>{entry.title}</IntentLink>
                    <StatusBadge status={journal.status(entry)} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
