import { IntentLink } from './intent-link';
import { archiveYearPath } from '@/lib/site/urls';

export function YearNav({ years, current, label }: { years: readonly number[]; current: number | null; label: string }) {
  return (
    <nav className="year-nav" aria-label={label}>
      {years.map((year) =>
        year === current ? (
          <span key={year} aria-current="page">
            {year}
          </span>
        ) : (
          <IntentLink key={year} href={archiveYearPath(year)}>
            {year}
          </IntentLink>
        ),
      )}
    </nav>
  );
}
