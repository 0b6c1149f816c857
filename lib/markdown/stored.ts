import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { ENTRY_SCHEMA } from './schema';

/**
 * HTML the journal rendered earlier and reads back (the cache between
 * runs) is trusted no more than an entry: it is accepted only when the
 * entries' sanitize schema keeps all of it. The comparison is made on one
 * parse of the stored text, serialized twice (as it is, and sanitized), so
 * only what sanitizing removes can tell the two apart; a record that fails
 * is rendered again from its entry.
 */

/** The footnote labels the pipeline writes after sanitizing (lib/markdown/pipeline.ts), which no entry can write itself. */
const STORED_SCHEMA = {
  ...ENTRY_SCHEMA,
  attributes: { ...ENTRY_SCHEMA.attributes, a: [...(ENTRY_SCHEMA.attributes?.a ?? []), 'ariaLabel'] },
};

export function isSanitizedHtml(html: string): boolean {
  const tree: Root = fromHtml(html, { fragment: true });
  // sanitize makes a new tree and leaves this one as it is: no copy is needed to compare the two.
  return toHtml(sanitize(tree, STORED_SCHEMA)) === toHtml(tree);
}

/** A stored HTML record back from JSON: the text, when it is HTML the sanitizer keeps whole; else undefined. */
export function decodeStoredHtml(value: unknown): string | undefined {
  return typeof value === 'string' && isSanitizedHtml(value) ? value : undefined;
}
