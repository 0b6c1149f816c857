import { z } from 'zod';
import { describeValue } from '../text/describe';
import { say, type Message } from '../text/message';

/**
 * Calendar days and date-times, read from front matter without ever
 * letting the machine's time zone move a day.
 *
 * A plain `YYYY-MM-DD` is a calendar day and stays that day. A date-time
 * without an offset is wall-clock time in the site's time zone; one with
 * `Z` or `±hh:mm` is an instant, whose day is taken in the site's time zone.
 */

/** A day or a date-time as an entry keeps it; a new schema on each call, so each field declares its own. */
export function entryDateShape() {
  return z
    .object({
      /** The calendar day, `YYYY-MM-DD`. */
      day: z.string(),
      /** Machine-readable form for `<time datetime>`: the day, or a full ISO 8601 date-time with offset. */
      iso: z.string(),
      /** Milliseconds since the epoch; a plain day counts from its midnight in the site's time zone. */
      epoch: z.number(),
    })
    .readonly();
}

export type EntryDate = z.output<ReturnType<typeof entryDateShape>>;

// Hexo and VuePress write days with slashes and without leading zeros (`2019/7/1`, `2022-8-14`): read as the same day.
const DAY = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
const DATE_TIME =
  /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= daysInMonth;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  y: number;
  m: number;
  d: number;
  h: number;
  min: number;
  s: number;
}

/** The wall-clock reading of an instant in a time zone. */
export function wallClock(epoch: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(new Date(epoch))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    y: parts.year ?? 0,
    m: parts.month ?? 0,
    d: parts.day ?? 0,
    h: parts.hour ?? 0,
    min: parts.minute ?? 0,
    s: parts.second ?? 0,
  };
}

/** Offset of a time zone from UTC at an instant, in minutes. */
function offsetMinutes(epoch: number, timeZone: string): number {
  const w = wallClock(epoch, timeZone);
  const asUtc = Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s);
  return Math.round((asUtc - Math.floor(epoch / 1000) * 1000) / 60000);
}

/** The instant at which a wall-clock time happens in a time zone. */
function zonedToEpoch(w: WallClock, timeZone: string): number {
  const guess = Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s);
  let epoch = guess - offsetMinutes(guess, timeZone) * 60000;
  // A second pass settles times near a daylight-saving change.
  epoch = guess - offsetMinutes(epoch, timeZone) * 60000;
  return epoch;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `YYYY-MM-DD` of an instant in a time zone. */
export function dayIn(epoch: number, timeZone: string): string {
  const w = wallClock(epoch, timeZone);
  return `${pad(w.y, 4)}-${pad(w.m)}-${pad(w.d)}`;
}

/**
 * The first year an entry may be dated in. Earlier years are refused with
 * a message rather than shown wrong (JavaScript reads years 0–99 as 1900–1999,
 * and archive URLs are four digits).
 */
export const FIRST_YEAR = 1000;

const tooEarly = (text: string) =>
  say(`"${text}" is before the year ${FIRST_YEAR}; entries are dated from ${FIRST_YEAR} on`, `"${text}" 早于 ${FIRST_YEAR} 年；日记的日期从 ${FIRST_YEAR} 年开始`);
const notRealDay = (text: string) => say(`"${text}" is not a real calendar day`, `"${text}" 不是真实存在的日期`);
const SHAPE_EN = 'a date such as 2022-12-27 or 2022-12-27 21:30';
const SHAPE_ZH = '形如 2022-12-27 或 2022-12-27 21:30 的日期';

export type DateParseResult = { ok: true; date: EntryDate } | { ok: false; message: Message };

/**
 * Reads a front matter date. Accepts a string (the YAML loader keeps
 * timestamps as text) or a `Date` (a UTC midnight for a plain day, as
 * YAML 1.1 loaders produce).
 */
