import type { Entry } from './entry';

/** Where the journal is being built or served. */
export interface VisibilityEnv {
  /** The author's preview (`next dev`, or a build with SHOW_DRAFTS=1): drafts and future entries are shown. */
  readonly preview: boolean;
}

export type EntryStatus = 'published' | 'draft' | 'scheduled';

/**
 * What an entry is at a given moment: a draft (marked unpublished by its
 * author), scheduled (dated in the future), or published.
 */
export function entryStatus(entry: Pick<Entry, 'draft' | 'date'>, now: number): EntryStatus {
  if (entry.draft) return 'draft';
  if (entry.date.epoch > now) return 'scheduled';
  return 'published';
}

/**
 * The one decision whether an entry exists on the site, like Hugo's
 * shouldBuild: pure, with the environment and the clock passed in.
 */
export function isVisible(entry: Pick<Entry, 'draft' | 'date'>, env: VisibilityEnv, now: number): boolean {
  return env.preview || entryStatus(entry, now) === 'published';
}

interface VisibilityVars {
  readonly JOURNAL_PREVIEW?: string | undefined;
  readonly NODE_ENV?: string | undefined;
  readonly SHOW_DRAFTS?: string | undefined;
}

/**
 * The environment from variables. `JOURNAL_PREVIEW` is fixed when the site
 * is compiled (next.config.ts): on for `next dev`, and for `next build` only
 * with SHOW_DRAFTS=1, so a production server started later with another
 * NODE_ENV cannot turn drafts on. Outside Next (scripts, tests) NODE_ENV
 * and SHOW_DRAFTS decide.
 */
export function resolveVisibilityEnv(vars: VisibilityVars): VisibilityEnv {
  if (vars.JOURNAL_PREVIEW === '1') return { preview: true };
  if (vars.JOURNAL_PREVIEW === '0') return { preview: false };
  return { preview: vars.NODE_ENV !== 'production' || vars.SHOW_DRAFTS === '1' };
}

export function visibilityEnvFromProcess(): VisibilityEnv {
  // Written out in full so that Next can inline them at compile time.
  return resolveVisibilityEnv({
    JOURNAL_PREVIEW: process.env.JOURNAL_PREVIEW,
    NODE_ENV: process.env.NODE_ENV,
    SHOW_DRAFTS: process.env.SHOW_DRAFTS,
  });
}
