import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CacheSettings } from '../config/config';
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

export class BuildCache {
  private readonly root: string | undefined;
  private problems = 0;
  /** Records read from the cache and written to it in this process. */
  readonly stats = { hits: 0, writes: 0, discarded: 0 };

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

  private file(kind: string, key: string): string | undefined {
    return this.root && /^[a-z]+$/.test(kind) && /^[0-9a-f]+$/.test(key) ? path.join(/* turbopackIgnore: true */ this.root, kind, `${key}.json`) : undefined;
  }

  /** The record of `kind` under `key`, if there is a readable one that `decode` accepts. */
  read<T>(kind: string, key: string, decode: (value: unknown) => T | undefined): T | undefined {
    const file = this.file(kind, key);
    if (file === undefined) return undefined;
    const text = readPrivateFile(file);
    if (text === undefined) return undefined;
    let value: T | undefined;
    try {
      const data: unknown = JSON.parse(text);
      if (typeof data === 'object' && data !== null && Reflect.get(data, 'key') === key) value = decode(Reflect.get(data, 'value'));
    } catch {
      value = undefined;
    }
    if (value === undefined) {
      this.discard(file);
      return undefined;
    }
    this.stats.hits += 1;
    return value;
  }

  write(kind: string, key: string, value: unknown): void {
    const file = this.file(kind, key);
    if (file === undefined || !privateDir(path.dirname(file))) return;
    if (writePrivateFile(file, JSON.stringify({ key, value }))) this.stats.writes += 1;
  }

  /**
   * Every record of a pack: one file holding many records, read and written
   * whole (the parsed entries, which every run needs all of at once: one
   * file reads and writes faster than thousands). A pack with any record
   * `decode` refuses is discarded whole.
   */
  readPack<T>(kind: string, decode: (value: unknown) => T | undefined): Map<string, T> {
    const file = this.packFile(kind);
    const found = new Map<string, T>();
    if (file === undefined) return found;
    const text = readPrivateFile(file);
    if (text === undefined) return found;
    try {
      const data: unknown = JSON.parse(text);
      const records = typeof data === 'object' && data !== null && Reflect.get(data, 'pack') === kind ? Reflect.get(data, 'records') : undefined;
      if (typeof records !== 'object' || records === null || Array.isArray(records)) throw new Error('not a pack');
      for (const [key, value] of Object.entries(records)) {
        const record = decode(value);
        if (record === undefined || !/^[0-9a-f]+$/.test(key)) throw new Error('not a record');
        found.set(key, record);
      }
    } catch {
      this.discard(file);
      return new Map();
    }
    this.stats.hits += found.size;
    return found;
  }

  writePack(kind: string, records: ReadonlyMap<string, unknown>): void {
    const file = this.packFile(kind);
    if (file === undefined) return;
    if (writePrivateFile(file, JSON.stringify({ pack: kind, records: Object.fromEntries(records) }))) this.stats.writes += 1;
  }

  private packFile(kind: string): string | undefined {
    return this.root && /^[a-z]+$/.test(kind) ? path.join(/* turbopackIgnore: true */ this.root, `${kind}.json`) : undefined;
  }

  private discard(file: string): void {
    fs.rmSync(/* turbopackIgnore: true */ file, { force: true });
    this.stats.discarded += 1;
    this.problems += 1;
    if (this.problems <= NAMED_PROBLEMS) {
      this.warn(`The journal's cache file ${path.relative(process.cwd(), file)} is truncated or corrupt: it is discarded and made again.`);
    } else if (this.problems === NAMED_PROBLEMS + 1) {
      this.warn('More cache files are truncated or corrupt: each is discarded and made again.');
    }
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
 * and the resolved configuration (settings and variables). next.config.ts
 * computes it once when the site is compiled.
 */
export function cacheVersion(projectRoot: string, configuration: unknown): string {
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
  hash.update(JSON.stringify(configuration));
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
 * kept there; computed only, for an entry the loader did not keep.
 */
export function cachedDerived<T>(
  entry: object,
  kind: string,
  compute: () => T,
  codec: { encode: (value: T) => unknown; decode: (value: unknown) => T | undefined },
): T {
  const place = derivedKeys.get(entry);
  if (!place) return compute();
  const known = place.cache.read(kind, place.key, codec.decode);
  if (known !== undefined) return known;
  const value = compute();
  place.cache.write(kind, place.key, codec.encode(value));
  return value;
}

/** The codec of a string: most derived values are HTML or text. */
export const TEXT = {
  encode: (value: string): unknown => value,
  decode: (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined),
};
