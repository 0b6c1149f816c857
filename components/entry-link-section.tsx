import { IntentLink } from './intent-link';
import type { Entry } from '@/lib/content';
import { entryPath } from '@/lib/site/urls';
import { FormattedDate } from './formatted-date';

interface Props {
  /** The heading's id, which labels the section. */
  id: string;
  title: string;
  entries: readonly Entry[];
  className: string;
}

/** A titled list of entries, each linked with its date; nothing when there are none. */
export function EntryLinkSection({ id, title, entries, className }: Props) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{title}</h2>
      <ul>
        {entries.map((e) => (
          <li key={e.slug}>
            <IntentLink href={entryPath(e.slug)}>{e.title}</IntentLink> <FormattedDate date={e.date} />
          </li>
        ))}
      </ul>
    </section>
  );
}
