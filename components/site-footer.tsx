import { IntentLink } from './intent-link';
import { feedPaths, onThisDayPath, statsPath } from '@/lib/site/urls';
import { currentSite } from '@/lib/site/site';

interface Props {
  firstYear: number | null;
  lastYear: number | null;
  author: string;
}

export function SiteFooter({ firstYear, lastYear, author }: Props) {
  const { t, withBase, settings } = currentSite();
  const years = firstYear === null || lastYear === null ? '' : firstYear === lastYear ? `${firstYear}` : `${firstYear}–${lastYear}`;
  return (
    <footer className="site-footer">
      <p>
        © {years} {author} · {settings.description}
      </p>
      <nav aria-label={t.more} className="footer-nav">
        <IntentLink href={onThisDayPath}>{t.onThisDay}</IntentLink>
        <IntentLink href={statsPath}>{t.stats}</IntentLink>
        <a href={withBase(feedPaths.rss)} type="application/rss+xml">
          {t.feed}
        </a>
      </nav>
    </footer>
  );
}
