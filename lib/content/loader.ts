import path from 'node:path';
import { journalNow, siteDigest, type Site } from '../site/site';
import type { Entry } from './entry';
import { buildJournal, type Journal } from './journal';
import { BuildCache } from './build-cache';
import { EntryCache, listEntryFiles, mediaSignature, watchForChanges, type SourceFile } from './entry-files';
import { ContentError, formatProblem, type ContentProblem } from './problems';
import { gitDays, type GitDays } from './git-dates';
import { say } from '../text/message';
import { readSections, type Section } from './sections';
import { vaultSections } from './vaults';

/**
 * The loader's lifecycle: one journal per content folder and process,
 * built from the entry cache, rebuilt in the preview when files change.
 * Everything it needs arrives as the Site: one loader per content folder and Site.
 */

interface Loader {
  readonly dir: string;
  /** The checker's reading: every entry, drafts included, each file parsed from its bytes with its key lines. */
  readonly checking: boolean;
  /** The preview's reading (not the checker's): its server's terminal names new problems. */
  readonly printsProblems: boolean;
  readonly cache: EntryCache;
  readonly changed: () => boolean;
  journal: Journal | null;
  /** Files as last listed, by path relative to the content folder. */
  files: Map<string, SourceFile>;
  /** Counts rebuilds of the journal: the preview reloads open pages when it changes. */
  version: number;
  /** Problems the preview has printed in its terminal: each is printed once, when it appears. */
  printed: Set<string>;
  /** What the last parse of each file noted (probable mistakes that do not stop it), for the checker. */
  notes: readonly ContentProblem[];
  /** The entry files as last listed (section files aside). */
  entryFiles: readonly SourceFile[];
}

declare global {
  // Kept on globalThis so that the preview's module reloads share one cache.
  var __journalLoaders: Map<string, Loader> | undefined;
}

const NEVER = () => false;

const digests = new WeakMap<Site, string>();

/** The Site's digest, worked out once per Site: a loader serves one Site, so what is derived from its journal fits it. */
function digestOf(site: Site): string {
  let digest = digests.get(site);
  if (digest === undefined) digests.set(site, (digest = siteDigest(site)));
  return digest;
}

function loaderFor(site: Site, checking = false): Loader {
  const dir = site.contentDir;
  const loaders = (globalThis.__journalLoaders ??= new Map());
  const key = `${dir}\0${digestOf(site)}${checking ? '\0check' : ''}`;
  let loader = loaders.get(key);
  if (!loader) {
    loader = {
      dir,
      checking,
      printsProblems: site.devServer && !checking,
      cache: new EntryCache({
        timeZone: site.settings.timezone,
        categoryLists: site.settings.categoryLists,
        parseLog: site.parseLog,
        disk: site.cache && !checking ? new BuildCache(site.cache) : undefined,
        preview: site.devServer && !checking,
        deferWrites: site.devServer,
        keyLines: checking,
      }),
      // A published build reads the folder once; the preview (and the checker in it) looks again after changes.
      changed: site.preview ? watchForChanges(dir) : NEVER,
      journal: null,
      files: new Map(),
      version: 0,
      printed: new Set(),
      notes: [],
      entryFiles: [],
    };
    loaders.set(key, loader);
  }
  return loader;
}

/**
 * The journal as this process shows it. Files are read once; in the
 * preview, again only after the content folder changes. In a published
 * build any broken entry stops the build with every problem listed; in
 * the preview broken entries are reported and the rest keeps working.
 */
export function getJournal(site: Site): Journal {
  const loader = loaderFor(site);
  const journal = journalFrom(site, loader, false);
  if (journal.problems.length > 0 && site.refusesBroken) throw new ContentError(journal.problems, contentLabel(loader.dir));
  return journal;
}

/** The journal as this process shows it, broken entries left out and named in its problems: never throws for them. */
export function loadJournal(site: Site): Journal {
  return journalFrom(site, loaderFor(site), false);
}

/** What the checker reads: the journal with every entry, drafts included, parsed from the files. */
export interface CheckedJournal {
  readonly journal: Journal;
  /** How many entry files there are. */
  readonly files: number;
  /** What each parse noted: probable mistakes that publish anyway. */
  readonly notes: readonly ContentProblem[];
  /** Every entry file (section files aside) with its front matter keys, in the listing's order. */
  readonly keyed: readonly { readonly file: string; readonly keys: ReadonlyMap<string, number> }[];
}

/**
 * The journal as `npm run check` and the drafts desk read it: every entry,
 * drafts included, each file parsed from its bytes (never a record of the
 * cache), by the same reading as the site's. Kept per content folder and
 * Site like the site's own, and read again only after files change.
 */
export function checkedJournal(site: Site): CheckedJournal {
  const loader = loaderFor(site, true);
  const journal = journalFrom(site, loader, false);
  const known = checkedReads.get(journal);
  if (known) return known;
  const read: CheckedJournal = {
    journal,
    files: loader.files.size,
    notes: loader.notes,
    keyed: loader.entryFiles.map((f) => ({ file: f.file, keys: loader.cache.keysOf(f.absolute) ?? new Map<string, number>() })),
  };
  checkedReads.set(journal, read);
  return read;
}

/**
 * The same reading of the journal this process publishes (the build's):
 * its entries only, each parsed once for the pages and the report alike,
 * with the notes and keys of those entries.
 */
