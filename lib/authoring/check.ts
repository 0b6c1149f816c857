import type { Site } from '../site/site';
import type { SiteLanguage } from '../text/message';
import { oldAddresses } from '../content/aliases';
import { keyLine, type Entry } from '../content/entry';
import { isKnownKey, KNOWN_KEYS } from '../content/fields';
import { nearestKey } from '../text/nearest';
import { checkedJournal, publishedJournal, type CheckedJournal } from '../content/loader';
import { memoBySite } from '../memo';
import { entryWarnings, publishingErrors } from '../content/validate';
import { bodyFindings } from '../content/findings';
import { linkTable } from '../content/entry-links';
import type { ContentProblem } from '../content/problems';
import { findMoreMarker } from '../markdown/excerpt';
import { EMPHASIS_FLOOD, emphasisFloodLines } from '../markdown/emphasis';
import { entryLinkTargets } from '../markdown/engines';
import { entryReading } from '../content/derived';
import { say } from '../text/message';

/**
 * The content checker: every problem of every entry, without building.
 * Errors are what stops a build; warnings are what is probably a mistake.
 */

export type Severity = 'error' | 'warning';

/** A content problem with its line always known, and how serious it is. */
export interface CheckProblem extends ContentProblem {
  /** 1-based line in the file: the key's line, or 1 for the file as a whole. */
  readonly line: number;
  readonly severity: Severity;
  /** The folder the file is named from, as printed before it, when not the content folder: '' for the settings file (named from the project). */
  readonly place?: string;
}

export interface CheckReport {
  readonly files: number;
  readonly problems: readonly CheckProblem[];
  readonly errors: number;
  readonly warnings: number;
  /** The slugs of every page file that parsed, drafts included: what the settings' menu may name. */
  readonly pageSlugs: ReadonlySet<string>;
  /** How many entries took their date or title from the file rather than its front matter (entry.ts). */
  readonly fromFiles: { readonly dates: number; readonly gitDates: number; readonly headingTitles: number; readonly nameTitles: number };
}

const ALIASES: Record<string, string> = { tag: 'tags', category: 'categories', desc: 'description', summary: 'description' };

/** A long entry: more than this many characters and words, shown whole in lists without a more marker. */
export const LONG_ENTRY = 800;

/** The known key an unknown one is probably a typo of. */
export function suggestKey(key: string): string | null {
  const lower = key.toLowerCase();
  if (isKnownKey(key)) return null;
  return ALIASES[lower] ?? nearestKey(lower, KNOWN_KEYS);
}

