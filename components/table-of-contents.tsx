import type { TocItem } from '@/lib/content';
import { TocTracker } from './toc-tracker';
import { currentSite } from '@/lib/site/site';

/** Contents of a long entry (h2 and h3): beside the text on wide screens, collapsible above it on narrow ones. */
export function TableOfContents({ items }: { items: readonly TocItem[] }) {
  const { t } = currentSite();
  return (
    <nav className="toc" aria-label={t.toc}>
      <details className="toc-details">
        <summary>{t.toc}</summary>
        <ol>
          {items.map((item) => (
            <li key={item.id} className={`toc-depth-${item.depth}`}>
              <a href={`#${encodeURIComponent(item.id)}`} data-toc-id={item.id}>
                {item.text}
              </a>
            </li>
          ))}
        </ol>
      </details>
      <TocTracker />
    </nav>
  );
}
