import Link from 'next/link';
import type { Entry } from '@/lib/content';
import { entryPath } from '@/lib/site/urls';
import { currentSite } from '@/lib/site/site';

/**
 * An old address in a static export, where no server can redirect: the
 * page refreshes to the entry at once (as Hugo's alias pages do) and links
 * to it for readers without refresh.
 */
export function MovedNotice({ entry }: { entry: Entry }) {
  const { t, withBase } = currentSite();
  const href = entryPath(entry.slug);
  return (
    <section className="not-found">
      <meta httpEquiv="refresh" content={`0; url=${withBase(href)}`} />
      <h1>{t.movedTitle}</h1>
      <p>
        <Link href={href}>{entry.title}</Link>
      </p>
    </section>
  );
}
