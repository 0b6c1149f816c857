import { IntentLink } from './intent-link';
import type { EntryCardData } from '@/lib/content';
import { entryPath } from '@/lib/site/urls';
import { EntryCover } from './entry-cover';
import { EntryMeta } from './entry-meta';
import { HtmlContent } from './html-content';
import { currentSite } from '@/lib/site/site';

/** An entry in a list: title, meta, excerpt and a read-more link. */
export function EntryCard({ card }: { card: EntryCardData }) {
  const { t } = currentSite();
  const { entry, status, excerpt, reading, cover } = card;
  const href = entryPath(entry.slug);
  return (
    <article className="entry-card" data-slug={entry.slug} data-status={status}>
      <h2 className="entry-card-title">
        {entry.pinned ? <span className="badge badge-pinned">{t.pinned}</span> : null}
        <IntentLink href={href}>{entry.title}</IntentLink>
      </h2>
      <EntryMeta entry={entry} status={status} reading={reading} />
      {cover ? <EntryCover picture={cover} small /> : null}
      <HtmlContent className="prose excerpt" html={excerpt} />
      <p className="read-more">
        <IntentLink href={href} aria-label={`${t.readMore}：${entry.title}`}>
          {t.readMore} →
        </IntentLink>
      </p>
    </article>
  );
}
