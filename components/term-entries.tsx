import type { EntryCardData } from '@/lib/content';
import { t } from '@/lib/i18n';
import { EntryList } from './entry-list';
import { PageHeading } from './page-heading';

/** A tag or category page: its name, count and entries. */
export function TermEntries({ heading, cards }: { heading: string; cards: readonly EntryCardData[] }) {
  return (
    <>
      <PageHeading title={heading} note={t.entriesCount(cards.length)} />
      <EntryList cards={cards} />
    </>
  );
}
