import { z } from 'zod';
import { describeValue } from '../text/describe';
import { say, type Message } from '../text/message';

/**
 * What each front matter field is declared and read with (./fields.ts,
 * ./privacy-fields.ts): the declaration of a field (its shape, keys,
 * and reader), the report of a problem, text and boolean readers.
 */

export type FrontMatter = Readonly<Record<string, unknown>>;
export type Report = (field: string, message: Message) => void;

/** A required field that is not there: the entry adds what to write (entry.ts). */
export const MISSING = say('is missing', '缺失');

/** What reading front matter depends on besides the file: the site's settings. */
export interface ReadContext {
  /** The site's time zone, for date-times without an offset. */
  readonly timeZone: string;
  /**
   * How a plain list of categories is read: `separate` categories (reco,
   * Hugo), or one `path` from the top down, as Hexo reads `[技术, Linux]`.
   */
  readonly categoryLists: 'separate' | 'path';
  /**
   * What the file itself says, for an entry whose front matter leaves its
   * title or date out (Jekyll posts, daily notes, Typora files): the day
   * its name begins with, its first `#` heading, and its name. Absent
   * where no such fallback applies (a section's flags).
   */
  readonly file?: FileFacts;
}

export interface FileFacts {
  /** `YYYY-MM-DD` from the file name (`2011-10-11-fibonacci.md`, `2022-10-06.md`, `2022_10_06.md`), unchecked; or null. */
  readonly day: string | null;
  readonly heading: string | null;
  /** The file name without `.md` and without the day before it. */
  readonly name: string;
  /** True for a note of an Obsidian or Logseq vault, whose `aliases` are other names for links, not old addresses. */
  readonly vault?: true;
  /** A vault note's inline `#tags` (lib/content/inline-tags.ts), read with its front matter tags; none elsewhere. */
  readonly inlineTags?: readonly string[];
  /** The day git first saw the file (lib/content/git-dates.ts), asked only when nothing else dates it; `shallow` when the history is cut short. */
  readonly history?: () => { readonly day: string | null; readonly shallow: boolean };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Front matter text as shown to readers: control characters (invisible, and invalid in XML) removed. */
export function cleanText(value: string | number): string {
  return String(value).replace(CONTROL, '').normalize('NFC').trim();
}

/** `must be text, got a list`: what a field takes and what it was given. */
export function mustBe(value: unknown, en: string, zh: string, subjectEn = '', subjectZh = ''): Message {
  const got = describeValue(value);
  // Chinese sets Latin words apart with a space: 应为 true 或 false, 应为文字.
  const gap = /^[\x21-\x7e]/.test(zh) ? ' ' : '';
  return say(`${subjectEn === '' ? '' : `${subjectEn} `}must be ${en}, got ${got.en}`, `${subjectZh}应为${gap}${zh}，实为${got['zh-CN']}`);
}

export const isBlank = (value: unknown) => value === undefined || value === null || value === '';
export const isString = (value: unknown): value is string => typeof value === 'string';

export function readText(data: FrontMatter, key: string, report: Report, required: boolean): string | null {
  const value = data[key];
  if (isBlank(value)) {
    if (required) report(key, MISSING);
    return null;
  }
  if (typeof value === 'string' || typeof value === 'number') {
    const text = cleanText(value);
    if (text === '') {
      if (required) report(key, say('is empty', '是空的'));
      return null;
    }
    return text;
  }
  report(key, mustBe(value, 'text', '文字'));
  return null;
}

export function readBoolean(data: FrontMatter, key: string, report: Report): boolean | undefined {
  return booleanValue(data[key], key, report);
}

/** A boolean, nothing (undefined), or a problem reported at `key`: `value` may be nested (`toc: { enable: false }`). */
export function booleanValue(value: unknown, key: string, report: Report, subject = ''): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  report(key, mustBe(value, 'true or false', 'true 或 false', subject, subject));
  return undefined;
}

/** What a field's declaration holds besides the shape of its value: the keys it reads and its reader. */
export interface FieldInfo {
  readonly keys: readonly string[];
  readonly read: (data: FrontMatter, report: Report, context: ReadContext) => unknown;
}

const FIELD_INFO = z.registry<FieldInfo>();

/**
 * One front matter field, declared once: `shape` is the value an entry
 * keeps (its type, and the check of a stored entry coming back from the
 * cache); `read` makes that value from the front matter, reporting each
 * problem, or null when it could not (a required field that is missing).
 */
export function field<S extends z.ZodType>(
  shape: S,
  info: { keys: readonly string[]; read: (data: FrontMatter, report: Report, context: ReadContext) => z.output<S> | null },
): S {
  FIELD_INFO.add(shape, info);
  return shape;
}

/** The front matter keys one field reads. */
export function keysOfField(schema: z.ZodType): readonly string[] {
  return FIELD_INFO.get(schema)?.keys ?? [];
}

/** The keys of the fields of `shape` (every field in it declared with `field`). */
export function fieldKeys(shape: Readonly<Record<string, z.ZodType>>): string[] {
  return Object.values(shape).flatMap(keysOfField);
}

/**
 * Every field of `fields` read from the front matter and checked against
 * its shape: the values, or the paths of fields that have none (each such
 * problem has been reported by its reader, except a reader's own mistake).
 */
export function readFields<T extends z.ZodObject>(fields: T, data: FrontMatter, report: Report, context: ReadContext): { ok: true; value: z.output<T> } | { ok: false; missing: string[] } {
  const values: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(fields.shape)) {
    const info = FIELD_INFO.get(schema);
    if (info) values[name] = info.read(data, report, context);
  }
  const parsed = fields.safeParse(values);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, missing: [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')))] };
}

/** One field read on its own (a section's flags). */
export function readField<S extends z.ZodType>(schema: S, data: FrontMatter, report: Report, context: ReadContext): z.output<S> | null {
  const parsed = schema.safeParse(FIELD_INFO.get(schema)?.read(data, report, context));
  return parsed.success ? parsed.data : null;
}
