import type { Metadata } from 'next';
import { ArchiveList } from '@/components/archive-list';
import { PageHeading } from '@/components/page-heading';
import { getJournal } from '@/lib/content';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { archivePath } from '@/lib/urls';

export const metadata: Metadata = pageMetadata({ title: t.archive, path: archivePath });

export default function ArchivePage() {
  const journal = getJournal();
  return (
    <>
      <PageHeading title={t.archive} note={t.entriesCount(journal.entries.length)} />
      <ArchiveList years={journal.years()} journal={journal} />
    </>
  );
}
