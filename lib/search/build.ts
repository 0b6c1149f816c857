import MiniSearch from 'minisearch';
import { entryText, type Journal } from '../content';
import { ownPath } from '../site/urls';
import { INDEX_OPTIONS, type SearchDocument } from './options';
import { textStart } from './snippet';

export const SNIPPET_LENGTH = 300;

/** The search index of the journal's visible entries and pages, as JSON for the browser. */
export function searchIndexJson(journal: Journal): string {
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  index.addAll(
    journal.all.map((entry, id) => {
      const text = entryText(entry);
      return {
        id,
        title: entry.title,
        // A bare site path: the search page's links and router add the base path.
        url: ownPath(entry),
        day: entry.date.day,
        tags: entry.tags.join(' '),
        categories: entry.categories.join(' '),
        description: entry.description ?? '',
        text,
        snippet: entry.description ?? textStart(text, SNIPPET_LENGTH),
        draft: journal.status(entry) !== 'published',
      };
    }),
  );
  return JSON.stringify(index);
}

