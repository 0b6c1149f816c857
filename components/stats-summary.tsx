import type { JournalStats } from '@/lib/views/timeline';
import { currentSite } from '@/lib/site/site';

/** The headline numbers of the journal. */
export function StatsSummary({ stats }: { stats: JournalStats }) {
  const { t } = currentSite();
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
