import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PageHeading } from '@/components/page-heading';
import { SearchPanel } from '@/components/search-panel';
import { pageMetadata } from '@/lib/publish/metadata';
import { archivePath, searchPath, termIndexPath, termPath } from '@/lib/site/urls';
import { current } from '@/app/_lib/current';

export function generateMetadata(): Metadata {
  const { site } = current();
  return pageMetadata(site, { title: site.t.search, path: searchPath });
}

export default function SearchPage() {
  const { site, journal } = current();
  const { t, withBase } = site;
  const suggestions = journal
    .terms('tags')
    .slice(0, 12)
    .map((term) => ({ name: term.name, href: termPath('tags', term.slug) }));
  return (
    <>
      <PageHeading title={t.search} />
      {/* Without JavaScript there is no search: say so, and where else to look, instead of "loading" forever. */}
      <noscript>
        <style>{'.needs-script{display:none}'}</style>
        <p className="empty search-no-script">
          {t.searchNeedsScript} <a href={withBase(archivePath)}>{t.archive}</a> · <a href={withBase(termIndexPath('tags'))}>{t.tags}</a>
        </p>
      </noscript>
      <div className="needs-script">
        <Suspense fallback={<p className="empty">{t.searchLoading}</p>}>
          <SearchPanel
            indexUrl={withBase('/search-index.json')}
            labels={{
              placeholder: t.searchPlaceholder,
              loading: t.searchLoading,
              noResults: t.searchNoResults,
              draft: t.draft,
              resultCountTemplate: t.searchResults,
              moreTemplate: t.searchMore,
              help: t.searchHelp,
            }}
            suggestions={suggestions}
            suggestionsTitle={t.searchSuggestions}
          />
        </Suspense>
      </div>
    </>
  );
}
