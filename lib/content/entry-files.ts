import fs from 'node:fs';
import path from 'node:path';
import { ATTACHMENT_NAME } from '../markdown/attachments';
import { MARKDOWN_FILE } from '../text/names';
import { cacheKey, keepDerived, type BuildCache } from './build-cache';
import { z } from 'zod';
import { ENTRY, parseEntry, type Entry, type EntryResult } from './entry';
import { problemShape } from './problems';
import { frontMatterKeys } from './front-matter';
import { say } from '../text/message';

/**
 * Finds and reads entry files. Each file is parsed once per process; a
 * file is parsed again only when its modification time or size changes
 * (the author's preview). Images are read by the Markdown pipeline
 * (lib/markdown/images.ts) and served by lib/publish/assets.ts.
 */

export interface SourceFile {
  /** Path relative to the content folder, with forward slashes. */
  readonly file: string;
  readonly absolute: string;
  readonly mtimeMs: number;
  readonly size: number;
}

const SKIPPED_DIRS = new Set(['node_modules']);

/** Every Markdown file (`.md`, or `.markdown` as Hugo and Jekyll name them) below `dir`, in a stable order. Hidden files and folders are skipped. */
export function listEntryFiles(dir: string): SourceFile[] {
  if (!fs.existsSync(dir)) {
    throw new Error(`The content folder ${dir} does not exist (set CONTENT_DIR to the folder that holds your entries).`);
  }
  const found: SourceFile[] = [];
  walkFiles(dir, { hidden: false }, (item, absolute, file) => {
    if (!item.isFile() || !MARKDOWN_FILE.test(item.name)) return;
    const stat = gone(() => fs.statSync(absolute));
    if (stat) found.push({ file, absolute, mtimeMs: stat.mtimeMs, size: stat.size });
  });
  return found;
}

/**
 * Calls `visit` for everything below `dir` that is not a folder (files,
 * links), in a stable order, with its path relative to `dir`. Folders named
 * in SKIPPED_DIRS are not entered (unless `everything` is set), nor links
 * to folders; hidden names are passed over unless `hidden` or `everything` is set.
 */
export function walkFiles(dir: string, options: { hidden: boolean; everything?: boolean }, visit: (item: fs.Dirent, absolute: string, relative: string) => void): void {
  const walk = (absDir: string, relDir: string) => {
    const items = gone(() => fs.readdirSync(/* turbopackIgnore: true */ absDir, { withFileTypes: true })) ?? [];
    items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const item of items) {
      if (!options.hidden && !options.everything && item.name.startsWith('.')) continue;
      const absolute = path.join(/* turbopackIgnore: true */ absDir, item.name);
      const relative = relDir === '' ? item.name : `${relDir}/${item.name}`;
      if (!item.isDirectory()) visit(item, absolute, relative);
      else if (options.everything || !SKIPPED_DIRS.has(item.name)) walk(absolute, relative);
    }
  };
  walk(dir, '');
}

const isMissing = (error: unknown) => error instanceof Error && 'code' in error && error.code === 'ENOENT';

/** Runs a file system call; undefined when the path vanished meanwhile (the author deleted or renamed it). */
function gone<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** What identifies a version of a file: a changed time or size means it is parsed again. */
interface FileStamp {
  readonly mtimeMs: number;
  readonly size: number;
}

interface Parsed extends FileStamp {
  readonly result: EntryResult;
  /** Read as a vault note: with its inline tags. */
  readonly vault: boolean;
  /** Every front matter key's line, kept for the checker (a cache made with `keyLines`). */
  readonly keys?: ReadonlyMap<string, number>;
  /** The file's key in the cache between runs (its path and bytes), when there is that cache. */
  readonly key?: string;
}

/**
 * A parsed entry as the preview's pack keeps it, under the key of its
 * file's bytes: the entry, what its parse noted, and the file's time and
 * size then, so a process reading the pack opens only files changed since.
 */
/** A parsed entry as the preview's pack keeps it; `vault`: read as a vault note (its inline tags with its tags). */
const packedShape = z.object({ entry: ENTRY, notes: z.array(problemShape).readonly(), mtimeMs: z.number(), size: z.number(), vault: z.boolean() }).readonly();
type Packed = z.output<typeof packedShape>;

