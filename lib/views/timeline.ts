import {
  bucketByDay,
  byMonthDay,
  monthlyTotals,
  streaks,
  yearEndingOn,
  yearGrid,
  type DayBucket,
  type GridDay,
  type MonthTotal,
  type Streaks,
} from '../time/calendar';
import { entryReading, type Entry, type Journal, type Term } from '../content';
import { dayIn, yearOf } from '../time/dates';
import { groupBy } from '../collections';
import { memoByObject } from '../memo';
import { journalNow, type Site } from '../site/site';

/** The journal over time: what the archive, "on this day" and statistics pages show. */

const lengthOf = (e: Entry) => {
  const r = entryReading(e);
  return r.cjk + r.words;
};

const buckets = memoByObject((journal: Journal): Map<string, DayBucket> => bucketByDay(journal.entries, lengthOf));

/** Years with entries, newest first. */
export function journalYears(journal: Journal): number[] {
  return journal.years().map((y) => y.year);
}

export interface MonthGroup {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly entries: readonly Entry[];
}

/** Entries of one year, grouped by month: what the archive lists show. */
export interface YearEntries {
  readonly year: number;
  readonly months: readonly MonthGroup[];
  readonly count: number;
}

/**
 * The newest months of a year, whole, up to `limit` entries (at least one
 * month): what /archive/ lists in full, so that it stays small at any size.
 * `earlier` counts the year's entries left to its own page.
 */
export function newestMonths(year: YearEntries, limit: number): { shown: YearEntries; earlier: number } {
  const months: MonthGroup[] = [];
  let count = 0;
  for (const month of year.months) {
    if (months.length > 0 && count + month.entries.length > limit) break;
    months.push(month);
    count += month.entries.length;
  }
  return { shown: { year: year.year, months, count: year.count }, earlier: year.count - count };
}

/** Entries (newest first) grouped by year, then by month, keeping their order. */
export function byYearAndMonth(entries: readonly Entry[]): YearEntries[] {
  return [...groupBy(entries, (e) => yearOf(e.date.day))].map(([year, list]) => {
    const months = [...groupBy(list, (e) => e.date.day.slice(0, 7))].map(([month, inMonth]) => ({ month, entries: inMonth }));
    return { year, months, count: list.length };
  });
}

export interface YearView extends YearEntries {
  readonly grid: readonly GridDay[];
  /** The longest day of the year, for shading. */
  readonly maxLength: number;
}

export function yearView(journal: Journal, year: number): YearView | undefined {
  const group = journal.years().find((y) => y.year === year);
  const [listed] = group ? byYearAndMonth(group.entries) : [];
  if (!listed) return undefined;
  const grid = yearGrid(year, buckets(journal));
  const maxLength = Math.max(0, ...grid.map((d) => d.bucket?.length ?? 0));
  return { ...listed, grid, maxLength };
}

export interface CalendarView {
  readonly grid: readonly GridDay[];
  readonly maxLength: number;
  readonly from: string;
  readonly to: string;
}

/** The twelve months ending on the newest entry: the archive's calendar, never empty while the journal is not. */
export function recentCalendar(journal: Journal): CalendarView | undefined {
  const newest = journal.entries[0];
  if (!newest) return undefined;
  const grid = yearEndingOn(newest.date.day, buckets(journal));
  const maxLength = Math.max(0, ...grid.map((d) => d.bucket?.length ?? 0));
  return { grid, maxLength, from: grid[0]?.day ?? newest.date.day, to: newest.date.day };
}

/** Today in the site's time zone, as the build sees it. */
export function siteToday(site: Site, now = journalNow(site)): string {
  return dayIn(now, site.settings.timezone);
}

export interface JournalStats {
  readonly entries: number;
  readonly length: number;
  readonly cjk: number;
  readonly words: number;
  readonly days: number;
  readonly streaks: Streaks;
  readonly months: readonly MonthTotal[];
  readonly topTags: readonly Term[];
  readonly today: string;
}

export function journalStats(journal: Journal, today: string): JournalStats {
  let cjk = 0;
  let words = 0;
  for (const e of journal.entries) {
    const r = entryReading(e);
    cjk += r.cjk;
    words += r.words;
  }
  const days = buckets(journal);
  return {
    entries: journal.entries.length,
    length: cjk + words,
    cjk,
    words,
    days: days.size,
    streaks: streaks(days.keys(), today),
    months: monthlyTotals(journal.entries, lengthOf),
    topTags: journal.terms('tags').slice(0, 10),
    today,
  };
}

const monthDays = memoByObject((journal: Journal): Map<string, Entry[]> => byMonthDay(journal.entries));

/** `MM-DD` of every day of the year that has entries, in calendar order. */
export function monthDaysWithEntries(journal: Journal): string[] {
  return [...monthDays(journal).keys()].sort();
}

export function entriesOnMonthDay(journal: Journal, md: string): readonly Entry[] {
  return monthDays(journal).get(md) ?? [];
}

/** `MM` of every month with entries on some day, in calendar order: the on-this-day data files. */
export function monthsOfOnThisDay(journal: Journal): string[] {
  return [...new Set(monthDaysWithEntries(journal).map((md) => md.slice(0, 2)))];
}

/** The days of month `mm` that have entries, in calendar order, each with its entries (newest year first). */
export function onThisDayMonth(journal: Journal, mm: string): Map<string, readonly Entry[]> {
  return new Map(monthDaysWithEntries(journal).filter((md) => md.startsWith(`${mm}-`)).map((md) => [md, entriesOnMonthDay(journal, md)]));
}
