'use client';

import { useEffect, useState } from 'react';
import { monthDaysFor } from '@/lib/time/calendar';

export interface OnThisDayEntry {
  readonly title: string;
  readonly url: string;
  readonly day: string;
}

interface Props {
  /** `MM-DD` of every day of the year with entries (built with the site). */
  days: readonly string[];
  /** Where each month's entries are, by day: `${base}months/${MM}.json`. */
  base: string;
  /** The site language, for the date in the heading. */
  lang: string;
  labels: { empty: string; loading: string; yearsAgo: readonly string[] };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The reader's today as a calendar day, in the browser's own time zone. */
function localToday(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The day a reader asked for (`/on-this-day/?day=12-27`, where each day's old address leads), if any. */
function askedDay(search: string): string | undefined {
  const day = new URLSearchParams(search).get('day');
  return day !== null && /^\d{2}-\d{2}$/.test(day) ? day : undefined;
}

/**
 * Shows what was written on one day of the year in earlier years: the day
 * the address asks for, or else "today" in the reader's browser.
 */
export function OnThisDay({ days, base, lang, labels }: Props) {
  const [state, setState] = useState<{ md: string; entries: OnThisDayEntry[]; year: number } | null>(null);

  useEffect(() => {
    const today = localToday(new Date());
    const year = Number(today.slice(0, 4));
    const asked = askedDay(window.location.search);
    const mds = asked !== undefined ? [asked] : monthDaysFor(today);
    const wanted = mds.filter((md) => days.includes(md));
    const month = wanted[0]?.slice(0, 2);
    const load: Promise<Record<string, OnThisDayEntry[] | undefined>> =
      month === undefined ? Promise.resolve({}) : fetch(`${base}months/${month}.json`).then((r) => (r.ok ? r.json() : {}));
    void load
      .then((byDay) => wanted.flatMap((md) => byDay[md] ?? []))
      .catch(() => [])
      .then((entries) => setState({ md: mds[0] ?? '', entries, year }));
  }, [days, base]);

  if (!state) return <p className="empty">{labels.loading}</p>;
  return (
    <section className="on-this-day" data-md={state.md}>
      <h2>
        {new Intl.DateTimeFormat(lang, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
          new Date(Date.UTC(2000, Number(state.md.slice(0, 2)) - 1, Number(state.md.slice(3)))),
        )}
      </h2>
      {state.entries.length === 0 ? (
        <p className="empty">{labels.empty}</p>
      ) : (
        <ul>
          {state.entries.map((e) => {
            const ago = state.year - Number(e.day.slice(0, 4));
            return (
              <li key={e.url}>
                <span className="years-ago">{labels.yearsAgo[Math.min(ago, labels.yearsAgo.length - 1)] ?? ''}</span>{' '}
                <a href={e.url}>{e.title}</a> <time dateTime={e.day}>{e.day}</time>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
