import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DraftsDesk } from '@/components/drafts-desk';
import { PageHeading } from '@/components/page-heading';
import { draftsDesk } from '@/lib/views/drafts-desk';
import { current } from '@/app/_lib/current';

export function generateMetadata(): Metadata {
  return { title: current().site.t.draftsDesk, robots: { index: false, follow: false } };
}

/** The author's drafts desk: only in the preview; a published build has no such page. */
export default function DraftsPage() {
  const { site, journal } = current();
  if (!journal.preview) notFound();
  const { t } = site;
  const items = draftsDesk(site, journal);
  return (
    <>
      <PageHeading title={t.draftsDesk} note={t.draftsNote(items.length)} />
      <DraftsDesk items={items} />
    </>
  );
}
