import Link from 'next/link';
import type { DeskItem } from '@/lib/views/drafts-desk';
import { ownPath } from '@/lib/site/urls';
import { ProblemText } from './problem-text';
import { ReadingTime } from './reading-time';
import { currentSite } from '@/lib/site/site';

/** Every draft with when it was last changed, its length, what it lacks and what the checker says. */
export function DraftsDesk({ items }: { items: readonly DeskItem[] }) {
  const { t, settings } = currentSite();
  if (items.length === 0) return <p className="empty">{t.noDrafts}</p>;
  const time = new Intl.DateTimeFormat(settings.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: settings.timezone });
  return (
    <ul className="drafts-desk">
      {items.map(({ entry, modified, reading, missing, warnings }) => (
        <li key={entry.file} data-file={entry.file}>
          <Link href={ownPath(entry)}>{entry.title}</Link>
          <div className="entry-meta">
            <code>{entry.file}</code>
            {modified ? (
              <span>
                {t.modified} <time dateTime={new Date(modified).toISOString()}>{time.format(modified)}</time>
              </span>
            ) : null}
            <ReadingTime stats={reading} />
          </div>
          {missing.length > 0 ? (
            <p className="desk-missing">
              {t.missing}: {missing.join(', ')}
            </p>
          ) : null}
          {warnings.length > 0 ? (
            <ul className="desk-warnings">
              {warnings.map((w) => (
                <li key={`${w.line}:${w.field}:${w.message.en}`}>
                  <ProblemText line={w.line} field={w.field} message={w.message} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
