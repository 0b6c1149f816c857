import { checkEntries, type CheckProblem } from '../authoring/check';
import type { Site } from '../site/site';
import { entryModified, entryReading, type Entry, type Journal, type ReadingStats } from '../content';

/** What the author's drafts desk shows of each draft. */
export interface DeskItem {
  readonly entry: Entry;
  readonly modified: number | undefined;
  readonly reading: ReadingStats;
  /** Fields a published entry usually has and this one lacks. */
  readonly missing: readonly string[];
  readonly warnings: readonly CheckProblem[];
}

export function draftsDesk(site: Site, journal: Journal): DeskItem[] {
  const drafts = journal.all.filter((e) => journal.status(e) === 'draft');
  const problems = drafts.length > 0 ? checkEntries(site).problems : [];
  return drafts
    .map((entry) => {
      const missing = [
        entry.tags.length === 0 ? 'tags' : null,
        entry.categories.length === 0 ? 'categories' : null,
        entry.excerptSource === null ? '<!-- more -->' : null,
      ].filter((x): x is string => x !== null);
      return {
        entry,
        modified: entryModified(site, entry),
        reading: entryReading(entry),
        missing,
        warnings: problems.filter((p) => p.file === entry.file),
      };
    })
    .sort((a, b) => (b.modified ?? 0) - (a.modified ?? 0));
}
