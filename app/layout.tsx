import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ContentProblems } from '@/components/content-problems';
import { HtmlContent } from '@/components/html-content';
import { LiveReload } from '@/components/live-reload';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { contentVersion, getJournal } from '@/lib/content';
import { t } from '@/lib/config/i18n';
import { feedAlternates } from '@/lib/publish/metadata';
import { site } from '@/lib/config/config';
import { THEME_SCRIPT } from '@/lib/config/theme';
import { withBase } from '@/lib/config/urls';
// The stylesheet in parts, in cascade order: tokens first, print last.
import './styles/tokens.css';
import './styles/base.css';
import './styles/lists.css';
import './styles/entry.css';
import './styles/views.css';
import './styles/search.css';
import './styles/print.css';
import { PAGE_IDS } from '@/lib/config/page-ids';

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(site.url),
    title: { default: site.title, template: `%s · ${site.title}` },
    description: site.description,
    authors: [{ name: site.author.name }],
    alternates: { types: feedAlternates },
    // A preview with drafts (next dev, SHOW_DRAFTS=1) is private.
    ...(getJournal().preview ? { robots: { index: false, follow: false } } : {}),
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const journal = getJournal();
  const years = journal.years();
  return (
    // The theme script sets data-theme before React runs: the attribute differs from the server's on purpose.
    <html lang={site.language} suppressHydrationWarning>
      <head>
        <HtmlContent script={THEME_SCRIPT} />
      </head>
      <body>
        <a className="skip-link" href={`#${PAGE_IDS.main}`}>
          {t.skipToContent}
        </a>
        <SiteHeader preview={journal.preview} />
        <main id={PAGE_IDS.main} className="site-main">
          {journal.preview ? <ContentProblems problems={journal.problems} title={t.problemsTitle(journal.problems.length)} /> : null}
          {children}
        </main>
        <SiteFooter firstYear={years.at(-1)?.year ?? null} lastYear={years[0]?.year ?? null} />
        {journal.preview ? <LiveReload url={withBase('/journal-version.json')} version={contentVersion()} /> : null}
      </body>
    </html>
  );
}
