import { IntentLink } from './intent-link';
import type { Term, TermKind } from '@/lib/content';
import { termPath } from '@/lib/site/urls';
import { categoryTree } from '@/lib/views/category-tree';

/** Every tag, or every category as a tree, with the number of its entries (a category's include those inside it). */
export function TermIndex({ kind, terms }: { kind: TermKind; terms: readonly Term[] }) {
  const rows = kind === 'tags' ? terms.map((term) => ({ term, depth: 0, label: `#${term.name}` })) : categoryTree(terms);
  const nested = rows.some((row) => row.depth > 0);
  return (
    <ul className={nested ? 'term-index term-tree' : 'term-index'}>
      {rows.map(({ term, depth, label }) => (
        <li key={term.slug} className={depth > 0 ? `term-depth-${Math.min(depth, 4)}` : undefined}>
          <IntentLink href={termPath(kind, term.slug)} rel="tag">
            {label}
          </IntentLink>
          <span className="term-count">{term.entries.length}</span>
        </li>
      ))}
    </ul>
  );
}
