import { dayParts } from './dates';

/**
 * Time in the journal: days with entries, a year as a grid of weeks,
 * streaks and month-days. Everything works on `YYYY-MM-DD` calendar days
 * (already in the site's time zone), with UTC arithmetic only, so no
 * time zone or daylight-saving change can move a day.
 */

/** What the calendar needs of an entry: its address and title, and its day. The journal's entries are such entries. */
export interface CalendarEntry {
  readonly slug: string;
  readonly title: string;
  readonly date: { readonly day: string };
}

export interface DayBucket {
  readonly day: string;
  readonly entries: readonly CalendarEntry[];
  /** Characters and words written that day (CJK characters and other words each count one). */
  readonly length: number;
}

const DAY_MS = 86_400_000;

export function dayToUtc(day: string): number {
  const { year, month, date } = dayParts(day);
  return Date.UTC(year, month - 1, date);
}

export function utcToDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return utcToDay(dayToUtc(day) + n * DAY_MS);
}

/** Entries by calendar day. `lengthOf` gives an entry's length (reading stats). */
export function bucketByDay<E extends CalendarEntry>(entries: readonly E[], lengthOf: (e: E) => number): Map<string, DayBucket> {
  const days = new Map<string, { entries: E[]; length: number }>();
  for (const entry of entries) {
    const bucket = days.get(entry.date.day) ?? { entries: [], length: 0 };
    bucket.entries.push(entry);
    bucket.length += lengthOf(entry);
    days.set(entry.date.day, bucket);
  }
  return new Map([...days].map(([day, b]) => [day, { day, entries: b.entries, length: b.length }]));
}

export interface GridDay {
  readonly day: string;
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
  readonly week: number;
  readonly bucket: DayBucket | undefined;
}

/**
 * Every day from `from` to `to` (inclusive, `YYYY-MM-DD`), placed in week
 * columns that start on Monday (as calendars in China and Europe do).
 * Week 0 holds the first day.
 */
export function rangeGrid(from: string, to: string, buckets: ReadonlyMap<string, DayBucket>): GridDay[] {
  const first = dayToUtc(from);
  const last = dayToUtc(to);
  const firstWeekday = (new Date(first).getUTCDay() + 6) % 7;
  const days: GridDay[] = [];
  for (let ms = first; ms <= last; ms += DAY_MS) {
    const offset = Math.round((ms - first) / DAY_MS) + firstWeekday;
    const day = utcToDay(ms);
    days.push({ day, weekday: offset % 7, week: Math.floor(offset / 7), bucket: buckets.get(day) });
  }
  return days;
}

/** Every day of a year, in week columns. Week 0 holds January 1st. */
export function yearGrid(year: number, buckets: ReadonlyMap<string, DayBucket>): GridDay[] {
  return rangeGrid(`${String(year).padStart(4, '0')}-01-01`, `${String(year).padStart(4, '0')}-12-31`, buckets);
}

/** The twelve months ending on `last`: the day after the same date a year before, to `last`. */
export function yearEndingOn(last: string, buckets: ReadonlyMap<string, DayBucket>): GridDay[] {
  const year = Number(last.slice(0, 4)) - 1;
  const sameDayBefore = `${String(year).padStart(4, '0')}${last.slice(4)}`;
  // February 29th a year before is March 1st.
  const start = addDays(sameDayBefore.endsWith('-02-29') ? `${sameDayBefore.slice(0, 8)}28` : sameDayBefore, 1);
  return rangeGrid(start, last, buckets);
}

/** Shade 0–4 of a day, relative to the busiest day of the year. */
export function level(length: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (length <= 0 || max <= 0) return 0;
  const ratio = length / max;
  if (ratio > 0.75) return 4;
  if (ratio > 0.5) return 3;
  if (ratio > 0.25) return 2;
  return 1;
}

export interface Streaks {
  /** Consecutive days with an entry ending today, or yesterday (today may still be written). */
  readonly current: number;
  readonly longest: number;
  readonly longestEnd: string | null;
}

export function streaks(days: Iterable<string>, today: string): Streaks {
  const sorted = [...new Set(days)].sort();
  let longest = 0;
  let longestEnd: string | null = null;
  let run = 0;
  let previous: string | null = null;
  for (const day of sorted) {
    run = previous !== null && addDays(previous, 1) === day ? run + 1 : 1;
    if (run > longest) {
      longest = run;
      longestEnd = day;
    }
    previous = day;
  }
  const set = new Set(sorted);
  let current = 0;
  let cursor = set.has(today) ? today : addDays(today, -1);
  while (set.has(cursor) && cursor <= today) {
    current += 1;
    cursor = addDays(cursor, -1);
  }
  return { current, longest, longestEnd };
}

/** `MM-DD` of a day. */
export function monthDay(day: string): string {
  return day.slice(5, 10);
}

/** The month-days shown on a given day: the day itself, and Feb 29 on Feb 28 of a common year. */
export function monthDaysFor(day: string): string[] {
  const md = monthDay(day);
  const { year } = dayParts(day);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return md === '02-28' && !leap ? ['02-28', '02-29'] : [md];
}

/** Visible entries by month-day, newest year first. */
export function byMonthDay<E extends CalendarEntry>(entries: readonly E[]): Map<string, E[]> {
  const index = new Map<string, E[]>();
  for (const e of entries) {
    const md = monthDay(e.date.day);
    const list = index.get(md) ?? [];
    list.push(e);
    index.set(md, list);
  }
  return index;
}

export interface MonthTotal {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly entries: number;
  readonly length: number;
}

/** Every month from the first entry to the last, including silent ones. */
export function monthlyTotals<E extends CalendarEntry>(entries: readonly E[], lengthOf: (e: E) => number): MonthTotal[] {
  if (entries.length === 0) return [];
  const totals = new Map<string, { entries: number; length: number }>();
  for (const e of entries) {
    const month = e.date.day.slice(0, 7);
    const t = totals.get(month) ?? { entries: 0, length: 0 };
    t.entries += 1;
    t.length += lengthOf(e);
    totals.set(month, t);
  }
  const months = [...totals.keys()].sort();
  const out: MonthTotal[] = [];
  let [y, m] = (months[0] ?? '').split('-').map(Number) as [number, number];
  const last = months.at(-1) ?? '';
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    const t = totals.get(key);
    out.push({ month: key, entries: t?.entries ?? 0, length: t?.length ?? 0 });
    if (key >= last) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
