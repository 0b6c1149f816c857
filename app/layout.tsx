import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ContentProblems } from '@/components/content-problems';
import { HtmlContent } from '@/components/html-content';
import { LinkIntent } from '@/components/link-intent';
import { LiveReload } from '@/components/live-reload';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { contentVersion, sitePictures } from '@/lib/content';
import { feedAlternates } from '@/lib/publish/metadata';
import { Analytics } from '@/components/analytics';
import { THEME_SCRIPT } from '@/lib/site/theme';
import { siteMenu } from '@/lib/views/menu';
// The stylesheet in parts, in cascade order: tokens first, print last.
import './styles/tokens.css';
import './styles/base.css';
import './styles/lists.css';
import './styles/entry.css';
import './styles/entry-blocks.css';
import './styles/views.css';
import './styles/search.css';
import './styles/print.css';
import { PAGE_IDS } from '@/lib/site/page-ids';
import type { Site } from '@/lib/site/site';
import { current } from '@/app/_lib/current';

export function generateMetadata(): Metadata {
  const { site, journal } = current();
  const { withBase, settings } = site;
  return {
    metadataBase: new URL(settings.url),
    title: { default: settings.title, template: `%s · ${settings.title}` },
    description: settings.description,
    authors: [{ name: settings.author.name }],
    alternates: { types: feedAlternates(site) },
    icons: siteIcons(site),
    manifest: withBase('/manifest.webmanifest'),
    // A preview with drafts (next dev, SHOW_DRAFTS=1) is private.
    ...(journal.preview ? { robots: { index: false, follow: false } } : {}),
  };
}

/** The settings' icon, else the one drawn from the title; a PNG or JPEG icon is the home-screen icon too. */
function siteIcons(site: Site): Metadata['icons'] {
  const { withBase } = site;
  const icon = sitePictures(site).icon;
  if (!icon) return { icon: [{ url: withBase('/icon.svg'), type: 'image/svg+xml' }] };
  const raster = icon.type === 'image/png' || icon.type === 'image/jpeg';
  return { icon: [{ url: icon.src, ...(icon.type ? { type: icon.type } : {}) }], ...(raster ? { apple: [{ url: icon.src }] } : {}) };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const { site, journal } = current();
  const { t, withBase, basePath, settings } = site;
  const years = journal.years();
  return (
    // The theme script sets data-theme before React runs: the attribute differs from the server's on purpose.
    <html lang={settings.language} suppressHydrationWarning>
      <head>
        <HtmlContent script={THEME_SCRIPT} />
        {settings.analytics && !journal.preview ? <Analytics settings={settings.analytics} /> : null}
      </head>
      <body>
        <a className="skip-link" href={`#${PAGE_IDS.main}`}>
          {t.skipToContent}
        </a>
        <SiteHeader preview={journal.preview} menu={siteMenu(journal, settings, t)} />
        <main id={PAGE_IDS.main} className="site-main">
          {journal.preview ? <ContentProblems problems={journal.problems} title={t.problemsTitle(journal.problems.length)} scope="site" /> : null}
          {children}
        </main>
        <SiteFooter firstYear={years.at(-1)?.year ?? null} lastYear={years[0]?.year ?? null} author={settings.author.name} />
        <LinkIntent basePath={basePath} />
        {journal.preview ? <LiveReload url={withBase('/journal-version.json')} version={contentVersion(site)} /> : null}
      </body>
    </html>
  );
}
