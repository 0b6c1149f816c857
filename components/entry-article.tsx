import type { Entry, EntryStatus } from '@/lib/content';
import { t } from '@/lib/i18n';
import { EntryMeta } from './entry-meta';
import { FormattedDate } from './formatted-date';
import { HtmlContent } from './html-content';

/** A whole entry. */
export function EntryArticle({ entry, status, html }: { entry: Entry; status: EntryStatus; html: string }) {
  return (
    <article className="entry" data-slug={entry.slug} data-status={status}>
      <header className="entry-header">
        <h1>{entry.title}</h1>
        <EntryMeta entry={entry} status={status} />
      </header>
      <HtmlContent className="prose" html={html} />
      {entry.updated ? (
        <p className="entry-updated">
          {t.updated} <FormattedDate date={entry.updated} />
        </p>
      ) : null}
    </article>
  );
}
