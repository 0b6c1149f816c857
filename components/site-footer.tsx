import { IntentLink } from './intent-link';
import { t } from '@/lib/config/i18n';
import { site } from '@/lib/config/config';
import { feedPaths, onThisDayPath, statsPath, withBase } from '@/lib/config/urls';

interface Props {
  firstYear: number | null;
  lastYear: number | null;
  author: string;
}

export function SiteFooter({ firstYear, lastYear, author }: Props) {
  const years = firstYear === null || lastYear === null ? '' : firstYear === lastYear ? `${firstYear}` : `${firstYear}–${lastYear}`;
  return (
    <footer className="site-footer">
      <p>
        © {years} {author} · {site.description}
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
