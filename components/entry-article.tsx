import type { ReactNode } from 'react';
import type { LicenseSettings } from '@/lib/site/setting-values';
import type { Entry, EntryStatus, Picture, ReadingStats, RenderedEntry } from '@/lib/content';
import { CodeCopy } from './code-copy';
import { EntryCover } from './entry-cover';
import { EntryFooter } from './entry-footer';
import { EntryMeta } from './entry-meta';
import { FormattedDate } from './formatted-date';
import { HtmlContent } from './html-content';
import { ImageZoom } from './image-zoom';
import { MermaidDiagrams } from './mermaid-diagrams';
import { LicenseLine } from './license-line';
import { TableOfContents } from './table-of-contents';
import { currentSite } from '@/lib/site/site';

interface Props {
  entry: Entry;
  status: EntryStatus;
  rendered: RenderedEntry;
  reading: ReadingStats;
  newer: Entry | undefined;
  older: Entry | undefined;
  related: readonly Entry[];
  mentions: readonly Entry[];
  cover: Picture | null;
  license: LicenseSettings | null;
  /** The author card, after the entry's text. */
  author: ReactNode;
  /** Comments, when the settings have them and the entry allows them. */
  comments: ReactNode;
}

/** Entries longer than this (characters and words) end with a link back to the top. */
const LONG_ENTRY = 1500;

/** Entries with this many h2/h3 headings get a table of contents, unless their front matter says `toc: false`. */
const TOC_MIN_HEADINGS = 3;

/** A whole entry, with its contents, reading time and footer. */
export function EntryArticle({ entry, status, rendered, reading, newer, older, related, mentions, cover, license, author, comments }: Props) {
  const { t, basePath } = currentSite();
  const withToc = entry.toc && rendered.toc.length >= TOC_MIN_HEADINGS;
  return (
    <div className={withToc ? 'entry-layout entry-with-toc' : 'entry-layout'}>
      {rendered.hasMath ? <link rel="stylesheet" href={`${basePath}/katex/katex.min.css`} precedence="default" /> : null}
      <article className="entry" data-slug={entry.slug} data-status={status}>
        <header className="entry-header">
          <h1>{entry.title}</h1>
          <EntryMeta entry={entry} status={status} reading={reading} />
        </header>
        {cover ? <EntryCover picture={cover} small={false} /> : null}
        {withToc ? <TableOfContents items={rendered.toc} /> : null}
        <HtmlContent className="prose" html={rendered.html} />
        {entry.updated ? (
          <p className="entry-updated">
            {t.updated} <FormattedDate date={entry.updated} />
          </p>
        ) : null}
        {reading.cjk + reading.words > LONG_ENTRY ? (
          <p className="back-to-top">
            <a href="#">↑ {t.backToTop}</a>
          </p>
        ) : null}
        {license ? <LicenseLine license={license} /> : null}
        {author}
        <EntryFooter newer={newer} older={older} related={related} mentions={mentions} />
        {comments}
      </article>
      {rendered.hasCode ? <CodeCopy label={t.copy} done={t.copied} /> : null}
      {rendered.hasDiagrams ? <MermaidDiagrams src={`${basePath}/mermaid/mermaid.esm.min.mjs`} /> : null}
      {rendered.hasImages ? <ImageZoom scope="article.entry" labels={{ open: t.enlargeImage, close: t.close }} /> : null}
    </div>
  );
}
