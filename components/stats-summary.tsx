import { t } from '@/lib/config/i18n';
import type { JournalStats } from '@/lib/views/timeline';

/** The headline numbers of the journal. */
export function StatsSummary({ stats }: { stats: JournalStats }) {
  const items: [string, string][] = [
    [stats.entries.toLocaleString(), t.statEntries],
    [stats.length.toLocaleString(), t.statLength],
    [stats.days.toLocaleString(), t.statDays],
    [t.statDaysUnit(stats.streaks.current), t.statCurrentStreak],
    [t.statDaysUnit(stats.streaks.longest), t.statLongestStreak],
  ];
  return (
    <dl className="stats-summary">
      {items.map(([value, label]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd data-stat={label}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
