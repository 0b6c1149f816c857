import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryStatus, isVisible } from './visibility';

const NOW = Date.UTC(2024, 5, 1, 12);
const past = { epoch: NOW - 86_400_000 };
const future = { epoch: NOW + 86_400_000 };

describe('visibility', () => {
  // Hugo-style matrix: draft × locked × future × environment. Published only when none of them holds it back.
  for (const draft of [false, true]) {
    for (const locked of [null, 'password']) {
      for (const date of [past, future]) {
        for (const preview of [false, true]) {
          const visible = preview || (!draft && locked === null && date === past);
          it(`draft=${draft} locked=${locked !== null} future=${date === future} preview=${preview} → ${visible ? 'shown' : 'hidden'}`, () => {
            assert.equal(isVisible({ draft, locked, date: { ...date, day: '', iso: '' } }, { preview }, NOW), visible);
          });
        }
      }
    }
  }

  it('names the status for badges', () => {
    const d = (epoch: number) => ({ day: '', iso: '', epoch });
    assert.equal(entryStatus({ draft: true, locked: null, date: d(past.epoch) }, NOW), 'draft');
    assert.equal(entryStatus({ draft: false, locked: 'keys', date: d(past.epoch) }, NOW), 'locked');
    assert.equal(entryStatus({ draft: true, locked: 'password', date: d(future.epoch) }, NOW), 'locked');
    assert.equal(entryStatus({ draft: false, locked: null, date: d(future.epoch) }, NOW), 'scheduled');
    assert.equal(entryStatus({ draft: false, locked: null, date: d(NOW) }, NOW), 'published');
  });
});
