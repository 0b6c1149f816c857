import Link from 'next/link';
import { t } from '@/lib/config/i18n';
import { site } from '@/lib/config/config';
import { archivePath, feedPaths, homePath, onThisDayPath, searchPath, statsPath, termIndexPath, withBase } from '@/lib/config/urls';
import { SearchShortcut } from './search-shortcut';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader({ preview }: { preview: boolean }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href={homePath} className="site-title">
          {site.title}
        </Link>
        {preview ? (
          <Link href="/drafts/" className="preview-flag" title="next dev">
            preview · {t.draftsDesk}
          </Link>
        ) : null}
        <nav aria-label={t.mainNav} className="site-nav">
          <Link href={homePath}>{t.home}</Link>
          <Link href={archivePath}>{t.archive}</Link>
          <Link href={termIndexPath('categories')}>{t.categories}</Link>
          <Link href={termIndexPath('tags')}>{t.tags}</Link>
          <Link href={onThisDayPath}>{t.onThisDay}</Link>
          <Link href={statsPath}>{t.stats}</Link>
          <a href={withBase(feedPaths.rss)} type="application/rss+xml">
            {t.feed}
          </a>
          <form role="search" action={withBase(searchPath)} className="site-search">
            <input type="search" name="q" placeholder={t.search} aria-label={t.searchPlaceholder} />
          </form>
          <SearchShortcut />
          <ThemeToggle labels={{ toLight: t.toLight, toDark: t.toDark }} />
        </nav>
      </div>
    </header>
  );
}
