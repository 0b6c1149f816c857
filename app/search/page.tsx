import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PageHeading } from '@/components/page-heading';
import { SearchPanel } from '@/components/search-panel';
import { getJournal } from '@/lib/content';
import { t } from '@/lib/config/i18n';
import { pageMetadata } from '@/lib/publish/metadata';
import { searchPath, termPath, withBase } from '@/lib/config/urls';

export const metadata: Metadata = pageMetadata({ title: t.search, path: searchPath });

export default function SearchPage() {
  const suggestions = getJournal()
    .terms('tags')
    .slice(0, 12)
    .map((term) => ({ name: term.name, href: termPath('tags', term.slug) }));
  return (
    <>
      <PageHeading title={t.search} />
      <Suspense fallback={<p className="empty">{t.searchLoading}</p>}>
        <SearchPanel
          indexUrl={withBase('/search-index.json')}
          labels={{
            placeholder: t.searchPlaceholder,
            loading: t.searchLoading,
            noResults: t.searchNoResults,
            draft: t.draft,
            resultCountTemplate: t.searchResults,
            help: t.searchHelp,
          }}
          suggestions={suggestions}
          suggestionsTitle={t.searchSuggestions}
        />
      </Suspense>
    </>
  );
}
