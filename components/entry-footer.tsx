import { IntentLink } from './intent-link';
import type { Entry } from '@/lib/content';
import { entryPath } from '@/lib/site/urls';
import { EntryLinkSection } from './entry-link-section';
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
      <EntryLinkSection id={PAGE_IDS.mentions} title={t.mentionedIn} entries={mentions} className="related mentions" />
      <EntryLinkSection id={PAGE_IDS.related} title={t.related} entries={related} className="related" />
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