export function parseEntryDate(value: unknown, timeZone: string): DateParseResult {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, message: say('is not a valid date', '不是有效的日期') };
    const isMidnight =
      value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0;
    value = isMidnight ? value.toISOString().slice(0, 10) : value.toISOString();
  }
  if (typeof value !== 'string') {
    const got = describeValue(value);
    return { ok: false, message: say(`must be ${SHAPE_EN}, got ${got.en}`, `应为${SHAPE_ZH}，实为${got['zh-CN']}`) };
  }
  const text = value.trim();
  const day = DAY.exec(text);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[3]), Number(day[4])];
    if (!isRealDay(y, m, d)) return { ok: false, message: notRealDay(text) };
    if (y < FIRST_YEAR) return { ok: false, message: tooEarly(text) };
    const canonical = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    return {
      ok: true,
      date: { day: canonical, iso: canonical, epoch: zonedToEpoch({ y, m, d, h: 0, min: 0, s: 0 }, timeZone) },
    };
  }
  // A day written day first (`29-10-2022`, and an Obsidian template's `29-10-2022_星期六`): read only when no other reading fits.
  const dayFirst = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[_ ]\S*)?$/.exec(text);
  if (dayFirst) {
    const [a, b, y] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
    if (a <= 12 && b <= 12 && a !== b) {
      return { ok: false, message: say(`"${text}" could be ${y}-${pad(b)}-${pad(a)} or ${y}-${pad(a)}-${pad(b)}; write it as YYYY-MM-DD`, `"${text}" 可以是 ${y}-${pad(b)}-${pad(a)} 或 ${y}-${pad(a)}-${pad(b)}；请写成 YYYY-MM-DD`) };
    }
    const [m, d] = a > 12 ? [b, a] : [a, b];
    return parseEntryDate(`${pad(y, 4)}-${pad(m)}-${pad(d)}`, timeZone);
  }
  const dt = DATE_TIME.exec(text);
  if (!dt) {
    return { ok: false, message: say(`"${text}" is not ${SHAPE_EN}`, `"${text}" 不是${SHAPE_ZH}`) };
  }
  const [y, m, d, h, min, s] = [1, 3, 4, 5, 6, 7].map((i) => Number(dt[i] ?? 0)) as [number, number, number, number, number, number];
  if (!isRealDay(y, m, d)) return { ok: false, message: notRealDay(text) };
  if (y < FIRST_YEAR) return { ok: false, message: tooEarly(text) };
  if (h > 23 || min > 59 || s > 59) return { ok: false, message: say(`"${text}" is not a real time of day`, `"${text}" 不是真实存在的时刻`) };
  const zone = dt[9];
  let epoch: number;
  if (zone === undefined) {
    epoch = zonedToEpoch({ y, m, d, h, min, s }, timeZone);
  } else {
    const utc = Date.UTC(y, m - 1, d, h, min, s);
    if (zone.toUpperCase() === 'Z') {
      epoch = utc;
    } else {
      const digits = zone.replace(':', '');
      const sign = digits.startsWith('-') ? -1 : 1;
      const hours = Number(digits.slice(1, 3));
      const minutes = Number(digits.slice(3, 5) || '0');
      if (hours > 14 || minutes > 59) return { ok: false, message: say(`"${text}" has an impossible UTC offset`, `"${text}" 的 UTC 时差不可能存在`) };
      epoch = utc - sign * (hours * 60 + minutes) * 60000;
    }
  }
  const w = wallClock(epoch, timeZone);
  const iso =
    `${pad(w.y, 4)}-${pad(w.m)}-${pad(w.d)}T${pad(w.h)}:${pad(w.min)}:${pad(w.s)}` +
    formatOffset(offsetMinutes(epoch, timeZone));
  return { ok: true, date: { day: iso.slice(0, 10), iso, epoch } };
}

/** The year of a `YYYY-MM-DD` day. */
export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/** Splits a `YYYY-MM-DD` day into numbers. */
export function dayParts(day: string): { year: number; month: number; date: number } {
  const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
  return { year, month, date };
}
