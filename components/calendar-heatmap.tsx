import type { GridDay } from '@/lib/time/calendar';
import { level } from '@/lib/time/calendar';
import { archiveDayPath, entryPath } from '@/lib/site/urls';
import { currentSite } from '@/lib/site/site';

const CELL = 11;
const GAP = 3;
const LEFT = 24;
const TOP = 20;

/**
 * A year of days as an SVG drawn on the server: one square a day, shaded
 * by how much was written, each with a label and a link to its entries.
 * It fills its box on a wide screen; on a narrow one it scrolls, starting
 * at the newest week (the box runs right to left), and takes keyboard focus
 * so it can be scrolled with the arrow keys.
 */
export function CalendarHeatmap({ label, grid, maxLength }: { label: string; grid: readonly GridDay[]; maxLength: number }) {
  const { t, withBase, formatDay } = currentSite();
  const weeks = Math.max(...grid.map((d) => d.week)) + 1;
  const width = LEFT + weeks * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  // A month is named above its first whole week; the first month of a range starting mid-month is not.
  const monthStarts = grid.filter((d) => d.day.endsWith('-01') && d.week < weeks - 2);
  return (
    <figure className="heatmap">
      <div className="heatmap-scroll" tabIndex={0} role="region" aria-label={label}>
        <svg viewBox={`0 0 ${width} ${height}`} className="heatmap-svg">
          {monthStarts.map((d) => (
            <text key={d.day} x={LEFT + d.week * (CELL + GAP)} y={14} className="heatmap-label">
              {t.monthName(Number(d.day.slice(5, 7)))}
            </text>
          ))}
          {[0, 2, 4].map((w) => (
            <text key={w} x={0} y={TOP + w * (CELL + GAP) + CELL - 2} className="heatmap-label">
              {t.weekdayShort[w]}
            </text>
          ))}
          {grid.map((d) => {
            const n = d.bucket?.entries.length ?? 0;
            const label = t.heatDay(formatDay(d.day), n, d.bucket?.length ?? 0);
            const rect = (
              <rect
                x={LEFT + d.week * (CELL + GAP)}
                y={TOP + d.weekday * (CELL + GAP)}
                width={CELL}
                height={CELL}
                rx={2}
                className={`heat-${level(d.bucket?.length ?? 0, maxLength)}`}
                data-day={d.day}
              >
                <title>{label}</title>
              </rect>
            );
            if (!d.bucket) return <g key={d.day}>{rect}</g>;
            const [only] = d.bucket.entries;
            const href = d.bucket.entries.length === 1 && only ? entryPath(only.slug) : archiveDayPath(d.day);
            return (
              <a key={d.day} href={withBase(href)} aria-label={label}>
                {rect}
              </a>
            );
          })}
      </svg>
      </div>
      <figcaption className="heatmap-legend">
        {t.heatLegend(true)}
        {[0, 1, 2, 3, 4].map((l) => (
          <svg key={l} width={CELL} height={CELL} aria-hidden="true">
            <rect width={CELL} height={CELL} rx={2} className={`heat-${l}`} />
          </svg>
        ))}
        {t.heatLegend(false)}
      </figcaption>
    </figure>
  );
}
