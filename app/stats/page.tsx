import type { Metadata } from 'next';
import { BarChart } from '@/components/bar-chart';
import { CalendarHeatmap } from '@/components/calendar-heatmap';
import { PageHeading } from '@/components/page-heading';
import { StatsSummary } from '@/components/stats-summary';
import { TermIndex } from '@/components/term-index';
import { pageMetadata } from '@/lib/publish/metadata';
import { statsPath } from '@/lib/site/urls';
import { journalStats, recentCalendar, siteToday } from '@/lib/views/timeline';
import { current } from '@/app/_lib/current';

export function generateMetadata(): Metadata {
  const { site } = current();
  return pageMetadata(site, { title: site.t.stats, path: statsPath });
}

export default function StatsPage() {
  const { site, journal } = current();
  const { t, formatDay } = site;
  const stats = journalStats(journal, siteToday(site));
  const calendar = recentCalendar(journal);
  return (
    <>
      <PageHeading title={t.stats} note={t.statNote(formatDay(stats.today))} />
      <StatsSummary stats={stats} />
      {calendar ? (
        <>
          <h2 className="section-title">{t.statCalendar}</h2>
          <CalendarHeatmap label={t.recentCalendar(formatDay(calendar.from), formatDay(calendar.to))} grid={calendar.grid} maxLength={calendar.maxLength} />
        </>
      ) : null}
      <h2 className="section-title">{t.statMonthly}</h2>
      <BarChart months={stats.months} title={t.statMonthly} />
      <h2 className="section-title">{t.statTopTags}</h2>
      <TermIndex kind="tags" terms={stats.topTags} />
    </>
  );
}
