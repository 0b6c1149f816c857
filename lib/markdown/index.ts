/** The Markdown pipeline: what the rest of the journal uses of it. */
export { autoExcerpt, renderEntry, renderExcerpt, renderForFeed, renderMarkdown, type RenderedEntry } from './pipeline';
export { findMoreMarker, plainExcerpt } from './excerpt';
export type { TocItem } from './headings';
export type { ImageContext, MediaFile } from './images';
export { decodeRendered } from './decode';
export { decodeStoredHtml } from './stored';
