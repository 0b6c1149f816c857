import Link from 'next/link';
import { homePath, searchPath } from '@/lib/site/urls';
import type { MenuEntry } from '@/lib/views/menu';
import { PAGE_IDS } from '@/lib/site/page-ids';
import { IntentLink } from './intent-link';
import { MenuButton } from './menu-button';
import { SearchShortcut } from './search-shortcut';
import { ThemeToggle } from './theme-toggle';
import { currentSite } from '@/lib/site/site';

export function SiteHeader({ preview, menu }: { preview: boolean; menu: readonly MenuEntry[] }) {
  const { t, withBase, settings } = currentSite();
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <IntentLink href={homePath} className="site-title">
          {settings.title}
        </IntentLink>
        {preview ? (
          <Link href="/drafts/" className="preview-flag" title="next dev">
            preview · {t.draftsDesk}
          </Link>
        ) : null}
        <MenuButton controls={PAGE_IDS.nav} labels={{ open: t.openMenu, close: t.closeMenu }} />
        <nav id={PAGE_IDS.nav} aria-label={t.mainNav} className="site-nav">
          {menu.map((item) =>
            item.kind === 'search' ? (
              <form key="search" role="search" action={withBase(searchPath)} className="site-search">
                <input type="search" name="q" placeholder={t.search} aria-label={t.searchPlaceholder} />
              </form>
            ) : item.external ? (
              <a key={item.href} href={item.href} rel="noopener">
                {item.label}
              </a>
            ) : (
              <IntentLink key={item.href} href={item.href}>
                {item.label}
              </IntentLink>
            ),
          )}
          <SearchShortcut />
          <ThemeToggle labels={{ toLight: t.toLight, toDark: t.toDark, system: t.themeSystem }} />
        </nav>
      </div>
    </header>
  );
}
