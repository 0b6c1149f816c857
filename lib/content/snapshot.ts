import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeEntry } from './entry';
import { privateDir, readPrivateFile, writePrivateFile } from './private-files';
import type { SnapshotRecord } from './entry-files';

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
 * system's temp folder, private to this user (lib/content/private-files.ts);
 * otherwise there is no snapshot (files are parsed).
 */
export function snapshotDir(): string | undefined {
  const dir = path.join(/* turbopackIgnore: true */ os.tmpdir(), `journal-preview-${process.getuid?.() ?? 0}`);
  return privateDir(dir) ? dir : undefined;
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

/** Writes atomically and privately; the snapshot is removed when this process exits. */
export function writeSnapshot(file: string | undefined, records: readonly SnapshotRecord[]): void {
  if (file === undefined) return;
  if (!written.has(file)) {
    written.add(file);
    try {
      sweep(file);
    } catch {
      // Old snapshots only take room.
    }
    process.on('exit', () => fs.rmSync(/* turbopackIgnore: true */ file, { force: true }));
  }
  // A snapshot only saves work; without one, files are parsed.
  writePrivateFile(file, JSON.stringify({ format: FORMAT, records }));
}

/** The records of a snapshot; none when it is missing, unreadable or of another format. */
export function readSnapshot(file: string | undefined): SnapshotRecord[] {
  if (file === undefined) return [];
  const text = readPrivateFile(file);
  if (text === undefined) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
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
