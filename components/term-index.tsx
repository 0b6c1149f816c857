import Link from 'next/link';
import type { Term, TermKind } from '@/lib/content';
import { termPath } from '@/lib/config/urls';

/** Every tag or category with the number of its entries. */
export function TermIndex({ kind, terms }: { kind: TermKind; terms: readonly Term[] }) {
  return (
    <ul className="term-index">
      {terms.map((term) => (
        <li key={term.slug}>
          <Link href={termPath(kind, term.slug)} rel="tag">
            {kind === 'tags' ? `#${term.name}` : term.name}
          </Link>
          <span className="term-count">{term.entries.length}</span>
        </li>
      ))}
    </ul>
  );
}
