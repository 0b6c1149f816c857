import type { ReadingStats } from '@/lib/content';
import { currentSite } from '@/lib/site/site';

/** "约 8 分钟 · 3,120 字": CJK characters and other words count as one each in the length. */
export function ReadingTime({ stats }: { stats: ReadingStats }) {
  const { t } = currentSite();
  return <span className="reading-time">{t.readingTime(stats.minutes, stats.cjk + stats.words)}</span>;
}
