/**
 * The content layer, as pages and feeds use it: the journal of visible
 * entries (./loader.ts) and what is derived from its entries (./derived.ts).
 */
export { contentVersion, entryModified, getJournal } from './loader';
export {
  entryCards,
  entryDescription,
  entryHtml,
  entryReading,
  entryText,
  excerptHtml,
  feedExcerpt,
  feedHtml,
  journalOldAddresses,
  listPage,
  problemsForSlug,
  publishedMedia,
  renderedEntry,
  type EntryCardData,
  type ListPage,
} from './derived';
export type { Entry } from './entry';
export { mentionsOf } from './backlinks';
export { coverPicture, sitePictures, type Picture } from './pictures';
export { pathOfSegments } from './fields';
export type { Journal, Term, TermKind, YearGroup } from './journal';
export type { ContentProblem } from './problems';
export type { EntryStatus } from './visibility';
export type { MediaFile, RenderedEntry, TocItem } from '../markdown';
export type { ReadingStats } from '../text/reading';
