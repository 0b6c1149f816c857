import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryStatus, isVisible } from './visibility';

const NOW = Date.UTC(2024, 5, 1, 12);
const past = { epoch: NOW - 86_400_000 };
const future = { epoch: NOW + 86_400_000 };

describe('visibility', () => {
  // Hugo-style matrix: draft × future × environment.
  const matrix: [boolean, { epoch: number }, boolean, boolean][] = [
    // draft, date, preview, visible
    [false, past, false, true],
    [true, past, false, false],
    [false, future, false, false],
    [true, future, false, false],
    [false, past, true, true],
    [true, past, true, true],
    [false, future, true, true],
    [true, future, true, true],
  ];
  for (const [draft, date, preview, visible] of matrix) {
    it(`draft=${draft} future=${date === future} preview=${preview} → ${visible ? 'shown' : 'hidden'}`, () => {
      assert.equal(isVisible({ draft, date: { ...date, day: '', iso: '' } }, { preview }, NOW), visible);
    });
  }

  it('names the status for badges', () => {
    const d = (epoch: number) => ({ day: '', iso: '', epoch });
    assert.equal(entryStatus({ draft: true, date: d(past.epoch) }, NOW), 'draft');
    assert.equal(entryStatus({ draft: false, date: d(future.epoch) }, NOW), 'scheduled');
    assert.equal(entryStatus({ draft: false, date: d(NOW) }, NOW), 'published');
  });
});
