import type { Entry } from './entry';

/** Where the journal is being built or served (from lib/config/config.ts). */
export interface VisibilityEnv {
  /** The author's preview (`next dev`, or a build with SHOW_DRAFTS=1): drafts and future entries are shown. */
  readonly preview: boolean;
}

export type EntryStatus = 'published' | 'draft' | 'locked' | 'scheduled';

/**
 * What an entry is at a given moment: locked (behind a password, which
 * the journal never publishes), a draft (marked unpublished by its
 * author), scheduled (dated in the future), or published.
 */
export function entryStatus(entry: Pick<Entry, 'draft' | 'locked' | 'date'>, now: number): EntryStatus {
  if (entry.locked !== null) return 'locked';
  if (entry.draft) return 'draft';
  if (entry.date.epoch > now) return 'scheduled';
  return 'published';
}

/**
 * The one decision whether an entry exists on the site, like Hugo's
 * shouldBuild: pure, with the environment and the clock passed in.
 */
export function isVisible(entry: Pick<Entry, 'draft' | 'locked' | 'date'>, env: VisibilityEnv, now: number): boolean {
  return env.preview || entryStatus(entry, now) === 'published';
}
