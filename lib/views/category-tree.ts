import type { Term } from '../content';
import { categoryParts } from '../text/names';

export interface TreeRow {
  readonly term: Term;
  /** 0 for a category on its own, 1 for one inside it, … */
  readonly depth: number;
  /** The last part of its name (`Linux` for `技术 › Linux`). */
  readonly label: string;
}

/**
 * Categories as a tree, in reading order: each category followed by the
 * ones inside it; siblings by their number of entries, as terms come. A
 * category is known by its URL name (`技术/linux` is inside `技术`).
 */
export function categoryTree(terms: readonly Term[]): TreeRow[] {
  const children = new Map<string, Term[]>();
  const known = new Set(terms.map((t) => t.slug));
  for (const term of terms) {
    const cut = term.slug.lastIndexOf('/');
    const parent = cut === -1 || !known.has(term.slug.slice(0, cut)) ? '' : term.slug.slice(0, cut);
    children.set(parent, [...(children.get(parent) ?? []), term]);
  }
  const rows: TreeRow[] = [];
  const visit = (parent: string, depth: number) => {
    for (const term of children.get(parent) ?? []) {
      rows.push({ term, depth, label: categoryParts(term.name).at(-1) ?? term.name });
      visit(term.slug, depth + 1);
    }
  };
  visit('', 0);
  return rows;
}