function decodePacked(value: unknown): Packed | undefined {
  const parsed = packedShape.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** What git says of a file's first day (./git-dates.ts). */
export type History = { readonly day: string | null; readonly shallow: boolean };

/** What the cache needs to know of the journal's configuration. */
export interface CacheContext {
  readonly timeZone: string;
  readonly categoryLists: 'separate' | 'path';
  /** Where every parse is logged (the benchmark), if anywhere. */
  readonly parseLog: string | undefined;
  /** The cache between runs: files whose bytes it knows are not parsed again. */
  readonly disk?: BuildCache | undefined;
  /**
   * The preview (next dev): parsed entries are kept in a pack and read back
   * from it, by the server and by the processes it starts to check a
   * route's parameters, which thus parse only files whose bytes changed.
   * A published build never reads a parsed entry back: whether an entry is
   * published is decided from its file on every run, never from a record.
   */
  readonly preview?: boolean;
  /** Write the pack a moment later (the preview, which answers a save first). */
  readonly deferWrites?: boolean;
  /** Keep every file's front matter keys with their lines, broken files too (the checker's cache). */
  readonly keyLines?: boolean;
}

declare global {
  // One count per process, shared by every bundle that includes this module (pages and route handlers).
  var __journalParseStats: { parsed: number; cached: number } | undefined;
}

/**
 * Counts parses, so tests and the benchmark can show each file is parsed
 * once per process. With JOURNAL_PARSE_LOG set to a file, every parse also
 * appends `pid<TAB>path` to it (the benchmark reads it across processes).
 */
export const parseStats = (globalThis.__journalParseStats ??= { parsed: 0, cached: 0 });

function countParse(f: SourceFile, log: string | undefined): void {
  parseStats.parsed += 1;
  if (log) fs.appendFileSync(/* turbopackIgnore: true */ log, `${process.pid}\t${f.absolute}\n`);
}

/** Parses files through a cache keyed by path, reusing results for unchanged files. */
export class EntryCache {
  private readonly cache = new Map<string, Parsed>();
  /** The entries the cache between runs holds, by key, as last read or written: read once, when first needed. */
  private packed: Map<string, Packed> | undefined;
  /** The process that wrote the pack as it was read; the preview's server rewrites it once under its own pid. */
  private packWriter: number | null = null;
  /** The pack's key for each file it holds. */
  private packedFiles = new Map<string, string>();
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly context: CacheContext) {}

  /**
   * Each file's entry; `inVault` says which files are vault notes (./vaults.ts), read with their inline tags;
   * `history` the day git first saw a file (./git-dates.ts), asked only for a file nothing else dates.
   */
  read(files: readonly SourceFile[], inVault: (file: string) => boolean = () => false, history?: (file: string) => History): EntryResult[] {
    const seen = new Set<string>();
    const results: EntryResult[] = [];
    for (const f of files) {
      seen.add(f.absolute);
      const vault = inVault(f.file);
      const hit = this.cache.get(f.absolute);
      if (hit && hit.mtimeMs === f.mtimeMs && hit.size === f.size && hit.vault === vault) {
        results.push(hit.result);
        continue;
      }
      const packed = this.unchangedInPack(f, vault);
      if (packed) {
        this.cache.set(f.absolute, packed);
        results.push(packed.result);
        continue;
      }
      const raw = readText(f);
      if (raw === null) continue; // Deleted since the folder was listed: it is simply gone.
      const read = typeof raw === 'string' ? this.parse(f, raw, vault, history && (() => history(f.file))) : { mtimeMs: f.mtimeMs, size: f.size, vault, result: unreadable(f, raw) };
      const parsed: Parsed = this.context.keyLines && typeof raw === 'string' ? { ...read, keys: frontMatterKeys(raw) } : read;
      this.cache.set(f.absolute, parsed);
      results.push(parsed.result);
    }
    for (const key of this.cache.keys()) if (!seen.has(key)) this.cache.delete(key);
    return results;
  }

  /** The preview's pack, read once, when first needed; none outside the preview. */
  private pack(): Map<string, Packed> | undefined {
    const { disk } = this.context;
    if (disk && this.context.preview && this.packed === undefined) {
      const pack = disk.readPack('entries', decodePacked);
      this.packed = pack.records;
      this.packWriter = pack.writer;
      this.packedFiles = new Map([...pack.records].map(([key, p]) => [p.entry.file, key]));
    }
    return this.packed;
  }

  /** The file's entry from the pack when the file's time and size are what they were when it was packed: the file is not opened. */
  private unchangedInPack(f: SourceFile, vault: boolean): Parsed | undefined {
    if (this.context.keyLines) return undefined;
    const key = this.pack() && this.packedFiles.get(f.file);
    const known = key === undefined ? undefined : this.packed?.get(key);
    if (key === undefined || !known || known.mtimeMs !== f.mtimeMs || known.size !== f.size || known.vault !== vault) return undefined;
    parseStats.cached += 1;
    return { mtimeMs: f.mtimeMs, size: f.size, vault, result: { ok: true, entry: known.entry, notes: [...known.notes] }, key };
  }

  /** The file's entry from the cache between runs when it knows these bytes, else parsed. */
  private parse(f: SourceFile, raw: string, vault: boolean, history: (() => History) | undefined): Parsed {
    const { disk } = this.context;
    const key = disk ? cacheKey(f.file, raw, vault ? 'vault note' : '') : undefined;
    const known = key ? this.pack()?.get(key) : undefined;
    if (known) {
      parseStats.cached += 1;
      return { mtimeMs: f.mtimeMs, size: f.size, vault, result: { ok: true, entry: known.entry, notes: [...known.notes] }, key };
    }
    countParse(f, this.context.parseLog);
    return { mtimeMs: f.mtimeMs, size: f.size, vault, result: parseEntry(f.file, raw, this.context.timeZone, this.context.categoryLists, vault, history), key };
  }

  /**
   * Lets what is derived from `entries` (what this run publishes: rendered
   * HTML, excerpts) be kept in the cache between runs, under the entry's key
   * and, for an entry showing images, `media` (the content folder's other
   * files as they are now). A published build then removes every record of
   * any other entry — withdrawn, deleted or edited since — from every
   * version kept; the preview keeps its parsed entries as one pack.
   */
  keep(entries: readonly Entry[], mediaOf: () => string): void {
    const { disk } = this.context;
    if (!disk) return;
    const wanted = new Set(entries);
    const kept = new Map<string, Packed>();
    const derived = new Set<string>();
    let media: string | undefined;
    for (const p of this.cache.values()) {
      if (!p.result.ok || !p.key || !wanted.has(p.result.entry)) continue;
      const entry = p.result.entry;
      kept.set(p.key, { entry, notes: p.result.notes, mtimeMs: p.mtimeMs, size: p.size, vault: p.vault });
      const key = IMAGE_SYNTAX.test(entry.body) ? cacheKey(p.key, (media ??= mediaOf())) : p.key;
      derived.add(key);
      keepDerived(entry, disk, key);
    }
    if (!this.context.preview) {
      disk.prune(derived);
      return;
    }
    // A process the server started reads the server's pack and writes none.
    if (this.isServersChild()) return;
    // Written again only when what it should hold changed (an entry added, edited, removed, published or withdrawn),
    // and once under this server's pid, at once, for the processes it starts.
    const packed = this.packed ?? new Map<string, Packed>();
    const changed = kept.size !== packed.size || [...kept.keys()].some((k) => !packed.has(k));
    if (!changed && this.packWriter === process.pid) return;
    this.packed = kept;
    this.packedFiles = new Map([...kept].map(([key, p]) => [p.entry.file, key]));
    if (this.context.deferWrites && this.packWriter === process.pid) {
      // The preview answers first and writes a second later, once for a burst of saves.
      clearTimeout(this.pending);
      this.pending = setTimeout(() => disk.writePack('entries', kept), 1000);
      this.pending.unref();
    } else {
      disk.writePack('entries', kept);
      this.packWriter = process.pid;
    }
  }

  /** True in a process the preview's server started (to check a route's parameters): it read its parent's pack. */
  isServersChild(): boolean {
    return this.packWriter !== null && this.packWriter === process.ppid;
  }

  /** A file's front matter keys with their lines, as last read (a cache made with `keyLines`). */
  keysOf(absolute: string): ReadonlyMap<string, number> | undefined {
    return this.cache.get(absolute)?.keys;
  }
}

