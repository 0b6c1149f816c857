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

export function snapshotFile(contentDir: string, pid: number): string {
  const hash = crypto.createHash('sha1').update(contentDir).digest('hex').slice(0, 12);
  return path.join(os.tmpdir(), `journal-preview-${pid}-${hash}.json`);
}

const written = new Set<string>();

/** Removes snapshots left by servers that are gone (a killed server skips the cleanup at exit). */
function sweep(file: string): void {
  const dir = path.dirname(file);
  for (const name of fs.readdirSync(/* turbopackIgnore: true */ dir)) {
    const pid = /^journal-preview-(\d+)-\w+\.json$/.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid) continue;
    try {
      process.kill(Number(pid), 0);
    } catch {
      fs.rmSync(path.join(dir, name), { force: true });
    }
  }
}

/**
 * Writes atomically (a reader sees the old snapshot or the new one, never
 * half of one); the file is removed when this process exits.
 */
export function writeSnapshot(file: string, records: readonly SnapshotRecord[]): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    if (!written.has(file)) {
      written.add(file);
      sweep(file);
      process.on('exit', () => fs.rmSync(/* turbopackIgnore: true */ file, { force: true }));
    }
    fs.writeFileSync(/* turbopackIgnore: true */ temporary, JSON.stringify({ format: FORMAT, records }));
    fs.renameSync(/* turbopackIgnore: true */ temporary, /* turbopackIgnore: true */ file);
  } catch {
    // A snapshot only saves work; without one, files are parsed.
  }
}

/** The records of a snapshot; none when it is missing, unreadable or of another format. */
export function readSnapshot(file: string): SnapshotRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8'));
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
