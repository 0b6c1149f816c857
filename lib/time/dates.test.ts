import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayIn, parseEntryDate } from './dates';

// The suite runs under TZ=America/Los_Angeles and TZ=Asia/Shanghai (scripts/unit-tests.mjs):
// nothing here may depend on the machine's time zone.
const parse = (value: unknown, tz = 'Asia/Shanghai') => {
  const r = parseEntryDate(value, tz);
  assert.ok(r.ok, !r.ok ? r.message.en : '');
  return r.date;
};

describe('entry dates', () => {
  it(`keeps a plain YYYY-MM-DD the same calendar day (TZ=${process.env.TZ ?? 'unset'})`, () => {
    for (const tz of ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      assert.equal(parse('2022-12-27', tz).day, '2022-12-27');
      assert.equal(parse('2022-12-27', tz).iso, '2022-12-27');
    }
  });

  it('reads a YAML 1.1 Date at UTC midnight as that calendar day', () => {
    assert.equal(parse(new Date(Date.UTC(2022, 11, 27))).day, '2022-12-27');
    assert.equal(parse(new Date(Date.UTC(2022, 0, 1)), 'America/Los_Angeles').day, '2022-01-01');
  });

  it('counts a plain day from midnight in the site time zone', () => {
    assert.equal(parse('2022-12-27').epoch, Date.UTC(2022, 11, 26, 16, 0, 0));
    assert.equal(parse('2022-12-27', 'America/Los_Angeles').epoch, Date.UTC(2022, 11, 27, 8, 0, 0));
  });

  it('reads a date-time without offset as wall-clock time in the site time zone', () => {
    const d = parse('2023-06-02 23:40');
    assert.equal(d.day, '2023-06-02');
    assert.equal(d.iso, '2023-06-02T23:40:00+08:00');
    assert.equal(d.epoch, Date.UTC(2023, 5, 2, 15, 40));
    assert.equal(parse('2023-06-02T23:40:15').iso, '2023-06-02T23:40:15+08:00');
  });

  it('takes the day of an instant with an offset in the site time zone', () => {
    assert.equal(parse('2023-06-02T23:30:00Z').day, '2023-06-03');
    assert.equal(parse('2023-06-02T23:30:00Z', 'America/Los_Angeles').day, '2023-06-02');
    assert.equal(parse('2023-06-02 10:00 +02:00').iso, '2023-06-02T16:00:00+08:00');
    assert.equal(parse('2023-06-02T10:00:00-0700').epoch, Date.UTC(2023, 5, 2, 17));
  });

  it("reads Hexo's and VuePress's forms: slashes, no leading zeros", () => {
    assert.equal(parse('2019/04/09').day, '2019-04-09');
    assert.equal(parse('2019/7/1').iso, '2019-07-01');
    assert.equal(parse('2022-8-14').day, '2022-08-14');
    assert.equal(parse('2019-05-17 18:10:59').iso, '2019-05-17T18:10:59+08:00');
    assert.equal(parse('2019/5/17 8:05').iso, '2019-05-17T08:05:00+08:00');
    assert.equal(parse('2021-03-05T21:30:00+08:00').iso, '2021-03-05T21:30:00+08:00');
    for (const bad of ['2019/02/30', '2019/13/1', '2019-7/1', '2019/7/1 24:00']) assert.equal(parseEntryDate(bad, 'UTC').ok, false, bad);
  });

  it('handles daylight saving time in the site time zone', () => {
    // 2023-03-12: clocks in Los Angeles jump from 02:00 to 03:00.
    assert.equal(parse('2023-03-12 12:00', 'America/Los_Angeles').iso, '2023-03-12T12:00:00-07:00');
    assert.equal(parse('2023-03-11 12:00', 'America/Los_Angeles').iso, '2023-03-11T12:00:00-08:00');
    assert.equal(parse('2023-11-05', 'America/Los_Angeles').day, '2023-11-05');
  });

  it('reads a day written day first when only one reading fits (29-10-2022_星期六, 27.12.2022)', () => {
    assert.equal(parse('29-10-2022_星期六').day, '2022-10-29');
    assert.equal(parse('27.12.2022').day, '2022-12-27');
    assert.equal(parse('05-05-2022').day, '2022-05-05');
    assert.match(!parseEntryDate('03-04-2022', 'UTC').ok ? 'refused' : '', /refused/);
  });

  it('accepts leap days and rejects impossible dates with a message', () => {
    assert.equal(parse('2024-02-29').day, '2024-02-29');
    for (const bad of ['2022-13-45', '2023-02-29', '2022-00-10', '2022-04-31', '2022-12-27 25:00', 'yesterday', '03-04-2022']) {
      const r = parseEntryDate(bad, 'UTC');
      assert.equal(r.ok, false, bad);
      assert.match(!r.ok ? r.message.en : '', new RegExp(bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
    for (const bad of [20221227, true, ['2022-12-27'], { y: 2022 }, new Date(Number.NaN)]) {
      assert.equal(parseEntryDate(bad, 'UTC').ok, false);
    }
  });

  it('tells the day of an instant in a time zone', () => {
    const instant = Date.UTC(2022, 11, 31, 20, 0);
    assert.equal(dayIn(instant, 'Asia/Shanghai'), '2023-01-01');
    assert.equal(dayIn(instant, 'America/Los_Angeles'), '2022-12-31');
  });
});

describe('years before 1000', () => {
  it('are refused with a message, never shown as the 1900s', () => {
    for (const text of ['0050-06-15', '0000-01-01', '0999-12-31', '0050-06-15 10:00', '0001-01-01T00:00:00Z']) {
      const r = parseEntryDate(text, 'Asia/Shanghai');
      assert.equal(r.ok, false, text);
      if (!r.ok) assert.match(r.message.en, /before the year 1000/, text);
    }
    assert.equal(parseEntryDate('1000-01-01', 'Asia/Shanghai').ok, true);
  });
});
