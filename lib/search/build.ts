import type { RootContent } from 'mdast';
import MiniSearch from 'minisearch';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import type { Journal } from '../content';
import { entryPath, withBase } from '../urls';
import { INDEX_OPTIONS, type SearchDocument } from './options';

const parser = remark();

/** The text a reader reads in an entry's Markdown: no markup, no link targets. */
export function plainText(markdown: string): string {
  const blocks: string[] = [];
  const collect = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'list' || node.type === 'blockquote' || node.type === 'listItem' || node.type === 'table' || node.type === 'tableRow') {
        collect(node.children);
      } else {
        blocks.push(toString(node));
      }
    }
  };
  collect(parser.parse(markdown).children);
  return blocks.join(' ').replace(/\s+/g, ' ').trim();
}

export const SNIPPET_LENGTH = 300;

/** The search index of the journal's visible entries, as JSON for the browser. */
export function searchIndexJson(journal: Journal): string {
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  index.addAll(
    journal.entries.map((entry, id) => {
      const text = plainText(entry.body);
      return {
        id,
        title: entry.title,
        url: withBase(entryPath(entry.slug)),
        day: entry.date.day,
        tags: entry.tags.join(' '),
        categories: entry.categories.join(' '),
        description: entry.description ?? '',
        text,
        snippet: entry.description ?? text.slice(0, SNIPPET_LENGTH),
        draft: journal.status(entry) !== 'published',
      };
    }),
  );
  return JSON.stringify(index);
}

