import type { Metadata } from 'next';
import { PageHeading } from '@/components/page-heading';
import { TermIndex } from '@/components/term-index';
import { getJournal } from '@/lib/content';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: t.tags };

export default function TagsPage() {
  const terms = getJournal().terms('tags');
  return (
    <>
      <PageHeading title={t.tags} note={t.termCount(terms.length, 'tags')} />
      <TermIndex kind="tags" terms={terms} />
    </>
  );
}