function foldName(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

/** Every problem of every entry, drafts included: what `npm run check` and the drafts desk show. */
export function checkEntries(site: Site): CheckReport {
  return reportOf(site, checkedJournal(site));
}

/**
 * The problems of what a build publishes, read from the build's own
 * journal (no file is read twice): its errors stop it, its warnings are
 * printed at its end, and fatal with `strict`. The same checks as
 * `npm run check`, on the published entries only.
 */
export function checkPublished(site: Site): CheckReport {
  return reportOf(site, publishedJournal(site));
}

/** Once per Site and reading of the files: the drafts desk asks on every render, and the files are read again only after they change. */
const reportOf = memoBySite((site: Site, read: CheckedJournal): CheckReport => checkReport(site, read));

function checkReport(site: Site, { journal, files, notes, keyed }: CheckedJournal): CheckReport {
  const problems: CheckProblem[] = [];
  // Keys other engines use that the journal does not read (abbrlink, comments, …): reported once per journal.
  const ignored = new Map<string, { file: string; line: number; count: number }>();

  // Errors: exactly what stops a published build (lib/content/validate.ts), each at its line.
  const errors = publishingErrors(site, journal);
  for (const p of errors) {
    problems.push({ ...p, line: p.line ?? 1, severity: 'error' });
  }
  // What each parse noted, and the sections and drafts folders that keep entries private (named once each).
  for (const n of [...notes, ...journal.notes]) problems.push({ ...n, line: n.line ?? 1, severity: 'warning' });

  // A key the entry's validation already refused (a look-alike draft flag) is reported once, as that error.
  const refusedKeys = new Set(errors.map((p) => `${p.file}\0${p.field}`));
  for (const f of keyed) {
    for (const [key, line] of f.keys) {
      // YAML's merge key: the keys it merges in are read (and checked) like any other.
      if (key === '<<') continue;
      const suggestion = suggestKey(key);
      if (suggestion === null && !isKnownKey(key)) {
        const seen = ignored.get(key);
        if (seen) seen.count += 1;
        else ignored.set(key, { file: f.file, line, count: 1 });
      }
      if (suggestion && !refusedKeys.has(`${f.file}\0${key}`)) {
        problems.push({ file: f.file, line, field: key, message: say(`unknown key; did you mean \`${suggestion}\`?`, `未知的键；是不是想写 \`${suggestion}\`？`), severity: 'warning' });
      }
    }
  }

  for (const [key, first] of ignored) {
    const message =
      first.count === 1
        ? say('is not read by the journal (in this entry); it has no effect', '日记不读取这个键（在这篇日记中）；它不起作用')
        : say(`is not read by the journal (in ${first.count} entries, first here); it has no effect`, `日记不读取这个键（共 ${first.count} 篇日记，这里是第一处）；它不起作用`);
    problems.push({ file: first.file, line: first.line, field: key, message, severity: 'warning' });
  }

  // Of every entry: what is probably a mistake; of those that do not publish, what would stop them if they did.
  const parsed = journal.all;
  const published = new Set(parsed.filter((e) => journal.status(e) === 'published').map((e) => e.slug));
  for (const entry of parsed) {
    warnEntry(entry, problems);
    for (const p of entryWarnings(site, entry)) problems.push({ ...p, line: p.line ?? 1, severity: 'warning' });
    if (journal.status(entry) !== 'published') continue;
    for (const link of bodyFindings(entry).links) {
      const found = linkTable(journal).resolve(link.target);
      if (found && journal.status(found.entry) === 'published') continue;
      const written = link.target.replace(/^(?:name|file):/, '');
      const message = say(
        `links to "${written}", which is not a published entry (a draft, a private note, or no such entry): only the link's words are shown`,
        `链接到 "${written}"，但它不是已发布的日记（草稿、私密笔记或不存在）：只显示链接的文字`,
      );
      problems.push({ file: entry.file, line: link.line, field: 'body', message, severity: 'warning' });
    }
    for (const link of entryLinkTargets(entry.body)) {
      if (published.has(link.slug)) continue;
      // Never the target's title: it may be a draft's.
      const message = say(
        `links to "${link.target}", which is not a published entry (a draft, private, or no such entry): the link leads nowhere`,
        `链接到 "${link.target}"，但它不是已发布的日记（草稿、私密或不存在）：这个链接无处可去`,
      );
      problems.push({ file: entry.file, line: entry.bodyLine + link.line - 1, field: 'body', message, severity: 'warning' });
    }
  }

  // Old addresses that cannot lead to their entry but publish anyway (a page's own name taken): the errors are above.
  for (const r of oldAddresses(journal, site.settings.oldPermalinks).refused) {
    if (r.error) continue;
    const message = say(`${r.path} ${r.reason.en}; it is not kept`, `${r.path} ${r.reason['zh-CN']}；不会保留`);
    problems.push({ file: r.file, line: r.line, field: 'old address', message, severity: 'warning' });
  }

  // Terms written two ways: the same after folding case and width, spelled differently.
  for (const field of ['tags', 'categories'] as const) {
    const spellings = new Map<string, Map<string, Entry[]>>();
    for (const e of parsed) {
      for (const name of e[field]) {
        const byName = spellings.get(foldName(name)) ?? new Map<string, Entry[]>();
        byName.set(name, [...(byName.get(name) ?? []), e]);
        spellings.set(foldName(name), byName);
      }
    }
    for (const byName of spellings.values()) {
      if (byName.size < 2) continue;
      const ranked = [...byName].sort((a, b) => b[1].length - a[1].length);
      const [main] = ranked;
      for (const [name, entries] of ranked.slice(1)) {
        for (const e of entries) {
          problems.push({
            file: e.file,
            line: keyLine(e, field) ?? 1,
            field,
            message: say(
              `"${name}" differs from "${main?.[0]}" (used ${main?.[1].length ?? 0}×) only by case or width`,
              `"${name}" 与 "${main?.[0]}"（用了 ${main?.[1].length ?? 0} 次）只差在大小写或全半角`,
            ),
            severity: 'warning',
          });
        }
      }
    }
  }

  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    files,
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    pageSlugs: new Set(parsed.filter((e) => e.page).map((e) => e.slug)),
    fromFiles: {
      dates: parsed.filter((e) => e.dateSource === 'file name').length,
      gitDates: parsed.filter((e) => e.dateSource === 'git').length,
      headingTitles: parsed.filter((e) => e.titleSource === 'heading').length,
      nameTitles: parsed.filter((e) => e.titleSource === 'file name').length,
    },
  };
}

function warnEntry(entry: Entry, problems: CheckProblem[]): void {
  const { file, bodyLine } = entry;
  for (const line of emphasisFloodLines(entry.body)) problems.push({ file, line: bodyLine + line - 1, field: 'body', message: EMPHASIS_FLOOD, severity: 'warning' });
  if (entry.body.trim() === '') {
    problems.push({ file, line: bodyLine, field: 'body', message: say('the entry is empty', '这篇日记是空的'), severity: 'warning' });
    return;
  }
  const stats = entryReading(entry);
  if (findMoreMarker(entry.body) === null && stats.cjk + stats.words > LONG_ENTRY) {
    problems.push({
      file,
      line: bodyLine,
      field: 'body',
      message: say(
        `a long entry (${stats.cjk + stats.words} characters and words) without <!-- more -->: lists will show an automatic cut`,
        `长篇日记（${stats.cjk + stats.words} 个字和词）没有 <!-- more -->：列表会显示自动截取的摘要`,
      ),
      severity: 'warning',
    });
  }
}

/** One line of the report: English by default, as the terminal prints it; in Chinese as the preview shows it. */
export function formatCheckProblem(p: CheckProblem, label: string, language: SiteLanguage = 'en'): string {
  const severity = p.severity === 'warning' ? (language === 'en' ? 'warning: ' : '警告：') : '';
  return `${p.place ?? label}${p.file}:${p.line}: ${p.field}: ${severity}${p.message[language]}`;
}
