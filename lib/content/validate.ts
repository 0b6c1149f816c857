import type { Site } from '../site/site';
import { unpublishableImages } from '../markdown/images';
import { parseMarkdown } from '../markdown/parse';
import { say } from '../text/message';
import { oldAddresses } from './aliases';
import type { Journal } from './journal';
import { IMAGE_SYNTAX } from './entry-files';
import { coverProblem, imageContext } from './pictures';
import type { ContentProblem } from './problems';

/**
 * What stops a published build: one list, read by the build before Next
 * compiles anything (derived.ts buildStoppers) and by `npm run check` as
 * its errors (lib/authoring/check.ts), so the two never disagree. Broken
 * files, slug clashes and private sections (the journal's own problems);
 * an old address two entries claim; and, of every entry that publishes, a
 * cover or an image that cannot be published. The settings' own pictures
 * (pictures.ts sitePictures) never stop it: the site goes without one that
 * cannot be published, with a warning at the setting's line.
 */
export function publishingProblems(site: Site, journal: Journal): ContentProblem[] {
  const problems: ContentProblem[] = [...journal.problems];
  for (const r of oldAddresses(journal, site.settings.oldPermalinks).refused) {
    if (r.error) problems.push({ file: r.file, line: r.line, field: 'aliases', message: say(`${r.path} ${r.reason.en}`, `${r.path} ${r.reason['zh-CN']}`) });
  }
  for (const entry of journal.all) {
    if (journal.status(entry) !== 'published') continue;
    problems.push(...entryPublishingProblems(site, entry));
  }
  return problems;
}

/** What of one entry cannot be published as written: its cover, and local images that are missing, outside the folders or not images. */
export function entryPublishingProblems(site: Site, entry: Journal['all'][number]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const cover = coverProblem(site, entry);
  if (cover) problems.push(cover);
  if (IMAGE_SYNTAX.test(entry.body)) {
    for (const { node, message } of unpublishableImages(parseMarkdown(entry.body, undefined, { math: entry.math }), imageContext(site, entry.file))) {
      problems.push({ file: entry.file, field: 'image', message, line: entry.bodyLine + (node.position?.start.line ?? 1) - 1 });
    }
  }
  return problems;
}
