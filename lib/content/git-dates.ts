import { execFileSync } from 'node:child_process';

/**
 * The day each file of the content folder was first committed, for an
 * entry whose front matter and file name give no date (a VuePress post
 * without front matter, which VuePress dated from git too). The day is
 * the commit's own, as its author's clock showed it (`2020-03-04` of
 * `2020-03-04T23:30:00+08:00`): no time zone moves it. Read once per
 * commit of the folder's history, by one `git log`, and never from a
 * shallow clone, whose first commit of every file is the day it was
 * cloned (`shallow`: the checker says so, and how to fetch the history).
 */

export interface GitDays {
  /** `YYYY-MM-DD` by path relative to the content folder, with forward slashes. */
  readonly days: ReadonlyMap<string, string>;
  /** The history is cut short: no day is read from it. */
  readonly shallow: boolean;
}

/** Git run on the author's folder as a reader only: no file-system monitor, no pager, paths as written (a repository of another user is refused by git itself). */
function git(dir: string, args: readonly string[]): string | null {
  try {
    return execFileSync('git', ['-c', 'core.fsmonitor=false', '-c', 'core.quotepath=off', '--no-pager', '--no-optional-locks', '-C', /* turbopackIgnore: true */ dir, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 20_000,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return null;
  }
}

const known = new Map<string, { head: string; read: GitDays | null }>();

/** The content folder's first-commit days, or null outside a repository (or without git). */
export function gitDays(dir: string): GitDays | null {
  const head = git(dir, ['rev-parse', 'HEAD'])?.trim();
  if (!head) return null;
  const kept = known.get(dir);
  if (kept?.head === head) return kept.read;
  const shallow = git(dir, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
  const days = new Map<string, string>();
  if (!shallow) {
    // Newest first: the last day seen for a file is the day it was added.
    const log = git(dir, ['log', '--relative', '--diff-filter=A', '--no-renames', '--format=%x01%aI', '--name-only', '-z', '--', '.']) ?? '';
    for (const record of log.split('\x01')) {
      const [stamp, ...names] = record.split('\0');
      const day = /^(\d{4}-\d{2}-\d{2})T/.exec(stamp ?? '')?.[1];
      if (!day) continue;
      for (const name of names) {
        const file = name.replace(/^\n/, '');
        if (file !== '') days.set(file.normalize('NFC'), day);
      }
    }
  }
  const read = { days, shallow };
  known.set(dir, { head, read });
  return read;
}
