import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeEntry } from './entry';
import type { SnapshotRecord } from './load';

/**
 * The preview's parse snapshot. `next dev` checks a dynamic route's
 * parameters by running its generateStaticParams in a fresh child process
 * on every request, and each of those would parse the whole journal
 * again. The preview's own process writes what it has parsed to a file
 * named after its pid; a child process starts from its parent's snapshot
 * and parses only files whose modification time or size has changed.
 * Snapshots never outlive the server that wrote them, so a newer version
 * of the journal's code never reads an older one's entries.
 */

const FORMAT = 1;

/**
 * The folder of this user's snapshots: `journal-preview-<uid>` in the
 * system's temp folder, made 0700. It holds every draft's text, so it is
 * used only when it is a real folder (not a link), owned by this user and
 * closed to everyone else; otherwise there is no snapshot (files are parsed).
 */
export function snapshotDir(): string | undefined {
  const uid = process.getuid?.() ?? 0;
  const dir = path.join(/* turbopackIgnore: true */ os.tmpdir(), `journal-preview-${uid}`);
  try {
    fs.mkdirSync(/* turbopackIgnore: true */ dir, { mode: 0o700 });
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) return undefined;
  }
  try {
    const stat = fs.lstatSync(/* turbopackIgnore: true */ dir);
    if (!stat.isDirectory() || stat.isSymbolicLink() || stat.uid !== uid || (stat.mode & 0o077) !== 0) return undefined;
  } catch {
    return undefined;
  }
  return dir;
}

export function snapshotFile(contentDir: string, pid: number): string | undefined {
  const dir = snapshotDir();
  if (dir === undefined) return undefined;
  const hash = crypto.createHash('sha1').update(contentDir).digest('hex').slice(0, 12);
  return path.join(/* turbopackIgnore: true */ dir, `${pid}-${hash}.json`);
}

const written = new Set<string>();

/** Removes snapshots left by servers that are gone (a killed server skips the cleanup at exit). */
function sweep(file: string): void {
  const dir = path.dirname(file);
  for (const name of fs.readdirSync(/* turbopackIgnore: true */ dir)) {
    const pid = /^(\d+)-\w+\.json$/.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid) continue;
    try {
      process.kill(Number(pid), 0);
    } catch {
      fs.rmSync(/* turbopackIgnore: true */ path.join(dir, name), { force: true });
    }
  }
}

const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW, O_RDONLY } = fs.constants;

/**
 * Writes atomically (a reader sees the old snapshot or the new one, never
 * half of one) through a temporary file of an unpredictable name, created
 * new (never through an existing file or link) and readable by this user
 * only; the snapshot is removed when this process exits.
 */
export function writeSnapshot(file: string | undefined, records: readonly SnapshotRecord[]): void {
  if (file === undefined) return;
  const temporary = `${file}.${crypto.randomBytes(8).toString('hex')}.tmp`;
  try {
    if (!written.has(file)) {
      written.add(file);
      sweep(file);
      process.on('exit', () => fs.rmSync(/* turbopackIgnore: true */ file, { force: true }));
    }
    const fd = fs.openSync(/* turbopackIgnore: true */ temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600);
    try {
      fs.writeFileSync(fd, JSON.stringify({ format: FORMAT, records }));
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(/* turbopackIgnore: true */ temporary, /* turbopackIgnore: true */ file);
  } catch {
    // A snapshot only saves work; without one, files are parsed.
    fs.rmSync(/* turbopackIgnore: true */ temporary, { force: true });
  }
}

/** The records of a snapshot; none when it is missing, unreadable or of another format. */
export function readSnapshot(file: string | undefined): SnapshotRecord[] {
  if (file === undefined) return [];
  let data: unknown;
  try {
    // Never through a link, and only a file of this user's.
    const fd = fs.openSync(/* turbopackIgnore: true */ file, O_RDONLY | O_NOFOLLOW);
    try {
      if (fs.fstatSync(/* turbopackIgnore: true */ fd).uid !== (process.getuid?.() ?? 0)) return [];
      data = JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ fd, 'utf8'));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return [];
  }
  if (!isObject(data) || data.format !== FORMAT || !Array.isArray(data.records)) return [];
  const records: SnapshotRecord[] = [];
  for (const item of data.records) {
    if (!isObject(item)) continue;
    const entry = decodeEntry(item.entry);
    const { absolute, mtimeMs, size } = item;
    if (entry && typeof absolute === 'string' && typeof mtimeMs === 'number' && typeof size === 'number') {
      records.push({ absolute, mtimeMs, size, entry });
    }
  }
  return records;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
