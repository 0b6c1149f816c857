import type { Entry, EntryStatus, RenderedEntry } from '@/lib/content';
import { CodeCopy } from './code-copy';
import { HtmlContent } from './html-content';
import { StatusBadge } from './status-badge';
import { currentSite } from '@/lib/site/site';

interface Props {
  page: Entry;
  status: EntryStatus;
  rendered: RenderedEntry;
}

/** A page of the site (/about/): its title and text, without an entry's date, terms or neighbours. */
export function PageArticle({ page, status, rendered }: Props) {
  const { t, basePath } = currentSite();
  return (
    <div className="entry-layout">
      {rendered.hasMath ? <link rel="stylesheet" href={`${basePath}/katex/katex.min.css`} precedence="default" /> : null}
      <article className="entry site-page" data-slug={page.slug} data-status={status}>
        <header className="entry-header">
          <h1>{page.title}</h1>
          <StatusBadge status={status} />
        </header>
        <HtmlContent className="prose" html={rendered.html} />
      </article>
      {rendered.hasCode ? <CodeCopy label={t.copy} done={t.copied} /> : null}
    </div>
  );
}
