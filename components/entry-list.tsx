import type { EntryCardData } from '@/lib/content';
import { EntryCard } from './entry-card';
import { currentSite } from '@/lib/site/site';

export function EntryList({ cards }: { cards: readonly EntryCardData[] }) {
  const { t } = currentSite();
  if (cards.length === 0) return <p className="empty">{t.noEntries}</p>;
  return (
    <div className="entry-list">
      {cards.map((card) => (
        <EntryCard key={card.entry.slug} card={card} />
      ))}
    </div>
  );
}
