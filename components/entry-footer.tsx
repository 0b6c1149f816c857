import { IntentLink } from './intent-link';
import type { Entry } from '@/lib/content';
import { entryPath } from '@/lib/site/urls';
import { FormattedDate } from './formatted-date';
import { PAGE_IDS } from '@/lib/site/page-ids';
import { currentSite } from '@/lib/site/site';

interface Props {
  newer: Entry | undefined;
  older: Entry | undefined;
  related: readonly Entry[];
  /** The published entries that link to this one. */
  mentions: readonly Entry[];
}

/** The published entries that mention this one, related entries by shared tags and category, and the previous and next entry. */
export function EntryFooter({ newer, older, related, mentions }: Props) {
  const { t } = currentSite();
  return (
    <footer className="entry-footer">
      {mentions.length > 0 ? (
        <section aria-labelledby={PAGE_IDS.mentions} className="related mentions">
          <h2 id={PAGE_IDS.mentions}>{t.mentionedIn}</h2>
          <ul>
            {mentions.map((e) => (
              <li key={e.slug}>
                <IntentLink href={entryPath(e.slug)}>{e.title}</IntentLink> <FormattedDate date={e.date} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {related.length > 0 ? (
        <section aria-labelledby={PAGE_IDS.related} className="related">
          <h2 id={PAGE_IDS.related}>{t.related}</h2>
          <ul>
            {related.map((e) => (
              <li key={e.slug}>
                <IntentLink href={entryPath(e.slug)}>{e.title}</IntentLink> <FormattedDate date={e.date} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <nav className="entry-nav" aria-label={`${t.newerEntry} / ${t.olderEntry}`}>
        {newer ? (
          <IntentLink href={entryPath(newer.slug)} rel="prev" className="entry-nav-newer">
            <span>← {t.newerEntry}</span>
            {newer.title}
          </IntentLink>
        ) : (
          <span />
        )}
        {older ? (
          <IntentLink href={entryPath(older.slug)} rel="next" className="entry-nav-older">
            <span>{t.olderEntry} →</span>
            {older.title}
          </IntentLink>
        ) : (
          <span />
        )}
      </nav>
    </footer>
  );
}
