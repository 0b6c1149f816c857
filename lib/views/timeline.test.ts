import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testEntry } from '../../test/entry';
import { byYearAndMonth, newestMonths } from './timeline';

const days = ['2024-05-03', '2024-05-01', '2024-04-20', '2024-04-02', '2024-04-01', '2024-01-09'];
const [year] = byYearAndMonth(days.map((d, i) => testEntry(`e${i}.md`, `title: E${i}\ndate: ${d}`)));

describe('the archive page\'s newest months', () => {
  it('keeps whole months up to the limit and counts what is left to the year page', () => {
    assert.ok(year);
    const { shown, earlier } = newestMonths(year, 5);
    assert.deepEqual(shown.months.map((m) => m.month), ['2024-05', '2024-04']);
    assert.equal(earlier, 1);
    assert.equal(shown.count, 6, 'the heading keeps the whole year\'s count');
  });

  it('shows at least the newest month, however full', () => {
    assert.ok(year);
    const { shown, earlier } = newestMonths(year, 1);
    assert.deepEqual(shown.months.map((m) => m.month), ['2024-05']);
    assert.equal(earlier, 4);
    assert.equal(newestMonths(year, 100).earlier, 0);
  });
});
