import type { Journal } from '../content';
import type { MenuItem, MenuPage, SiteSettings } from '../site/settings';
import type { Strings } from '../site/i18n';
import { archivePath, homePath, onThisDayPath, pagePath, statsPath, termIndexPath } from '../site/urls';
import { say, type Message } from '../text/message';

/** One place in the header's menu: a link, or the search box. */
export type MenuEntry = { readonly kind: 'link'; readonly href: string; readonly label: string; readonly external: boolean } | { readonly kind: 'search' };

/** The default menu's own pages, before the pages with `menu: true` and the search box. */
const DEFAULT_PAGES: readonly MenuPage[] = ['home', 'archive', 'categories', 'tags'];

function ownPage(page: MenuPage, t: Strings): MenuEntry {
  const link = (href: string, label: string): MenuEntry => ({ kind: 'link', href, label, external: false });
  switch (page) {
    case 'home':
      return link(homePath, t.home);
    case 'archive':
      return link(archivePath, t.archive);
    case 'categories':
      return link(termIndexPath('categories'), t.categories);
    case 'tags':
      return link(termIndexPath('tags'), t.tags);
    case 'on-this-day':
      return link(onThisDayPath, t.onThisDay);
    case 'stats':
      return link(statsPath, t.stats);
    case 'search':
      return { kind: 'search' };
  }
}

/**
 * The header's menu: the settings' `menu`, or the journal's main pages
 * and every page with `menu: true`. A page the settings name that is not
 * published (a draft, in a build) is left out; one no file has is a
 * problem (menuProblems).
 */
export function siteMenu(journal: Journal, settings: Pick<SiteSettings, 'menu'>, t: Strings): MenuEntry[] {
  const items: readonly MenuItem[] = settings.menu ?? [
    ...DEFAULT_PAGES.map((page): MenuItem => ({ kind: 'own', page })),
    ...journal.pages.filter((p) => p.menu).map((p): MenuItem => ({ kind: 'page', slug: p.slug })),
    { kind: 'own', page: 'search' },
  ];
  return items.flatMap((item): MenuEntry[] => {
    if (item.kind === 'own') return [ownPage(item.page, t)];
    if (item.kind === 'link') return [{ kind: 'link', href: item.url, label: item.title, external: /^https?:/.test(item.url) }];
    const page = journal.page(item.slug);
    return page ? [{ kind: 'link', href: pagePath(page.slug), label: page.title, external: false }] : [];
  });
}

/** Pages the settings' menu names that no page file has (checked against every file, drafts included). */
export function menuProblems(settings: Pick<SiteSettings, 'menu'>, pageSlugs: ReadonlySet<string>): { readonly field: string; readonly message: Message }[] {
  return (settings.menu ?? []).flatMap((item, i) =>
    item.kind === 'page' && !pageSlugs.has(item.slug)
      ? [
          {
            field: `menu.${i}`,
            message: say(
              `"${item.slug}" is neither one of the journal's pages (home, archive, categories, tags, search, on-this-day, stats) nor the slug of a page in the content folder (\`layout: page\` or pages/${item.slug}.md); the menu goes without it`,
              `"${item.slug}" 既不是日记自带的页面（home、archive、categories、tags、search、on-this-day、stats），也不是内容文件夹中某个页面的 slug（\`layout: page\` 或 pages/${item.slug}.md）；菜单里不会有它`,
            ),
          },
        ]
      : [],
  );
}
