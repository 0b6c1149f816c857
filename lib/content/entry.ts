import { parseEntryDate, type EntryDate } from '../dates';
import { findMoreMarker } from '../markdown';
import { splitFrontMatter } from './front-matter';
import type { ContentProblem } from './problems';

/** One journal entry, validated and normalised from its file. */
export interface Entry {
  /** URL name: the file name without `.md`, or front matter `slug`. */
  readonly slug: string;
  /** Path relative to the content folder, with forward slashes. */
  readonly file: string;
  readonly title: string;
  readonly date: EntryDate;
  readonly updated: EntryDate | null;
  readonly description: string | null;
  readonly categories: readonly string[];
  readonly tags: readonly string[];
  /** True when the author marked the entry unpublished, in any of the spellings. */
  readonly draft: boolean;
  /** The Markdown after the front matter. */
  readonly body: string;
  /** The Markdown before `<!-- more -->`, or null when the entry has no marker. */
  readonly excerptSource: string | null;
}

type Report = (field: string, message: string) => void;

export type EntryResult = { ok: true; entry: Entry } | { ok: false; problems: ContentProblem[] };

/**
 * The default slug: the file name without `.md`; for a folder's
 * `index.md` (an entry kept with its images, as in Hugo's page bundles),
 * the folder's name.
 */
export function fileStem(file: string): string {
  const parts = file.split('/');
  const base = (parts.at(-1) ?? '').replace(/\.md$/i, '');
  const folder = parts.at(-2);
  return (base.toLowerCase() === 'index' && folder !== undefined ? folder : base).normalize('NFC');
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Front matter text as shown to readers: control characters (invisible, and invalid in XML) removed. */
function cleanText(value: string | number): string {
  return String(value).replace(CONTROL, '').normalize('NFC').trim();
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function slugProblem(slug: string): string | null {
  if (slug.trim() === '') return 'must not be empty';
  if (slug === '.' || slug === '..') return `"${slug}" cannot be used in a URL`;
  if (/[/\\]/.test(slug)) return `"${slug}" must not contain / or \\`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(slug)) return 'must not contain control characters';
  return null;
}

/**
 * `categories` / `tags`: a list of names or a single name. A single string
 * is one term; numbers become their text; blanks and repeats are dropped.
 */
function readTerms(value: unknown, field: string, report: Report): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === 'string' || typeof item === 'number') {
      const name = cleanText(item).replace(/\s+/g, ' ');
      if (name !== '' && !out.includes(name)) out.push(name);
    } else if (item !== null) {
      report(field, `each name must be text, got ${describe(item)}`);
    }
  }
  return out;
}

function readBoolean(data: Record<string, unknown>, key: string, report: Report): boolean | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  report(key, `must be true or false, got ${describe(value)}`);
  return undefined;
}

/**
 * Whether the author marked the entry unpublished: `publish: false`
 * (this journal), `published: false` (Hexo) or `draft: true` (Hugo).
 * The only reader of these keys; everything else uses `entry.draft`.
 */
function readDraft(data: Record<string, unknown>, report: Report): boolean {
  const publish = readBoolean(data, 'publish', report);
  const published = readBoolean(data, 'published', report);
  const draft = readBoolean(data, 'draft', report);
  return publish === false || published === false || draft === true;
}

function readText(data: Record<string, unknown>, key: string, report: Report, required: boolean): string | null {
  const value = data[key];
  if (value === undefined || value === null || value === '') {
    if (required) report(key, 'is missing');
    return null;
  }
  if (typeof value === 'string' || typeof value === 'number') {
    const text = cleanText(value);
    if (text === '') {
      if (required) report(key, 'is empty');
      return null;
    }
    return text;
  }
  report(key, `must be text, got ${describe(value)}`);
  return null;
}

/** Parses and validates one entry file. Never throws; every problem is returned. */
export function parseEntry(file: string, raw: string, timeZone: string): EntryResult {
  const split = splitFrontMatter(raw);
  if (!split.ok) return { ok: false, problems: [{ file, field: split.field, message: split.message }] };
  const { data, body } = split;

  const problems: ContentProblem[] = [];
  const report: Report = (field, message) => problems.push({ file, field, message });
  const title = readText(data, 'title', report, true);

  let date: EntryDate | null = null;
  if (data.date === undefined || data.date === null || data.date === '') {
    report('date', 'is missing');
  } else {
    const parsed = parseEntryDate(data.date, timeZone);
    if (parsed.ok) date = parsed.date;
    else report('date', parsed.message);
  }

  let updated: EntryDate | null = null;
  if (data.updated !== undefined && data.updated !== null && data.updated !== '') {
    const parsed = parseEntryDate(data.updated, timeZone);
    if (parsed.ok) updated = parsed.date;
    else report('updated', parsed.message);
  }

  const description = readText(data, 'description', report, false);
  const categories = readTerms(data.categories, 'categories', report);
  const tags = readTerms(data.tags, 'tags', report);
  const draft = readDraft(data, report);

  let slug = fileStem(file);
  const ownSlug = readText(data, 'slug', report, false);
  if (ownSlug !== null) {
    const problem = slugProblem(ownSlug);
    if (problem) report('slug', problem);
    else slug = ownSlug.normalize('NFC');
  } else {
    const problem = slugProblem(slug);
    if (problem) report('file', `the file name ${problem}; give the entry a \`slug\``);
  }

  if (problems.length > 0 || title === null || date === null) return { ok: false, problems };

  const marker = findMoreMarker(body);
  const excerptSource = marker === null ? null : body.slice(0, marker);
  return { ok: true, entry: frozenEntry({ slug, file, title, date, updated, description, categories, tags, draft, body, excerptSource }) };
}

/** An entry that nothing can change afterwards, lists included. */
export function frozenEntry(fields: Entry): Entry {
  return Object.freeze({ ...fields, categories: Object.freeze([...fields.categories]), tags: Object.freeze([...fields.tags]) });
}
