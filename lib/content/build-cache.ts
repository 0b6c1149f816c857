import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CacheSettings } from '../site/site';
import { memoByObject, memoBySite } from '../memo';
import { privateDir, readPrivateFile, writePrivateFile } from './private-files';

/**
 * The journal's cache between runs, like Hexo's db.json or Hugo's resource
 * cache: what was parsed and rendered from each entry file, kept in the
 * build folder (`.next/cache/journal/`; the preview's, drafts included, in
 * `.next/dev/cache/journal-preview/`) so that a rebuild or a restart does
 * again only what changed.
 *
 * - A record is found by a key made from the file's path and bytes (and,
 *   for an entry that shows images, the content folder's other files); the
 *   records live in a folder named after the version of the journal's code
 *   and configuration (`cacheVersion`), so a change to either starts afresh.
 * - Only what the run publishes is written: a production build never puts a
 *   draft, a locked or a scheduled entry here (the loader gives keys only to
 *   the entries it publishes).
 * - A record that cannot be read back whole and well-formed is discarded
 *   with a warning and made again; the cache can only save time.
 */

/** Versions kept besides the current one (say, the build before a code change, to go back to). */
const KEPT_VERSIONS = 2;
/** Unreadable records named one by one before the cache stops naming them. */
const NAMED_PROBLEMS = 3;

export function cacheKey(...parts: readonly string[]): string {
  const hash = crypto.createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 40);
}

/** A pack's records, and the process that wrote it (null when there is no readable pack). */
export interface Pack<T> {
  readonly records: Map<string, T>;
  readonly writer: number | null;
}

export class BuildCache {
  private readonly root: string | undefined;
  /** Record folders made and checked in this process: each is checked once, not on every write. */
  private readonly ready = new Set<string>();
  /** Records discarded in this process (truncated or corrupt). */
  readonly stats = { discarded: 0 };

  constructor(
    settings: CacheSettings,
    private readonly warn: (message: string) => void = (m) => console.warn(`⚠ ${m}`),
  ) {
    const root = path.join(/* turbopackIgnore: true */ settings.dir, settings.version);
    // A folder that is not this user's own and closed to others is not used: nothing is cached.
    this.root = privateDir(settings.dir) && privateDir(root) ? root : undefined;
    if (this.root) pruneVersions(settings.dir, settings.version);
  }

  get enabled(): boolean {
    return this.root !== undefined;
  }

  /** The record of `kind` under `key`, if there is a readable one that `decode` accepts. */
  read<T>(kind: string, key: string, decode: (value: unknown) => T | undefined): T | undefined {
    return this.load(this.file(kind, key), (data) => (Reflect.get(data, 'key') === key ? decode(Reflect.get(data, 'value')) : undefined));
  }

  write(kind: string, key: string, value: unknown): void {
    this.save(this.file(kind, key), { key, value });
  }

  /**
   * Every record of a pack: one file holding many records, read and written
   * whole (the parsed entries, which every run needs all of at once: one
   * file reads and writes faster than thousands). A pack with any record
   * `decode` refuses is discarded whole.
   */
  readPack<T>(kind: string, decode: (value: unknown) => T | undefined): Pack<T> {
    const found = this.load(this.file(kind), (data): Pack<T> | undefined => {
      const records = Reflect.get(data, 'pack') === kind ? Reflect.get(data, 'records') : undefined;
      const writer: unknown = Reflect.get(data, 'writer');
      if (typeof records !== 'object' || records === null || Array.isArray(records) || typeof writer !== 'number') return undefined;
      const pack = new Map<string, T>();
      for (const [key, value] of Object.entries(records)) {
        const record = decode(value);
        if (record === undefined || !/^[0-9a-f]+$/.test(key)) return undefined;
        pack.set(key, record);
      }
      return { records: pack, writer };
    });
    return found ?? { records: new Map(), writer: null };
  }

  /** Writes the pack whole, naming this process as its writer. */
  writePack(kind: string, records: ReadonlyMap<string, unknown>): void {
    this.save(this.file(kind), { pack: kind, writer: process.pid, records: Object.fromEntries(records) });
  }

  /**
   * Removes every record whose key is not in `keep`, in this version and in
   * the versions kept beside it, and every pack: what a published build
   * leaves here is only what it publishes now. An entry withdrawn since the
   * last build (a draft again, locked, deleted) leaves no text behind.
   */
  prune(keep: ReadonlySet<string>): void {
    if (!this.root) return;
    const dir = path.dirname(this.root);
    for (const version of listDir(dir)) {
      if (!version.isDirectory()) continue;
      const root = path.join(/* turbopackIgnore: true */ dir, version.name);
      for (const item of listDir(root)) {
        const at = path.join(/* turbopackIgnore: true */ root, item.name);
        if (!item.isDirectory()) {
          // Packs (parsed entries) are the preview's: a published build reads none.
          if (item.name.endsWith('.json')) fs.rmSync(/* turbopackIgnore: true */ at, { force: true });
          continue;
        }
        for (const record of listDir(at)) {
          // A record being written by another worker (`<key>.json.<random>.tmp`) counts as its key.
          const key = record.name.split('.')[0] ?? '';
          if (!keep.has(key)) fs.rmSync(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ at, record.name), { force: true, recursive: true });
        }
      }
    }
  }

  /** A record's file (`<kind>/<key>.json`), or a pack's (`<kind>.json`); none when the cache is off. */
  private file(kind: string, key?: string): string | undefined {
    if (!this.root || !/^[a-z]+$/.test(kind) || (key !== undefined && !/^[0-9a-f]+$/.test(key))) return undefined;
    return key === undefined ? path.join(/* turbopackIgnore: true */ this.root, `${kind}.json`) : path.join(/* turbopackIgnore: true */ this.root, kind, `${key}.json`);
  }

  /** What `take` makes of the file's JSON; a file it refuses, or that is not JSON, is discarded. Undefined when there is none. */
  private load<T>(file: string | undefined, take: (data: object) => T | undefined): T | undefined {
    const text = file === undefined ? undefined : readPrivateFile(file);
    if (file === undefined || text === undefined) return undefined;
    let value: T | undefined;
    try {
      const data: unknown = JSON.parse(text);
      value = typeof data === 'object' && data !== null ? take(data) : undefined;
    } catch {
      value = undefined;
    }
    if (value === undefined) this.discard(file);
    return value;
  }

  private save(file: string | undefined, data: object): void {
    if (file === undefined) return;
    const dir = path.dirname(file);
    if (!this.ready.has(dir)) {
      if (!privateDir(dir)) return;
      this.ready.add(dir);
    }
    writePrivateFile(file, JSON.stringify(data));
  }

  private discard(file: string): void {
    fs.rmSync(/* turbopackIgnore: true */ file, { force: true });
    this.stats.discarded += 1;
    if (this.stats.discarded <= NAMED_PROBLEMS) {
      this.warn(`The journal's cache file ${path.relative(process.cwd(), file)} is truncated or corrupt: it is discarded and made again.`);
    } else if (this.stats.discarded === NAMED_PROBLEMS + 1) {
      this.warn('More cache files are truncated or corrupt: each is discarded and made again.');
    }
  }
}

