import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryStatus, isVisible } from './visibility';

const NOW = Date.UTC(2024, 5, 1, 12);
const past = { epoch: NOW - 86_400_000 };
const future = { epoch: NOW + 86_400_000 };

describe('visibility', () => {
  // Hugo-style matrix: draft × locked × hidden × future × environment. Published only when none of them holds it back.
  for (const draft of [false, true]) {
    for (const locked of [null, 'password']) {
      for (const hidden of [null, 'hidden', 'posts/_ads/_index.md']) {
        for (const date of [past, future]) {
          for (const preview of [false, true]) {
            const visible = preview || (!draft && locked === null && hidden === null && date === past);
            it(`draft=${draft} locked=${locked !== null} hidden=${hidden} future=${date === future} preview=${preview} → ${visible ? 'shown' : 'hidden'}`, () => {
              assert.equal(isVisible({ draft, locked, hidden, date: { ...date, day: '', iso: '' } }, { preview }, NOW), visible);
            });
          }
        }
      }
    }
  }

  it('names the status for badges', () => {
    const d = (epoch: number) => ({ day: '', iso: '', epoch });
    assert.equal(entryStatus({ draft: true, locked: null, hidden: null, date: d(past.epoch) }, NOW), 'draft');
    assert.equal(entryStatus({ draft: false, locked: 'keys', hidden: null, date: d(past.epoch) }, NOW), 'locked');
    assert.equal(entryStatus({ draft: true, locked: 'password', hidden: null, date: d(future.epoch) }, NOW), 'locked');
    assert.equal(entryStatus({ draft: false, locked: null, hidden: 'build', date: d(past.epoch) }, NOW), 'hidden');
    assert.equal(entryStatus({ draft: true, locked: null, hidden: 'build', date: d(past.epoch) }, NOW), 'draft');
    assert.equal(entryStatus({ draft: false, locked: null, hidden: null, date: d(future.epoch) }, NOW), 'scheduled');
    assert.equal(entryStatus({ draft: false, locked: null, hidden: null, date: d(NOW) }, NOW), 'published');
  });
});
