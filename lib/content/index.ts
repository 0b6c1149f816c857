import path from 'node:path';
import { autoExcerpt, plainExcerpt, renderEntry, renderExcerpt, type ImageContext, type MediaFile, type RenderedEntry } from '../markdown';
import { readingStats, type ReadingStats } from '../reading';
import { memoByObject } from '../memo';
import { basePath } from '../urls';
import { site } from '../site';
import { fileStem, type Entry } from './entry';
import { buildJournal, type Journal } from './journal';
import { contentDir, EntryCache, listEntryFiles, parseStats, watchForChanges, type SourceFile } from './load';
import { ContentError, type ContentProblem } from './problems';
import { readSnapshot, snapshotFile, writeSnapshot } from './snapshot';
import { visibilityEnvFromProcess, type EntryStatus } from './visibility';

export type { Entry } from './entry';
export type { Journal, Term, TermKind, YearGroup } from './journal';
export type { ContentProblem } from './problems';
export type { EntryStatus } from './visibility';
export type { MediaFile, RenderedEntry, TocItem } from '../markdown';
export type { ReadingStats } from '../reading';

interface Loader {
  readonly dir: string;
  /** The preview server itself (not a child checking parameters from its snapshot): it keeps the snapshot. */
  readonly keepsSnapshot: boolean;
  readonly cache: EntryCache;
  readonly changed: () => boolean;
  journal: Journal | null;
  /** Files as last listed, by path relative to the content folder. */
  files: Map<string, SourceFile>;
  /** Counts rebuilds of the journal: the preview reloads open pages when it changes. */
  version: number;
}

declare global {
  // Kept on globalThis so that the preview's module reloads share one cache.
  var __journalLoaders: Map<string, Loader> | undefined;
}

const NEVER = () => false;

function loaderFor(dir: string, preview: boolean): Loader {
  const loaders = (globalThis.__journalLoaders ??= new Map());
  let loader = loaders.get(dir);
  if (!loader) {
    // Under next dev, a child of the server (checking a route's parameters) starts from what the server parsed.
    const devServer = preview && process.env.NODE_ENV === 'development';
    const seed = devServer ? readSnapshot(snapshotFile(dir, process.ppid)) : [];
    loader = {
      dir,
      keepsSnapshot: devServer && seed.length === 0,
      cache: new EntryCache(site.timezone),
      // A published build reads the folder once; the preview looks again after changes.
      changed: preview ? watchForChanges(dir) : NEVER,
      journal: null,
      files: new Map(),
      version: 0,
    };
    loader.cache.seed(seed);
    loaders.set(dir, loader);
  }
  return loader;
}

/**
 * The journal as this process shows it. Files are read once; in the
 * preview, again only after the content folder changes. In a published
 * build any broken entry stops the build with every problem listed; in
 * the preview broken entries are reported and the rest keeps working.
 */
export function getJournal(): Journal {
  return journalFrom(loaderFor(contentDir(), visibilityEnvFromProcess().preview), false);
}

function signature(files: Iterable<SourceFile>): string {
  let s = '';
  for (const f of files) s += `${f.file}\0${f.mtimeMs}\0${f.size}\n`;
  return s;
}

/**
 * Rebuilds the journal when there is none yet, when the watcher saw a
 * change, or (with `recheck`) when a fresh listing of names, times and sizes
 * differs from the last one — the watcher can miss an event, a listing cannot.
 */
function journalFrom(loader: Loader, recheck: boolean): Journal {
  const watched = loader.changed();
  let files: SourceFile[] | null = null;
  if (!loader.journal || watched) {
    files = listEntryFiles(loader.dir);
  } else if (recheck) {
    const listed = listEntryFiles(loader.dir);
    if (signature(listed) !== signature(loader.files.values())) files = listed;
  }
  if (files) {
    loader.files = new Map(files.map((f) => [f.file, f]));
    loader.version += 1;
    const entries: Entry[] = [];
    const problems: ContentProblem[] = [];
    const parsedBefore = parseStats.parsed;
    for (const r of loader.cache.read(files)) {
      if (r.ok) entries.push(r.entry);
      else problems.push(...r.problems);
    }
    if (loader.keepsSnapshot && parseStats.parsed !== parsedBefore) writeSnapshot(snapshotFile(loader.dir, process.pid), loader.cache.records());
    loader.journal = buildJournal(entries, problems, visibilityEnvFromProcess(), Date.now());
  }
  const journal = loader.journal;
  if (!journal) throw new Error('the journal was not built');
  if (journal.problems.length > 0 && process.env.NODE_ENV === 'production') {
    throw new ContentError(journal.problems, contentLabel(loader.dir));
  }
  return journal;
}

