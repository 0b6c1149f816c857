import fs from 'node:fs';
import type { Node } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Site } from '../config/site';
import type { SiteLanguage } from '../config/settings';
import { oldAddresses } from '../content/aliases';
import { parseEntry, type Entry } from '../content/entry';
import { ENTRY_FIELDS, isKnownKey, KNOWN_KEYS } from '../content/fields';
import { nearestKey } from '../text/nearest';
import { bodyLine, frontMatterKeys } from '../content/front-matter';
import { buildJournal } from '../content/journal';
import { listEntryFiles } from '../content/load';
import { readSections } from '../content/sections';
import type { ContentProblem } from '../content/problems';
import { findMoreMarker } from '../markdown/excerpt';
import { unpublishableImages } from '../markdown/images';
import { longestLine, MAX_HIGHLIGHT_LINE, MAX_TEX_NESTING, texNesting } from '../markdown/limits';
import type { EngineNote } from '../markdown/engines';
import { parseMarkdown } from '../markdown/parse';
import { EMPHASIS_FLOOD, emphasisFloodLines } from '../markdown/emphasis';
import { entryLinkTargets } from '../markdown/engines';
import { coverProblem } from '../content/pictures';
import { ENTRY_SCHEMA } from '../markdown/schema';
import { readingStats } from '../text/reading';
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
}

