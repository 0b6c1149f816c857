import type { Metadata } from 'next';
import { ArchiveList } from '@/components/archive-list';
import { PageHeading } from '@/components/page-heading';
import { getJournal } from '@/lib/content';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: t.archive };

export default function ArchivePage() {
  const journal = getJournal();
  return (
    <>
      <PageHeading title={t.archive} note={t.entriesCount(journal.entries.length)} />
      <ArchiveList years={journal.years()} journal={journal} />
    </>
  );
}
