import fs from 'node:fs';
import type { Node } from 'mdast';
import { visit } from 'unist-util-visit';
import { journalConfig } from '../config/config';
import { oldAddresses } from '../content/aliases';
import { parseEntry, type Entry } from '../content/entry';
import { isKnownKey, KNOWN_KEYS } from '../content/fields';
import { nearestKey } from '../text/nearest';
import { bodyLine, frontMatterKeys } from '../content/front-matter';
import { buildJournal } from '../content/journal';
import { listEntryFiles } from '../content/load';
import type { ContentProblem } from '../content/problems';
import { findMoreMarker } from '../markdown/excerpt';
import { unpublishableImages } from '../markdown/images';
import { longestLine, MAX_HIGHLIGHT_LINE, MAX_TEX_NESTING, texNesting } from '../markdown/limits';
import type { EngineNote } from '../markdown/engines';
import { parseMarkdown } from '../markdown/parse';
import { readingStats } from '../text/reading';

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

export function checkEntries(dir: string, timeZone = journalConfig().site.timezone): CheckReport {
  const files = listEntryFiles(dir);
  const problems: CheckProblem[] = [];
  const keyLines = new Map<string, Map<string, number>>();
  const parsed: Entry[] = [];
  // Keys other engines use that the journal does not read (abbrlink, comments, …): reported once per journal.
  const ignored = new Map<string, { file: string; line: number; count: number }>();

  for (const f of files) {
    const raw = fs.readFileSync(f.absolute, 'utf8');
    const keys = frontMatterKeys(raw);
    keyLines.set(f.file, keys);
    const result = parseEntry(f.file, raw, timeZone, journalConfig().site.categoryLists);
    if (!result.ok) {
      for (const p of result.problems) problems.push({ ...p, line: p.line ?? 1, severity: 'error' });
    } else {
      parsed.push(result.entry);
      for (const note of result.notes) problems.push({ ...note, line: note.line ?? 1, severity: 'warning' });
      const firstLine = bodyLine(raw);
      warnEntry(f.file, firstLine, result.entry, problems);
      checkBody(dir, firstLine, result.entry, problems);
    }
    // A key the entry's validation already refused (a look-alike draft flag) is reported once, as that error.
    const refused = new Set(result.ok ? [] : result.problems.map((p) => p.field));
    for (const [key, line] of keys) {
      const suggestion = suggestKey(key);
      if (suggestion === null && !isKnownKey(key)) {
        const seen = ignored.get(key);
        if (seen) seen.count += 1;
        else ignored.set(key, { file: f.file, line, count: 1 });
      }
      if (suggestion && !refused.has(key)) {
        problems.push({ file: f.file, line, field: key, message: `unknown key; did you mean \`${suggestion}\`?`, severity: 'warning' });
      }
    }
  }

  for (const [key, first] of ignored) {
    const where = first.count === 1 ? 'in this entry' : `in ${first.count} entries, first here`;
    problems.push({ file: first.file, line: first.line, field: key, message: `is not read by the journal (${where}); it has no effect`, severity: 'warning' });
  }

  // Duplicate slugs: the journal index finds them.
  const journal = buildJournal(parsed, [], { preview: true }, Date.now());
  for (const p of journal.problems) {
    problems.push({ ...p, line: keyLines.get(p.file)?.get('slug') ?? 1, severity: 'error' });
  }

  // Old addresses that cannot lead to their entry: taken by the journal's own pages, or claimed twice.
  for (const r of oldAddresses(journal, journalConfig().site.oldPermalinks).refused) {
    const lines = keyLines.get(r.file);
    const line = lines?.get('aliases') ?? lines?.get('permalink') ?? 1;
    problems.push({ file: r.file, line, field: 'old address', message: `${r.path} ${r.reason}; it is not kept`, severity: 'warning' });
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
            message: `"${name}" differs from "${main?.[0]}" (used ${main?.[1].length ?? 0}×) only by case or width`,
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
function checkBody(dir: string, firstLine: number, entry: Entry, problems: CheckProblem[]): void {
  const body = entry.body;
  if (!['](', ']:', '$', '```', '~~~', '{%', '{{', ':::', '<'].some((mark) => body.includes(mark))) return;
  const lineOf = (node: Node) => firstLine + (node.position?.start.line ?? 1) - 1;
  const notes: EngineNote[] = [];
  const tree = parseMarkdown(body, notes);
  for (const note of notes) problems.push({ file: entry.file, line: firstLine + note.line - 1, field: 'body', message: note.message, severity: 'warning' });
  for (const { node, message } of unpublishableImages(tree, { contentDir: dir, entryFile: entry.file, basePath: '', staticDir: journalConfig().staticDir })) {
    problems.push({ file: entry.file, line: lineOf(node), field: 'image', message, severity: 'error' });
  }
  visit(tree, (node) => {
    if (node.type === 'inlineMath' && entry.math && /\p{Script=Han}|^\(?[A-Z_]{2,}\)?(?:\s|$)/u.test(node.value)) {
      const message = 'an inline formula holds Chinese text or looks like a shell variable; if these dollars are prices or variables, write `math: false` in the front matter or escape them as \\$';
      problems.push({ file: entry.file, line: lineOf(node), field: 'math', message, severity: 'warning' });
    } else if ((node.type === 'math' || node.type === 'inlineMath') && texNesting(node.value) > MAX_TEX_NESTING) {
      const message = `a formula nests more than ${MAX_TEX_NESTING} groups deep; it is shown as its source`;
      problems.push({ file: entry.file, line: lineOf(node), field: 'math', message, severity: 'warning' });
    } else if (node.type === 'code' && node.lang && longestLine(node.value) > MAX_HIGHLIGHT_LINE) {
      const message = `a \`${node.lang}\` block has a line of ${longestLine(node.value)} characters; lines over ${MAX_HIGHLIGHT_LINE} are shown without highlighting`;
      problems.push({ file: entry.file, line: lineOf(node), field: 'code', message, severity: 'warning' });
    }
  });
}

function warnEntry(file: string, bodyLine: number, entry: Entry, problems: CheckProblem[]): void {
  if (entry.body.trim() === '') {
    problems.push({ file, line: bodyLine, field: 'body', message: 'the entry is empty', severity: 'warning' });
    return;
  }
  const stats = readingStats(entry.body);
  if (findMoreMarker(entry.body) === null && stats.cjk + stats.words > LONG_ENTRY) {
    problems.push({
      file,
      line: bodyLine,
      field: 'body',
      message: `a long entry (${stats.cjk + stats.words} characters and words) without <!-- more -->: lists will show an automatic cut`,
      severity: 'warning',
    });
  }
}

export function formatCheckProblem(p: CheckProblem, label: string): string {
  const severity = p.severity === 'warning' ? 'warning: ' : '';
  return `${label}${p.file}:${p.line}: ${p.field}: ${severity}${p.message}`;
}
