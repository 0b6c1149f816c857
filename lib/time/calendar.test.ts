import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, byMonthDay, monthDaysFor, monthlyTotals, streaks, yearEndingOn, yearGrid, type DayBucket } from './calendar';
import { parseEntry, type Entry } from '../content/entry';

function entry(day: string, body = '正文'): Entry {
  const r = parseEntry(`${day}.md`, `---\ntitle: ${day}\ndate: ${day}\n---\n${body}\n`, 'Asia/Shanghai');
  assert.ok(r.ok);
  return r.entry;
}

describe('calendar grid', () => {
  it('places every day of a year once, weeks starting on Monday', () => {
    const grid = yearGrid(2023, new Map());
    assert.equal(grid.length, 365);
    // 2023-01-01 was a Sunday: last row of week 0.
    assert.deepEqual(grid[0], { day: '2023-01-01', weekday: 6, week: 0, bucket: undefined });
    assert.deepEqual(grid[1]?.weekday, 0);
    assert.equal(grid[1]?.week, 1);
    assert.equal(grid.at(-1)?.day, '2023-12-31');
    assert.equal(new Set(grid.map((d) => d.day)).size, 365);
  });

  it('has 366 days in a leap year, Feb 29 included', () => {
    const grid = yearGrid(2024, new Map());
    assert.equal(grid.length, 366);
    assert.ok(grid.some((d) => d.day === '2024-02-29'));
  });

  it('is the same in every time zone and across daylight-saving changes', () => {
    // The suite runs under TZ=America/Los_Angeles and Asia/Shanghai; days around DST changes stay in order.
    const grid = yearGrid(2023, new Map());
    const march = grid.filter((d) => d.day >= '2023-03-10' && d.day <= '2023-03-14').map((d) => d.day);
    assert.deepEqual(march, ['2023-03-10', '2023-03-11', '2023-03-12', '2023-03-13', '2023-03-14']);
    const november = grid.filter((d) => d.day >= '2023-11-04' && d.day <= '2023-11-06').map((d) => d.day);
    assert.deepEqual(november, ['2023-11-04', '2023-11-05', '2023-11-06']);
    assert.equal(addDays('2023-03-11', 1), '2023-03-12');
    assert.equal(addDays('2023-12-31', 1), '2024-01-01');
    assert.equal(addDays('2024-03-01', -1), '2024-02-29');
  });

  it('buckets a date-time by its day in the site time zone, across a year boundary', () => {
    const late = parseEntry('x.md', '---\ntitle: x\ndate: 2022-12-31T20:00:00Z\n---\n', 'Asia/Shanghai');
    assert.ok(late.ok);
    assert.equal(late.entry.date.day, '2023-01-01');
    const bucket: DayBucket = { day: '2023-01-01', entries: [late.entry], length: 1 };
    const grid = yearGrid(2023, new Map([[bucket.day, bucket]]));
    assert.equal(grid[0]?.bucket?.entries.length, 1);
    assert.equal(yearGrid(2022, new Map([[bucket.day, bucket]])).filter((d) => d.bucket).length, 0);
  });
});

describe('streaks', () => {
  it('counts consecutive days, ignoring several entries on one day', () => {
    const days = ['2024-01-01', '2024-01-02', '2024-01-02', '2024-01-03', '2024-01-05', '2024-01-06'];
    assert.deepEqual(streaks(days, '2024-02-01'), { current: 0, longest: 3, longestEnd: '2024-01-03' });
  });

  it('keeps the current streak alive until today is over', () => {
    const days = ['2024-02-27', '2024-02-28', '2024-02-29'];
    assert.equal(streaks(days, '2024-02-29').current, 3);
    assert.equal(streaks(days, '2024-03-01').current, 3);
    assert.equal(streaks(days, '2024-03-02').current, 0);
  });

  it('runs across year boundaries and leap days', () => {
    const days = ['2023-12-30', '2023-12-31', '2024-01-01'];
    assert.equal(streaks(days, '2024-01-01').longest, 3);
    assert.equal(streaks(['2024-02-28', '2024-02-29', '2024-03-01'], '2024-03-01').current, 3);
    assert.equal(streaks(['2023-02-28', '2023-03-01'], '2023-03-01').current, 2);
  });

  it('is zero for an empty journal', () => {
    assert.deepEqual(streaks([], '2024-01-01'), { current: 0, longest: 0, longestEnd: null });
  });
});

describe('on this day', () => {
  it('groups entries by month-day across years', () => {
    const index = byMonthDay([entry('2022-12-27'), entry('2020-12-27'), entry('2021-06-01')]);
    assert.deepEqual(
      index.get('12-27')?.map((e) => e.date.day),
      ['2022-12-27', '2020-12-27'],
    );
  });

  it('shows Feb 29 entries on Feb 28 of common years', () => {
    assert.deepEqual(monthDaysFor('2023-02-28'), ['02-28', '02-29']);
    assert.deepEqual(monthDaysFor('2024-02-28'), ['02-28']);
    assert.deepEqual(monthDaysFor('2024-02-29'), ['02-29']);
    assert.deepEqual(monthDaysFor('2000-02-28'), ['02-28']);
    assert.deepEqual(monthDaysFor('1900-02-28'), ['02-28', '02-29']);
  });
});

describe('monthly totals', () => {
  it('counts CJK-aware length per month and keeps silent months', () => {
    const entries = [entry('2023-11-02', '今天写了十个中文字。'), entry('2024-01-15', 'Three English words'), entry('2024-01-20', '两个')];
    const lengthOf = (e: Entry) => [...e.body].filter((c) => /\p{Script=Han}/u.test(c)).length + (e.body.match(/[A-Za-z]+/g)?.length ?? 0);
    assert.deepEqual(monthlyTotals(entries, lengthOf), [
      { month: '2023-11', entries: 1, length: 9 },
      { month: '2023-12', entries: 0, length: 0 },
      { month: '2024-01', entries: 2, length: 5 },
    ]);
  });
});

describe('the twelve months ending on a day', () => {
  it('runs from the day after the same date a year before, in Monday weeks', () => {
    const grid = yearEndingOn('2023-07-01', new Map());
    assert.equal(grid.length, 365);
    assert.equal(grid[0]?.day, '2022-07-02');
    assert.equal(grid.at(-1)?.day, '2023-07-01');
    // 2022-07-02 was a Saturday.
    assert.deepEqual([grid[0]?.weekday, grid[0]?.week, grid[2]?.weekday, grid[2]?.week], [5, 0, 0, 1]);
  });

  it('spans a leap day, and ends on one', () => {
    assert.equal(yearEndingOn('2024-03-01', new Map()).length, 366);
    const leap = yearEndingOn('2024-02-29', new Map());
    assert.equal(leap[0]?.day, '2023-03-01');
    assert.equal(leap.at(-1)?.day, '2024-02-29');
  });
});
