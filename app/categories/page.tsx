import type { Metadata } from 'next';
import { PageHeading } from '@/components/page-heading';
import { TermIndex } from '@/components/term-index';
import { getJournal } from '@/lib/content';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { termIndexPath } from '@/lib/urls';

export const metadata: Metadata = pageMetadata({ title: t.categories, path: termIndexPath('categories') });

export default function CategoriesPage() {
  const terms = getJournal().terms('categories');
  return (
    <>
      <PageHeading title={t.categories} note={t.termCount(terms.length, 'categories')} />
      <TermIndex kind="categories" terms={terms} />
    </>
  );
}
