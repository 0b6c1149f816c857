import type { Site } from '../site/site';
import { checkEntries, checkPublished, formatCheckProblem, type CheckProblem, type CheckReport } from '../authoring/check';
import { PATTERN_TOKENS, unknownTokens } from '../content/aliases';
import type { Journal } from '../content/journal';
import { contentLabel, loadJournal } from '../content/loader';
import { sitePictures } from '../content/pictures';
import type { ContentProblem } from '../content/problems';
import { say } from '../text/message';
import { menuProblems } from '../views/menu';
import { siteFileReport } from './site-files';

/**
 * The whole site's report: every problem of the entries (lib/authoring/
 * check.ts) and of what the settings name. `npm run check` prints the one
 * of every entry, drafts included; a build the one of what it publishes,
 * stopping on its errors, and on its warnings too with `strict`.
 */
export function siteReport(site: Site, scope: 'every entry' | 'published'): CheckReport {
  const entries = scope === 'published' ? checkPublished(site) : checkEntries(site);
  const problems = [...entries.problems, ...settingsProblems(site, loadJournal(site), entries.pageSlugs)];
  problems.sort((a, b) => ((a.place ?? '') + a.file < (b.place ?? '') + b.file ? -1 : (a.place ?? '') + a.file > (b.place ?? '') + b.file ? 1 : a.line - b.line));
  return {
    ...entries,
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}

/** Whether the report stops a build or fails the checker: any error, or any warning when the settings are `strict`. */
export function isFatal(site: Site, report: CheckReport): boolean {
  return report.errors > 0 || (site.settings.strict && report.warnings > 0);
}

/** What a production build says of its journal: why it stops (null when it goes on), and the warnings to print at its end. */
export interface BuildReport {
  readonly stop: string | null;
  readonly warnings: readonly string[];
}

/**
 * The build's report, asked before Next compiles anything: a broken entry
 * ends the build with its file, line and fix rather than a framework stack
 * trace about whichever route met it first; with `strict`, so does any
 * warning. The same lines `npm run check` prints.
 */
export function buildReport(site: Site): BuildReport {
  const report = siteReport(site, 'published');
  const label = contentLabel(site.contentDir);
  const lines = (severity: CheckProblem['severity']) => report.problems.filter((p) => p.severity === severity).map((p) => `  - ${formatCheckProblem(p, label)}`);
  const warnings = lines('warning');
  if (!isFatal(site, report)) return { stop: null, warnings };
  const errors = lines('error');
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const stop =
    errors.length > 0
      ? // The errors last, where the terminal ends: what to fix first.
        `${warnings.length > 0 ? `${plural(warnings.length, 'warning', 'warnings')}:\n${warnings.join('\n')}\n` : ''}The journal has ${plural(errors.length, 'problem', 'problems')} that stop the build; fix them and build again:\n${errors.join('\n')}`
      : `The journal has ${plural(warnings.length, 'warning', 'warnings')}, fatal because the settings are strict (\`strict: true\` or STRICT=1):\n${warnings.join('\n')}`;
  return { stop, warnings };
}

/**
 * What the settings name that the site goes without: a picture that cannot
 * be published, a menu page that does not exist, a site-folder file that is
 * not published, an old address pattern with a token nothing fills.
 */
function settingsProblems(site: Site, journal: Journal, pageSlugs: ReadonlySet<string>): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const settingsFile = site.settingsFile ?? 'site.yml';
  const lines = site.settingsLines;
  const warn = (file: string, line: number | undefined, field: string, message: ContentProblem['message'], place: string) =>
    problems.push({ file, line: line ?? 1, field, message, severity: 'warning', place });
  for (const p of sitePictures(site).warnings) warn(p.file, p.line, p.field, p.message, '');
  for (const p of menuProblems(site.settings, pageSlugs)) warn(settingsFile, lines[p.field] ?? lines.menu, p.field, p.message, '');
  if (site.staticDir !== undefined) {
    for (const r of siteFileReport(site, journal).refused) warn(r.path, 1, 'staticDir', r.message, contentLabel(site.staticDir));
  }
  for (const pattern of site.settings.oldPermalinks) {
    const unknown = unknownTokens(pattern).map((t) => `:${t}`).join(', ');
    if (unknown === '') continue;
    const tokens = PATTERN_TOKENS.map((t) => `:${t}`).join(' ');
    const message = say(
      `"${pattern}" has ${unknown}, which the journal cannot fill; no old address is made from it (tokens: ${tokens})`,
      `"${pattern}" 含有日记无法填写的 ${unknown}；不会由它生成旧地址（可用的记号：${tokens}）`,
    );
    warn(settingsFile, lines.oldPermalinks, 'oldPermalinks', message, '');
  }
  return problems;
}

