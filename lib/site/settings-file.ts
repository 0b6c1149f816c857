import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { DEFAULT_SETTINGS, isBasePath, readSettings, TOP_KEYS, type SiteSettings } from './settings';
import { isRecord, SettingsReader, type SettingsProblem } from './settings-reader';

export { isBasePath };
export type { SettingsProblem };

/**
 * The settings file (`site.yml` at the project root): read with the same
 * YAML rules as front matter, validated key by key into SiteSettings.
 * Every problem names its line and key and says what to write, with "did
 * you mean" for a misspelt key and the journal's name for a Hexo or Hugo
 * setting written as the old site had it.
 */

/** Keys of a Hexo `_config.yml` or a Hugo config that mean one of the file's: named with the journal's key. */
const OLD_SITE_KEYS: Readonly<Record<string, string>> = {
  baseurl: 'url',
  root: 'basePath',
  source_dir: 'contentDir',
  per_page: 'entriesPerPage',
  paginate: 'entriesPerPage',
  pagination: 'entriesPerPage',
  permalink: 'oldPermalinks',
  permalinks: 'oldPermalinks',
  languagecode: 'language',
  defaultcontentlanguage: 'language',
  favicon: 'icon',
  avatar: 'author',
  subtitle: 'description',
  copyright: 'license',
  giscus: 'comments',
  waline: 'comments',
  timeZone: 'timezone',
};

/** Each key of the settings file, dotted (`author.avatar`), with its line: what is said later about a setting names its line. */
export type SettingsLines = Readonly<Record<string, number>>;

export type SettingsResult = { ok: true; settings: SiteSettings; lines: SettingsLines } | { ok: false; problems: SettingsProblem[] };

/** How deeply settings may nest `[` and `{`: no setting needs more than three; the YAML parser recurses once a level. */
const MAX_FLOW_DEPTH = 64;

/** The 1-based line where flow collections nest deeper than the bound, or null. Quoted text and comments are skipped. */
function tooDeepLine(text: string): number | null {
  let depth = 0;
  let line = 1;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      line += 1;
      if (quote === "'") quote = null;
      continue;
    }
    if (quote !== null) {
      if (ch === '\\' && quote === '"') i += 1;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i += 1;
    } else if (ch === '[' || ch === '{') {
      depth += 1;
      if (depth > MAX_FLOW_DEPTH) return line;
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
  }
  return null;
}

/** A YAML parser's reason, on one line and short: never the whole document it quotes. */
function yamlReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.slice(0, 300).split('\n')[0] ?? '';
  return first.replace(/ at line \d+, column \d+:?.*$/, '');
}

/** Reads the settings file's text. Never throws: every problem is returned with its line. */
export function parseSettings(text: string): SettingsResult {
  const deep = tooDeepLine(text);
  if (deep !== null) return { ok: false, problems: [{ key: 'file', line: deep, message: `nests lists or keys more than ${MAX_FLOW_DEPTH} levels deep; no setting needs that` }] };
  const lines = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, schema: 'core', uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    return { ok: false, problems: [{ key: 'file', line: 1, message: `invalid YAML: ${yamlReason(error)}` }] };
  }
  // A warning is a tag the core schema does not know (`!!js/function`): refused, never read as text.
  const errors = [...doc.errors, ...doc.warnings];
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.map((e) => ({ key: 'file', line: e.linePos?.[0].line ?? 1, message: `invalid YAML: ${yamlReason(e)}` })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias bomb (`*a` repeated until the values fill memory) or another value too large to read.
    const aliases = error instanceof ReferenceError;
    const message = aliases ? 'uses YAML aliases (*name) too many times; write the values out' : `invalid YAML: ${yamlReason(error)}`;
    return { ok: false, problems: [{ key: 'file', line: 1, message }] };
  }
  const r = new SettingsReader(doc, lines);
  if (data === null || data === undefined) return { ok: true, settings: DEFAULT_SETTINGS, lines: {} };
  if (!isRecord(data)) return { ok: false, problems: [{ key: 'file', line: 1, message: 'must be a set of `key: value` lines' }] };
  r.unknownKeys([], data, TOP_KEYS, OLD_SITE_KEYS);
  const settings = readSettings(r, data);
  return r.problems.length > 0 ? { ok: false, problems: r.problems.sort((a, b) => a.line - b.line) } : { ok: true, settings, lines: keyLines(r, data) };
}

/** The line of every key of the file's maps, two levels deep (`author.avatar`, `comments.repo`). */
function keyLines(r: SettingsReader, data: Readonly<Record<string, unknown>>): SettingsLines {
  const lines: Record<string, number> = {};
  for (const [key, value] of Object.entries(data)) {
    lines[key] = r.line([key]);
    if (isRecord(value)) for (const inner of Object.keys(value)) lines[`${key}.${inner}`] = r.line([key, inner]);
  }
  return Object.freeze(lines);
}

/** Problems as the terminal shows them: `site.yml:12: comments.repoId: is missing; …`. */
export function formatSettingsProblems(problems: readonly SettingsProblem[], file: string): string {
  return problems.map((p) => `${file}:${p.line}: ${p.key}: ${p.message}`).join('\n');
}

/** A settings file that cannot be read: every problem, with its line and what to write. */
export class SettingsError extends Error {}

/** The settings file's path, as the author names it. */
export function settingsFileName(vars: { readonly SITE_SETTINGS?: string | undefined }): string {
  return vars.SITE_SETTINGS || 'site.yml';
}

/** The settings from the settings file, or the defaults when there is no file; throws SettingsError on a problem. */
export function readSettingsFile(name: string, cwd: string): { settings: SiteSettings; found: boolean; lines: SettingsLines } {
  const file = path.resolve(/* turbopackIgnore: true */ cwd, name);
  let text: string;
  try {
    text = fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return { settings: DEFAULT_SETTINGS, found: false, lines: {} };
    throw new SettingsError(`${name}: cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = parseSettings(text);
  if (!result.ok) throw new SettingsError(`The settings file has ${result.problems.length === 1 ? 'a problem' : `${result.problems.length} problems`}:\n${formatSettingsProblems(result.problems, name)}`);
  return { settings: result.settings, found: true, lines: result.lines };
}
