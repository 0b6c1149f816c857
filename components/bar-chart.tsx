import type { MonthTotal } from '@/lib/time/calendar';
import { niceCeiling } from '@/lib/views/chart';
import { currentSite } from '@/lib/site/site';

const BAR = 10;
const GAP = 3;
const HEIGHT = 120;
const BOTTOM = 16;
const TOP = 8;
/** Room for the value axis's labels. */
const LEFT = 56;

/** Words written per month as an SVG bar chart, drawn on the server, with a labelled value axis. */
export function BarChart({ months, title }: { months: readonly MonthTotal[]; title: string }) {
  const { t } = currentSite();
  const top = niceCeiling(Math.max(1, ...months.map((m) => m.length)));
  const width = LEFT + months.length * (BAR + GAP);
  const y = (value: number) => TOP + HEIGHT - Math.round((value / top) * HEIGHT);
  return (
    <figure className="bar-chart">
      <svg viewBox={`0 0 ${Math.max(width, LEFT + 1)} ${TOP + HEIGHT + BOTTOM}`} role="img" aria-label={title} preserveAspectRatio="xMinYMax meet">
        {[0, top / 2, top].map((tick) => (
          <g key={tick} className="chart-axis">
            <line x1={LEFT - 4} x2={width} y1={y(tick)} y2={y(tick)} className="chart-grid" />
            <text x={LEFT - 8} y={y(tick) + 4} textAnchor="end" className="heatmap-label">
              {t.lengthUnit(tick)}
            </text>
          </g>
        ))}
        {months.map((m, i) => {
          const h = y(0) - y(m.length);
          const x = LEFT + i * (BAR + GAP);
          const label = `${m.month}：${t.entriesCount(m.entries)}，${t.lengthUnit(m.length)}`;
          return (
            <g key={m.month}>
              <rect x={x} y={y(0) - Math.max(h, m.length > 0 ? 1 : 0)} width={BAR} height={Math.max(h, m.length > 0 ? 1 : 0)} className="bar" data-month={m.month} data-length={m.length}>
                <title>{label}</title>
              </rect>
              {m.month.endsWith('-01') ? (
                <text x={x} y={TOP + HEIGHT + 13} className="heatmap-label">
                  {m.month.slice(0, 4)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