/** Every image starts with `![`, is an engine tag (`{% asset_img %}`, `{{< figure >}}`) or raw HTML's `<img>`; every file published with an entry has a name ending as one does (lib/markdown/attachments.ts). */
export const IMAGE_SYNTAX = new RegExp(`!\\[|\\{%|\\{\\{[<%]|<img\\b|${ATTACHMENT_NAME.source}`, 'i');

function unreadable(f: SourceFile, error: Error): EntryResult {
  return { ok: false, problems: [{ file: f.file, field: 'file', message: say(`cannot be read: ${error.message}`, `无法读取：${error.message}`), line: 1 }], draft: false, shared: false };
}

/**
 * What an entry's images render from: every file in the folders but entry
 * files (path, size, time; a link also by its target), hashed. An entry
 * showing images is rendered again from the cache only while this is the same.
 */
export function mediaSignature(dirs: readonly string[]): string {
  const parts: string[] = [];
  for (const dir of dirs) {
    walkFiles(dir, { hidden: true }, (item, absolute) => {
      if (MARKDOWN_FILE.test(item.name)) return;
      const stat = gone(() => fs.statSync(absolute));
      const target = item.isSymbolicLink() ? gone(() => fs.readlinkSync(absolute)) : '';
      parts.push(`${absolute}\0${stat ? `${stat.size}\0${stat.mtimeMs}` : 'missing'}\0${target ?? ''}`);
    });
  }
  return cacheKey(...parts);
}

/** The file's text; null when it no longer exists; the error when it cannot be read. */
function readText(f: SourceFile): string | null | Error {
  try {
    return fs.readFileSync(f.absolute, 'utf8');
  } catch (error) {
    if (isMissing(error)) return null;
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Watches the content folder so the preview knows when to look again.
 * Returns a function telling whether anything changed since the last call.
 */
export function watchForChanges(dir: string): () => boolean {
  let dirty = true;
  let watching = true;
  try {
    const watcher = fs.watch(dir, { recursive: true, persistent: false }, () => {
      dirty = true;
    });
    watcher.on('error', () => {
      dirty = true;
      watcher.close();
      watching = false;
    });
  } catch {
    return () => true;
  }
  return () => {
    if (!watching) return true;
    const was = dirty;
    dirty = false;
    return was;
  };
}
