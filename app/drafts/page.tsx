import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DraftsDesk } from '@/components/drafts-desk';
import { PageHeading } from '@/components/page-heading';
import { getJournal } from '@/lib/content';
import { draftsDesk } from '@/lib/views/drafts-desk';
import { t } from '@/lib/config/i18n';

export const metadata: Metadata = { title: t.draftsDesk, robots: { index: false, follow: false } };

/** The author's drafts desk: only in the preview; a published build has no such page. */
export default function DraftsPage() {
  const journal = getJournal();
  if (!journal.preview) notFound();
  const items = draftsDesk(journal);
  return (
    <>
      <PageHeading title={t.draftsDesk} note={t.draftsNote(items.length)} />
      <DraftsDesk items={items} />
    </>
  );
}