export function publishedJournal(site: Site): CheckedJournal {
  const loader = loaderFor(site);
  const journal = journalFrom(site, loader, false);
  const known = checkedReads.get(journal);
  if (known) return known;
  const shown = new Set(journal.all.map((e) => e.file));
  const entryFiles = new Set(loader.entryFiles.map((f) => f.file));
  const report: CheckedJournal = {
    journal,
    files: shown.size,
    // A note of an entry that is not published (a draft's) is not this build's; a section's or a vault's is.
    notes: loader.notes.filter((n) => shown.has(n.file) || !entryFiles.has(n.file)),
    keyed: journal.all.map((e) => ({ file: e.file, keys: new Map(e.keyLines) })),
  };
  checkedReads.set(journal, report);
  return report;
}

/** One reading per journal built: the same object until the files change, so what is derived from it is kept. */
const checkedReads = new WeakMap<Journal, CheckedJournal>();

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
function journalFrom(site: Site, loader: Loader, recheck: boolean): Journal {
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
    const notes: ContentProblem[] = [];
    const { sections, entryFiles, skipped } = readSections(files);
    for (const r of sections) problems.push(...r.problems);
    notes.push(...skipped);
    // A vault publishes only the notes chosen for it, unless the settings publish every note (./vaults.ts).
    const vaults = vaultSections(loader.dir, entryFiles);
    const everyNote = site.settings.publishing === 'all';
    if (everyNote) for (const v of vaults) notes.push({ file: v.file, field: 'publish', message: say('a vault: every note is published (`publishing: all` in the settings)', '笔记库：全部笔记都发布（设置里写了 `publishing: all`）'), line: 1 });
    const vaultOf = (file: string) => vaults.find((v) => v.dir === '' || file.startsWith(`${v.dir}/`));
    const inVault = (file: string) => vaultOf(file) !== undefined;
    // Git is asked once, and only when a file has no date of its own.
    let history: GitDays | null | undefined;
    const firstDay = (file: string) => {
      if (history === undefined) history = gitDays(loader.dir);
      return { day: history?.days.get(file.normalize('NFC')) ?? null, shallow: history?.shallow ?? false };
    };
    const unread = new Map<Section, number>();
    const empty = new Set<string>();
    for (const r of loader.cache.read(entryFiles, inVault, site.settings.gitDates ? firstDay : undefined)) {
      if (r.ok) {
        entries.push(r.entry);
        notes.push(...r.notes);
      } else if (r.empty) {
        // An empty file has nothing to publish: it is left out, and said (as no entry's: every build says it).
        notes.push(...r.problems);
        for (const p of r.problems) empty.add(p.file);
      } else if (r.draft || (!everyNote && !r.shared && inVault(r.problems[0]?.file ?? ''))) {
        const vault = r.draft ? undefined : vaultOf(r.problems[0]?.file ?? '');
        if (vault) unread.set(vault, (unread.get(vault) ?? 0) + 1);
        // A file that would not be published (a draft, or a vault note not chosen for publishing) stops nothing: its problems are said, as warnings.
        notes.push(...r.problems.map((p) => ({ ...p, message: say(`${p.message.en} (the note is private, so this stops nothing)`, `${p.message['zh-CN']}（这篇笔记不公开，所以不影响发布）`) })));
      } else problems.push(...r.problems);
    }
    loader.notes = notes;
    loader.entryFiles = entryFiles.filter((f) => !empty.has(f.file));
    // The checker sees every entry, as the preview does, to say what each would publish as.
    const preview = site.preview || loader.checking;
    loader.journal = buildJournal(entries, problems, { preview, collator: site.collator }, loader.checking ? Date.now() : journalNow(site), [...sections.map((r) => r.section), ...(everyNote ? [] : vaults.map((v) => ({ ...v, unread: unread.get(v) ?? 0 })))]);
    // What this run publishes is kept between runs; a production build keeps no draft, locked or scheduled entry.
    if (!loader.checking) loader.cache.keep(site.preview ? entries : loader.journal.all, () => mediaSignature([loader.dir, ...(site.staticDir ? [site.staticDir] : [])]));
    // The server's terminal names them; a process it started to check a route's parameters stays quiet.
    if (loader.printsProblems && !loader.cache.isServersChild()) printNewProblems(loader, loader.journal.problems);
  }
  const journal = loader.journal;
  if (!journal) throw new Error('the journal was not built');
  return journal;
}

/** The content folder as the author would type it before a file name: relative to the project when inside it. */
/** The preview's terminal names each content problem once, when it appears (and again if it comes back after a fix). */
function printNewProblems(loader: Loader, problems: readonly ContentProblem[]): void {
  const now = new Set(problems.map((p) => formatProblem(p, contentLabel(loader.dir))));
  for (const line of now) if (!loader.printed.has(line)) console.warn(`⚠ ${line}`);
  loader.printed = now;
}

export function contentLabel(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return `${relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : dir}/`;
}

/**
 * The preview's content version: it changes whenever an entry file is
 * added, changed, renamed or removed. Asked about once a second by open
 * preview pages, it also lists the folder in case the watcher missed a change.
 */
export function contentVersion(site: Site): number {
  const loader = loaderFor(site);
  journalFrom(site, loader, loader.changed !== NEVER);
  return loader.version;
}

/** When the entry's file was last changed (ms since the epoch), as last listed. */
export function entryModified(site: Site, entry: Entry): number | undefined {
  return loaderFor(site).files.get(entry.file)?.mtimeMs;
}
