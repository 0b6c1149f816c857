import type { EntryDate } from '../time/dates';
import { describeValue } from '../text/describe';
import { say, type Message } from '../text/message';

/**
 * What each front matter field is read with (./fields.ts,
 * ./privacy-fields.ts): the shape of a field, the report of a problem,
 * text and boolean readers, and the decoders of a stored value.
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
}

export interface FieldSpec<Read, Stored> {
  /** Front matter keys this field reads. */
  readonly keys: readonly string[];
  readonly read: (data: FrontMatter, report: Report, context: ReadContext) => Read;
  /** The stored value back from JSON; undefined when it does not fit. */
  readonly decode: (value: unknown) => Stored | undefined;
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
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  report(key, mustBe(value, 'true or false', 'true 或 false'));
  return undefined;
}

export function decodeDate(value: unknown): EntryDate | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const day: unknown = Reflect.get(value, 'day');
  const iso: unknown = Reflect.get(value, 'iso');
  const epoch: unknown = Reflect.get(value, 'epoch');
  return isString(day) && isString(iso) && typeof epoch === 'number' ? Object.freeze({ day, iso, epoch }) : undefined;
}

export const nullable =
  <T>(decode: (value: unknown) => T | undefined) =>
  (value: unknown): T | null | undefined =>
    value === null ? null : decode(value);

export const decodeString = (value: unknown) => (isString(value) ? value : undefined);
export const decodeStrings = (value: unknown) => (Array.isArray(value) && value.every(isString) ? value : undefined);
export const decodeBoolean = (value: unknown) => (typeof value === 'boolean' ? value : undefined);


export const field = <Read, Stored>(spec: FieldSpec<Read, Stored>): FieldSpec<Read, Stored> => spec;
