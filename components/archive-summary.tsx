import { IntentLink } from './intent-link';
import type { YearEntries } from '@/lib/views/timeline';
import { archiveYearPath } from '@/lib/site/urls';
import { currentSite } from '@/lib/site/site';

/** Older years on the archive page: each year and its months with their counts, linking into the year's own page. */
export function ArchiveSummary({ years }: { years: readonly YearEntries[] }) {
  const { t } = currentSite();
  if (years.length === 0) return null;
  return (
    <div className="archive archive-summary">
      {years.map(({ year, months, count }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>
            <IntentLink href={archiveYearPath(year)}>{year}</IntentLink> <span className="term-count">{t.entriesCount(count)}</span>
          </h2>
          <ul className="archive-months">
            {months.map(({ month, entries }) => (
              <li key={month}>
                <IntentLink href={`${archiveYearPath(year)}#m-${month}`}>{t.monthName(Number(month.slice(5, 7)))}</IntentLink>{' '}
                <span className="term-count">{t.entriesCount(entries.length)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