/** A folder's entries; none when it cannot be read (it vanished, or another process pruned it). */
function listDir(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** Removes the records of all but the most recently used versions. */
function pruneVersions(dir: string, current: string): void {
  try {
    const now = new Date();
    fs.utimesSync(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ dir, current), now, now);
    const others = fs
      .readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== current)
      .map((d) => ({ name: d.name, used: fs.statSync(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ dir, d.name)).mtimeMs }))
      .sort((a, b) => b.used - a.used);
    for (const old of others.slice(KEPT_VERSIONS)) fs.rmSync(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ dir, old.name), { recursive: true, force: true });
  } catch {
    // Old versions only take room.
  }
}

const CODE_FILE = /\.(?:ts|tsx|mts|json|css)$/;
const TEST_FILE = /\.test\.tsx?$/;

/**
 * The version of what turns entry files into records: the journal's own
 * code in lib/ (tests aside), the exact dependencies (package-lock.json)
 * and the Site's digest (lib/site/site.ts siteDigest: settings and
 * variables). next.config.ts computes it once when the site is compiled.
 */
export function cacheVersion(projectRoot: string, siteDigest: string): string {
  const hash = crypto.createHash('sha256');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const item of fs.readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const absolute = path.join(/* turbopackIgnore: true */ dir, item.name);
      if (item.isDirectory()) walk(absolute);
      else if (item.isFile() && CODE_FILE.test(item.name) && !TEST_FILE.test(item.name)) files.push(absolute);
    }
  };
  walk(path.join(/* turbopackIgnore: true */ projectRoot, 'lib'));
  files.push(path.join(/* turbopackIgnore: true */ projectRoot, 'package-lock.json'));
  for (const file of files) {
    hash.update(path.relative(projectRoot, file)).update('\0');
    try {
      hash.update(fs.readFileSync(/* turbopackIgnore: true */ file));
    } catch {
      hash.update('missing');
    }
    hash.update('\0');
  }
  hash.update(siteDigest);
  return hash.digest('hex').slice(0, 16);
}

declare global {
  // Shared by every bundle that includes this module, as the loader's entries are.
  var __journalDerivedKeys: WeakMap<object, { cache: BuildCache; key: string }> | undefined;
}

const derivedKeys = (globalThis.__journalDerivedKeys ??= new WeakMap());

/** Lets what is derived from `entry` be kept in `cache` under `key` (the loader calls it for what the run publishes). */
export function keepDerived(entry: object, cache: BuildCache, key: string): void {
  derivedKeys.set(entry, { cache, key });
}

/**
 * What `compute` derives from the entry (its `kind`: rendered HTML, an
 * excerpt), from the cache between runs when it holds it, else computed and
 * kept there as JSON; computed only, for an entry the loader did not keep.
 * `decode` takes a record back, checked, or refuses it (undefined).
 */
export function cachedDerived<T>(entry: object, kind: string, compute: () => T, decode: (value: unknown) => T | undefined): T {
  const place = derivedKeys.get(entry);
  if (!place) return compute();
  const known = place.cache.read(kind, place.key, decode);
  if (known !== undefined) return known;
  const value = compute();
  place.cache.write(kind, place.key, value);
  return value;
}

/**
 * The one store of what is derived from entries, as one function: each
 * result is kept in memory for this process per (Site, entry) — a rebuilt
 * journal in the preview brings fresh entries, and so fresh results — and
 * between runs as a record of `kind` under the entry's key (file bytes,
 * and the folder's media for an entry showing images), in the folder of
 * the code's and the Site's version. `decode` takes a record back, checked,
 * or refuses it.
 */
export function storedBySite<S extends object, E extends object, T>(kind: string, compute: (site: S, entry: E) => T, decode: (value: unknown, site: S, entry: E) => T | undefined): (site: S, entry: E) => T {
  return memoBySite((site: S, entry: E) => cachedDerived(entry, kind, () => compute(site, entry), (value) => decode(value, site, entry)));
}

/** The same for what depends on the entry alone (its text, its description). */
export function storedByEntry<E extends object, T>(kind: string, compute: (entry: E) => T, decode: (value: unknown) => T | undefined): (entry: E) => T {
  return memoByObject((entry: E) => cachedDerived(entry, kind, () => compute(entry), decode));
}

/** A record that is a string: most derived values are HTML or text. */
export const decodeText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
