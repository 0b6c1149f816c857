import type { Options, SearchOptions } from 'minisearch';
import { CJK } from '../text/cjk';
import { tokenize, tokenizeQuery } from './tokenize';

const isLoneCjk = (term: string) => [...term].length === 1 && CJK.test(term);

/** One search document: a visible entry as the index sees it. */
export interface SearchDocument {
  readonly id: number;
  readonly title: string;
  readonly url: string;
  readonly day: string;
  readonly tags: string;
  readonly categories: string;
  readonly description: string;
  readonly text: string;
  /** The opening of the text, kept for result snippets. */
  readonly snippet: string;
  readonly draft: boolean;
}

export const STORED_FIELDS = ['title', 'url', 'day', 'tags', 'snippet', 'draft'] as const;

/** Shared by the build (indexing) and the browser (loading and querying): they must agree. */
export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'tags', 'categories', 'description', 'text'],
  storeFields: [...STORED_FIELDS],
  tokenize,
  processTerm: (term) => term,
};

export const SEARCH_OPTIONS: SearchOptions = {
  tokenize: tokenizeQuery,
  // Titles and tags rank above body text.
  boost: { title: 4, tags: 3, categories: 2, description: 1.5, text: 1 },
  combineWith: 'AND',
  // Prefix matching for spaced words ("inter" finds "interview"), and for a lone CJK character, which
  // begins the pairs it is in (or ends its run, indexed alone); CJK pairs match exactly.
  prefix: (term) => /^[a-z0-9]{3,}$/.test(term) || isLoneCjk(term),
  fuzzy: (term) => (/^[a-z]{6,}$/.test(term) ? 0.15 : false),
};
