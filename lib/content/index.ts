import path from 'node:path';
import { autoExcerpt, plainExcerpt, renderMarkdown } from '../markdown';
import { site } from '../site';
import { fileStem, type Entry } from './entry';
import { buildJournal, type Journal } from './journal';
import { contentDir, EntryCache, listEntryFiles, watchForChanges } from './load';
import { ContentError, type ContentProblem } from './problems';
import { visibilityEnvFromProcess, type EntryStatus } from './visibility';

export type { Entry } from './entry';
export type { Journal, Term, TermKind, YearGroup } from './journal';
export type { ContentProblem } from './problems';
export type { EntryStatus } from './visibility';

interface Loader {
  readonly dir: string;
  readonly cache: EntryCache;
  readonly changed: () => boolean;
  journal: Journal | null;
}

declare global {
  // Kept on globalThis so that the preview's module reloads share one cache.
  var __journalLoaders: Map<string, Loader> | undefined;
}

function loaderFor(dir: string, preview: boolean): Loader {
  const loaders = (globalThis.__journalLoaders ??= new Map());
  let loader = loaders.get(dir);
  if (!loader) {
    loader = {
      dir,
      cache: new EntryCache(site.timezone),
      // A published build reads the folder once; the preview looks again after changes.
      changed: preview ? watchForChanges(dir) : () => false,
      journal: null,
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
  const env = visibilityEnvFromProcess();
  const loader = loaderFor(contentDir(), env.preview);
  if (loader.changed() || !loader.journal) {
    const results = loader.cache.read(listEntryFiles(loader.dir));
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

const htmlCache = new WeakMap<Entry, string>();
const excerptCache = new WeakMap<Entry, string>();

/** The entry's body as sanitized HTML, rendered once per entry. */
export function entryHtml(entry: Entry): string {
  let html = htmlCache.get(entry);
  if (html === undefined) {
    html = renderMarkdown(entry.body);
    htmlCache.set(entry, html);
  }
  return html;
}

/** The entry's excerpt as sanitized HTML: the part before `<!-- more -->`, or a short cut of its opening. */
export function excerptHtml(entry: Entry): string {
  let html = excerptCache.get(entry);
  if (html === undefined) {
    html = entry.excerptSource !== null ? renderMarkdown(entry.excerptSource) : autoExcerpt(entry.body);
    excerptCache.set(entry, html);
  }
  return html;
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
}

export function entryCards(journal: Journal, entries: readonly Entry[]): EntryCardData[] {
  return entries.map((entry) => ({ entry, status: journal.status(entry), excerpt: excerptHtml(entry) }));
}

/** A one-line description for metadata: front matter `description`, else the opening text. */
export function entryDescription(entry: Entry): string {
  return entry.description ?? plainExcerpt(entry.excerptSource ?? entry.body);
}
