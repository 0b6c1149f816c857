import type { EntryCardData } from '@/lib/content';
import { t } from '@/lib/config/i18n';
import { EntryCard } from './entry-card';

export function EntryList({ cards }: { cards: readonly EntryCardData[] }) {
  if (cards.length === 0) return <p className="empty">{t.noEntries}</p>;
  return (
    <div className="entry-list">
      {cards.map((card) => (
        <EntryCard key={card.entry.slug} card={card} />
      ))}
    </div>
  );
}
