import { IntentLink } from './intent-link';
import type { TermKind } from '@/lib/content';
import { CATEGORY_SEPARATOR, termSlugOf } from '@/lib/text/names';
import { termPath } from '@/lib/site/urls';

/**
 * An entry's tags or categories as links. A category path shows once, by
 * its deepest category (`技术 › Linux`, not also `技术`).
 */
export function TermLinks({ kind, names, label }: { kind: TermKind; names: readonly string[]; label: string }) {
  const shown = kind === 'categories' ? names.filter((n) => !names.some((other) => other.startsWith(n + CATEGORY_SEPARATOR))) : names;
  if (shown.length === 0) return null;
  return (
    <ul className={`term-links term-links-${kind}`} aria-label={label}>
      {shown.map((name) => (
        <li key={name}>
          <IntentLink href={termPath(kind, termSlugOf(kind, name))} rel="tag">
            {kind === 'tags' ? `#${name}` : name}
          </IntentLink>
        </li>
      ))}
    </ul>
  );
}
