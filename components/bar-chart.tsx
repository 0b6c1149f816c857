import type { MonthTotal } from '@/lib/time/calendar';
import { t } from '@/lib/config/i18n';

const BAR = 10;
const GAP = 3;
const HEIGHT = 120;
const BOTTOM = 16;

/** Words written per month as an SVG bar chart, drawn on the server. */
export function BarChart({ months, title }: { months: readonly MonthTotal[]; title: string }) {
  const max = Math.max(1, ...months.map((m) => m.length));
  const width = months.length * (BAR + GAP);
  return (
    <figure className="bar-chart">
      <svg viewBox={`0 0 ${Math.max(width, 1)} ${HEIGHT + BOTTOM}`} role="img" aria-label={title} preserveAspectRatio="xMinYMax meet">
        {months.map((m, i) => {
          const h = Math.round((m.length / max) * HEIGHT);
          const label = `${m.month}：${t.entriesCount(m.entries)}，${m.length.toLocaleString()}`;
          return (
            <g key={m.month}>
              <rect x={i * (BAR + GAP)} y={HEIGHT - h} width={BAR} height={Math.max(h, m.length > 0 ? 1 : 0)} className="bar" data-month={m.month} data-length={m.length}>
                <title>{label}</title>
              </rect>
              {m.month.endsWith('-01') ? (
                <text x={i * (BAR + GAP)} y={HEIGHT + 12} className="heatmap-label">
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