/** The content folder as the author would type it before a file name: relative to the project when inside it. */
function contentLabel(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return `${relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : dir}/`;
}

function imageContext(entry: Entry): ImageContext {
  return { contentDir: contentDir(), entryFile: entry.file, basePath };
}

/**
 * The entry rendered (sanitized HTML, table of contents, its images), once
 * per entry. A local image that does not exist stops the build, naming the
 * entry and the path.
 */
export const renderedEntry = memoByObject((entry: Entry): RenderedEntry => {
  const rendered = renderEntry(entry.body, imageContext(entry));
  if (rendered.missingImages.length > 0) {
    throw new ContentError(
      rendered.missingImages.map((url) => ({ file: entry.file, field: 'image', message: `${url} does not exist` })),
      contentLabel(contentDir()),
    );
  }
  return rendered;
});

export function entryHtml(entry: Entry): string {
  return renderedEntry(entry).html;
}

/** The entry's excerpt as sanitized HTML: the part before `<!-- more -->`, or a short cut of its opening. */
export const excerptHtml = memoByObject((entry: Entry): string =>
  entry.excerptSource !== null ? renderExcerpt(entry.excerptSource, imageContext(entry)) : autoExcerpt(entry.body),
);

/** Every local image shown by a visible entry: what the published site serves under /media/. */
export function publishedMedia(journal: Journal): MediaFile[] {
  const byPath = new Map<string, MediaFile>();
  for (const entry of journal.entries) {
    // Every Markdown image starts with `![`: entries without one are not rendered here.
    if (!entry.body.includes('![')) continue;
    for (const m of renderedEntry(entry).media) byPath.set(m.path, m);
  }
  return [...byPath.values()];
}

/** Length and reading time of an entry, counted once per entry. */
export const entryReading = memoByObject((entry: Entry): ReadingStats => readingStats(entry.body));

export interface ListPage {
  readonly page: number;
  readonly pageCount: number;
  readonly entries: readonly Entry[];
}

/** Page `page` (from 1) of the newest-first list, or undefined past the end. */
export function listPage(journal: Journal, page: number): ListPage | undefined {
  const size = site.entriesPerPage;
  const pageCount = Math.max(1, Math.ceil(journal.entries.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { page, pageCount, entries: journal.entries.slice((page - 1) * size, page * size) };
}

/** Problems of the entry that would live at `slug` (by file name), for the preview's error page. */
export function problemsForSlug(journal: Journal, slug: string): readonly ContentProblem[] {
  return journal.problems.filter((p) => fileStem(p.file) === slug || (p.field === 'slug' && p.message.startsWith(`"${slug}"`)));
}

/** What a list shows of an entry. */
export interface EntryCardData {
  readonly entry: Entry;
  readonly status: EntryStatus;
  readonly excerpt: string;
  readonly reading: ReadingStats;
}

export function entryCards(journal: Journal, entries: readonly Entry[]): EntryCardData[] {
  return entries.map((entry) => ({ entry, status: journal.status(entry), excerpt: excerptHtml(entry), reading: entryReading(entry) }));
}

/**
 * A one-line description for metadata: front matter `description`, else
 * the opening text. Once per entry: the page's metadata and its JSON-LD both ask.
 */
export const entryDescription = memoByObject((entry: Entry): string => entry.description ?? plainExcerpt(entry.excerptSource ?? entry.body));

/**
 * The preview's content version: it changes whenever an entry file is
 * added, changed, renamed or removed. Asked about once a second by open
 * preview pages, it also lists the folder in case the watcher missed a change.
 */
export function contentVersion(): number {
  const loader = loaderFor(contentDir(), visibilityEnvFromProcess().preview);
  journalFrom(loader, loader.changed !== NEVER);
  return loader.version;
}

/** When the entry's file was last changed (ms since the epoch), as last listed. */
export function entryModified(entry: Entry): number | undefined {
  return loaderFor(contentDir(), visibilityEnvFromProcess().preview).files.get(entry.file)?.mtimeMs;
}
