import type { Entry } from './entry';

/** Where the journal is being built or served (from the Site, lib/site/site.ts). */
export interface VisibilityEnv {
  /** The author's preview (`next dev`, or a build with SHOW_DRAFTS=1): drafts and future entries are shown. */
  readonly preview: boolean;
}

export type EntryStatus = 'published' | 'draft' | 'locked' | 'hidden' | 'scheduled';

/** What of an entry decides whether it exists. */
export type VisibilityFields = Pick<Entry, 'draft' | 'locked' | 'hidden' | 'date'>;

/**
 * What an entry is at a given moment: locked (behind a password, which
 * the journal never publishes), a draft (marked unpublished by its
 * author, or in a drafts folder or a draft section), hidden (kept off the
 * old site by its engine's own rule), scheduled (dated in the future), or
 * published.
 */
export function entryStatus(entry: VisibilityFields, now: number): EntryStatus {
  if (entry.locked !== null) return 'locked';
  if (entry.draft) return 'draft';
  if (entry.hidden !== null) return 'hidden';
  if (entry.date.epoch > now) return 'scheduled';
  return 'published';
}

/**
 * The one decision whether an entry exists on the site, like Hugo's
 * shouldBuild: pure, with the environment and the clock passed in.
 */
export function isVisible(entry: VisibilityFields, env: VisibilityEnv, now: number): boolean {
  return env.preview || entryStatus(entry, now) === 'published';
}