export interface CheckReport {
  readonly files: number;
  readonly problems: readonly CheckProblem[];
  readonly errors: number;
  readonly warnings: number;
  /** The slugs of every page file that parsed, drafts included: what the settings' menu may name. */
  readonly pageSlugs: ReadonlySet<string>;
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

export function checkEntries(site: Site): CheckReport {
  const dir = site.contentDir;
  const timeZone = site.settings.timezone;
  const files = listEntryFiles(dir);
  const problems: CheckProblem[] = [];
  const keyLines = new Map<string, Map<string, number>>();
  /** Where each entry's body starts, for lines in the body. */
  const bodyLines = new Map<string, number>();
  const parsed: Entry[] = [];
  // Keys other engines use that the journal does not read (abbrlink, comments, …): reported once per journal.
  const ignored = new Map<string, { file: string; line: number; count: number }>();

  const { sections, entryFiles } = readSections(files);
  for (const r of sections) {
    for (const p of r.problems) problems.push({ ...p, line: p.line ?? 1, severity: 'error' });
    for (const n of r.notes) problems.push({ ...n, line: n.line ?? 1, severity: 'warning' });
  }
  for (const f of entryFiles) {
    const raw = fs.readFileSync(f.absolute, 'utf8');
    const keys = frontMatterKeys(raw);
    keyLines.set(f.file, keys);
    const result = parseEntry(f.file, raw, timeZone, site.settings.categoryLists);
    if (!result.ok) {
      for (const p of result.problems) problems.push({ ...p, line: p.line ?? 1, severity: 'error' });
    } else {
      parsed.push(result.entry);
      for (const note of result.notes) problems.push({ ...note, line: note.line ?? 1, severity: 'warning' });
      const firstLine = bodyLine(raw);
      bodyLines.set(f.file, firstLine);
      warnEntry(f.file, firstLine, result.entry, problems);
      checkBody(site, firstLine, result.entry, problems);
    }
    // A key the entry's validation already refused (a look-alike draft flag) is reported once, as that error.
    const refused = new Set(result.ok ? [] : result.problems.map((p) => p.field));
    for (const [key, line] of keys) {
      // YAML's merge key: the keys it merges in are read (and checked) like any other.
      if (key === '<<') continue;
      const suggestion = suggestKey(key);
      if (suggestion === null && !isKnownKey(key)) {
        const seen = ignored.get(key);
        if (seen) seen.count += 1;
        else ignored.set(key, { file: f.file, line, count: 1 });
      }
      if (suggestion && !refused.has(key)) {
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

  // Duplicate slugs: the journal index finds them.
  const journal = buildJournal(parsed, [], { preview: true, collator: site.collator }, Date.now(), sections.map((r) => r.section));
  // Sections and drafts folders that keep entries private: named once per section.
  for (const n of journal.notes) problems.push({ ...n, line: n.line ?? 1, severity: 'warning' });

  // What the build checks of every entry it publishes, and links to entries that are not published.
  const published = new Set(journal.all.filter((e) => journal.status(e) === 'published').map((e) => e.slug));
  for (const entry of journal.all) {
    const publishes = journal.status(entry) === 'published';
    const cover = coverProblem(site, entry);
    if (cover) problems.push({ ...cover, line: keyLines.get(entry.file)?.get(cover.field) ?? firstCoverLine(keyLines.get(entry.file)), severity: publishes ? 'error' : 'warning' });
    if (!publishes) continue;
    const firstLine = bodyLines.get(entry.file) ?? 1;
    for (const link of entryLinkTargets(entry.body)) {
      if (published.has(link.slug)) continue;
      // Never the target's title: it may be a draft's.
      const message = say(
        `links to "${link.target}", which is not a published entry (a draft, private, or no such entry): the link leads nowhere`,
        `链接到 "${link.target}"，但它不是已发布的日记（草稿、私密或不存在）：这个链接无处可去`,
      );
      problems.push({ file: entry.file, line: firstLine + link.line - 1, field: 'body', message, severity: 'warning' });
    }
  }
  for (const p of journal.problems) {
    problems.push({ ...p, line: keyLines.get(p.file)?.get('slug') ?? 1, severity: 'error' });
  }

  // Old addresses that cannot lead to their entry: taken by the journal's own pages, or claimed twice.
  for (const r of oldAddresses(journal, site.settings.oldPermalinks).refused) {
    const lines = keyLines.get(r.file);
    const line = lines?.get('aliases') ?? lines?.get('permalink') ?? 1;
    const message = say(`${r.path} ${r.reason.en}; it is not kept`, `${r.path} ${r.reason['zh-CN']}；不会保留`);
    problems.push({ file: r.file, line, field: 'old address', message, severity: r.error ? 'error' : 'warning' });
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
            line: keyLines.get(e.file)?.get(field) ?? 1,
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
    files: files.length,
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    pageSlugs: new Set(parsed.filter((e) => e.page).map((e) => e.slug)),
  };
}

/**
 * What the body holds that cannot be published as written: local images
 * that would stop the build (missing, outside the folder, not images),
 * formulas too deep to typeset (shown as their source), code lines too
 * long to highlight (shown plain), and other engines' tags the journal
 * cannot carry over.
 */
function checkBody(site: Site, firstLine: number, entry: Entry, problems: CheckProblem[]): void {
  const body = entry.body;
  if (!['](', ']:', '$', '```', '~~~', '{%', '{{', ':::', '<'].some((mark) => body.includes(mark))) return;
  const lineOf = (node: Node) => firstLine + (node.position?.start.line ?? 1) - 1;
  const notes: EngineNote[] = [];
  const tree = parseMarkdown(body, notes);
  for (const note of notes) problems.push({ file: entry.file, line: firstLine + note.line - 1, field: 'body', message: note.message, severity: 'warning' });
  for (const { node, message } of unpublishableImages(tree, { contentDir: site.contentDir, entryFile: entry.file, basePath: '', staticDir: site.staticDir })) {
    problems.push({ file: entry.file, line: lineOf(node), field: 'image', message, severity: 'error' });
  }
  visit(tree, (node) => {
    const scheme = node.type === 'link' || node.type === 'image' ? removedProtocol(node.url, node.type) : null;
    if ((node.type === 'link' || node.type === 'image') && scheme !== null) {
      const what = node.type === 'image' ? say('an image', '图片') : say('a link', '链接');
      const message = say(
        `${what.en} to a \`${scheme}:\` address is removed (only web addresses${node.type === 'link' ? ' and mail' : ''} are kept)`,
        `指向 \`${scheme}:\` 地址的${what['zh-CN']}会被删除（只保留网页${node.type === 'link' ? '和邮件' : ''}地址）`,
      );
      problems.push({ file: entry.file, line: lineOf(node), field: 'body', message, severity: 'warning' });
    } else if (node.type === 'inlineMath' && entry.math && /\p{Script=Han}|^\(?[A-Z_]{2,}\)?(?:\s|$)/u.test(node.value)) {
      const message = say(
        'an inline formula holds Chinese text or looks like a shell variable; if these dollars are prices or variables, write `math: false` in the front matter or escape them as \\$',
        '行内公式里有中文，或看起来像 shell 变量；如果这些美元符号是价格或变量，请在 front matter 写 `math: false`，或把它们转义为 \\$',
      );
      problems.push({ file: entry.file, line: lineOf(node), field: 'math', message, severity: 'warning' });
    } else if ((node.type === 'math' || node.type === 'inlineMath') && texNesting(node.value) > MAX_TEX_NESTING) {
      const message = say(`a formula nests more than ${MAX_TEX_NESTING} groups deep; it is shown as its source`, `公式嵌套超过 ${MAX_TEX_NESTING} 层；按源码显示`);
      problems.push({ file: entry.file, line: lineOf(node), field: 'math', message, severity: 'warning' });
    } else if (node.type === 'code' && node.lang && longestLine(node.value) > MAX_HIGHLIGHT_LINE) {
      const longest = longestLine(node.value);
      const message = say(
        `a \`${node.lang}\` block has a line of ${longest} characters; lines over ${MAX_HIGHLIGHT_LINE} are shown without highlighting`,
        `\`${node.lang}\` 代码块中有一行长 ${longest} 个字符；超过 ${MAX_HIGHLIGHT_LINE} 个字符的行不做高亮`,
      );
      problems.push({ file: entry.file, line: lineOf(node), field: 'code', message, severity: 'warning' });
    }
  });
}

/** The scheme of an address the sanitizer removes (`javascript`, `data`, `file`), or null for one it keeps. */
function removedProtocol(url: string, kind: 'link' | 'image'): string | null {
  // As browsers read it: tabs, line ends and control characters inside the scheme are skipped.
  // eslint-disable-next-line no-control-regex
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
  if (scheme === undefined) return null;
  // The schemes the entries' sanitize schema keeps, for a link's href and an image's src.
  const kept = ENTRY_SCHEMA.protocols?.[kind === 'image' ? 'src' : 'href'] ?? [];
  return kept.includes(scheme) ? null : scheme;
}

function warnEntry(file: string, bodyLine: number, entry: Entry, problems: CheckProblem[]): void {
  for (const line of emphasisFloodLines(entry.body)) problems.push({ file, line: bodyLine + line - 1, field: 'body', message: EMPHASIS_FLOOD, severity: 'warning' });
  if (entry.body.trim() === '') {
    problems.push({ file, line: bodyLine, field: 'body', message: say('the entry is empty', '这篇日记是空的'), severity: 'warning' });
    return;
  }
  const stats = readingStats(entry.body);
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

/** The line of whichever cover key the entry writes. */
function firstCoverLine(lines: Map<string, number> | undefined): number {
  for (const key of ENTRY_FIELDS.cover.keys) {
    const line = lines?.get(key);
    if (line !== undefined) return line;
  }
  return 1;
}

/** One line of the report: English by default, as the terminal prints it; in Chinese as the preview shows it. */
export function formatCheckProblem(p: CheckProblem, label: string, language: SiteLanguage = 'en'): string {
  const severity = p.severity === 'warning' ? (language === 'en' ? 'warning: ' : '警告：') : '';
  return `${label}${p.file}:${p.line}: ${p.field}: ${severity}${p.message[language]}`;
}
