import Link from 'next/link';
import type { TermKind } from '@/lib/content';
import { termSlug } from '@/lib/text/names';
import { termPath } from '@/lib/config/urls';

/** An entry's tags or categories as links. */
export function TermLinks({ kind, names, label }: { kind: TermKind; names: readonly string[]; label: string }) {
  if (names.length === 0) return null;
  return (
    <ul className={`term-links term-links-${kind}`} aria-label={label}>
      {names.map((name) => (
        <li key={name}>
          <Link href={termPath(kind, termSlug(name))} rel="tag">
            {kind === 'tags' ? `#${name}` : name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
