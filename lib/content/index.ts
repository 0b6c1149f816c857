import path from 'node:path';
import { autoExcerpt, plainExcerpt, renderEntry, renderExcerpt, type ImageContext, type MediaFile, type RenderedEntry } from '../markdown';
import { readingStats, type ReadingStats } from '../reading';
import { basePath } from '../urls';
import { site } from '../site';
import { fileStem, type Entry } from './entry';
import { buildJournal, type Journal } from './journal';
import { contentDir, EntryCache, listEntryFiles, watchForChanges, type SourceFile } from './load';
import { ContentError, type ContentProblem } from './problems';
import { visibilityEnvFromProcess, type EntryStatus } from './visibility';

export type { Entry } from './entry';
export type { Journal, Term, TermKind, YearGroup } from './journal';
export type { ContentProblem } from './problems';
export type { EntryStatus } from './visibility';
export type { MediaFile, RenderedEntry, TocItem } from '../markdown';
export type { ReadingStats } from '../reading';

interface Loader {
  readonly dir: string;
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
    loader = {
      dir,
      cache: new EntryCache(site.timezone),
      // A published build reads the folder once; the preview looks again after changes.
      changed: preview ? watchForChanges(dir) : NEVER,
      journal: null,
      files: new Map(),
      version: 0,
    };
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

function journalFrom(loader: Loader, recheck: boolean): Journal {
  const env = visibilityEnvFromProcess();
  let files: SourceFile[] | null = null;
  if (recheck && loader.journal) {
    // The watcher can miss an event; a listing of names, times and sizes cannot.
    files = listEntryFiles(loader.dir);
    if (signature(files) === signature(loader.files.values())) files = null;
    else loader.changed();
  }
  if (files || loader.changed() || !loader.journal) {
    files ??= listEntryFiles(loader.dir);
    loader.files = new Map(files.map((f) => [f.file, f]));
    loader.version += 1;
    const results = loader.cache.read(files);
    const entries: Entry[] = [];
    const problems: ContentProblem[] = [];
    for (const r of results) {
      if (r.ok) entries.push(r.entry);
      else problems.push(...r.problems);
    }
    loader.journal = buildJournal(entries, problems, env, Date.now());
  }
  const journal = loader.journal;
  if (journal.problems.length > 0 && process.env.NODE_ENV === 'production') {
    throw new ContentError(journal.problems, `${displayDir(loader.dir)}/`);
  }
  return journal;
}

/** The content folder as the author would type it: relative to the project when inside it. */
function displayDir(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : dir;
}

const renderCache = new WeakMap<Entry, RenderedEntry>();
const excerptCache = new WeakMap<Entry, string>();

function imageContext(entry: Entry): ImageContext {
  return { contentDir: contentDir(), entryFile: entry.file, basePath };
}

/**
 * The entry rendered (sanitized HTML, table of contents, its images), once
 * per entry. A local image that does not exist stops the build, naming the
 * entry and the path.
 */
export function renderedEntry(entry: Entry): RenderedEntry {
  let rendered = renderCache.get(entry);
  if (rendered === undefined) {
    rendered = renderEntry(entry.body, imageContext(entry));
    if (rendered.missingImages.length > 0) {
      throw new ContentError(
        rendered.missingImages.map((url) => ({ file: entry.file, field: 'image', message: `${url} does not exist` })),
        `${displayDir(contentDir())}/`,
      );
    }
    renderCache.set(entry, rendered);
  }
  return rendered;
}

export function entryHtml(entry: Entry): string {
  return renderedEntry(entry).html;
}

/** The entry's excerpt as sanitized HTML: the part before `<!-- more -->`, or a short cut of its opening. */
export function excerptHtml(entry: Entry): string {
  let html = excerptCache.get(entry);
  if (html === undefined) {
    html = entry.excerptSource !== null ? renderExcerpt(entry.excerptSource, imageContext(entry)) : autoExcerpt(entry.body);
    excerptCache.set(entry, html);
  }
  return html;
}

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

const statsCache = new WeakMap<Entry, ReadingStats>();

export function entryReading(entry: Entry): ReadingStats {
  let stats = statsCache.get(entry);
  if (stats === undefined) {
    stats = readingStats(entry.body);
    statsCache.set(entry, stats);
  }
  return stats;
}

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

/** A one-line description for metadata: front matter `description`, else the opening text. */
export function entryDescription(entry: Entry): string {
  return entry.description ?? plainExcerpt(entry.excerptSource ?? entry.body);
}

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
