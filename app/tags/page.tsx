import type { Metadata } from 'next';
import { PageHeading } from '@/components/page-heading';
import { TermIndex } from '@/components/term-index';
import { getJournal } from '@/lib/content';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { termIndexPath } from '@/lib/urls';

export const metadata: Metadata = pageMetadata({ title: t.tags, path: termIndexPath('tags') });

export default function TagsPage() {
  const terms = getJournal().terms('tags');
  return (
    <>
      <PageHeading title={t.tags} note={t.termCount(terms.length, 'tags')} />
      <TermIndex kind="tags" terms={terms} />
    </>
  );
}
