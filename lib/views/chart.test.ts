import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { niceCeiling } from './chart';

describe('value axis', () => {
  it('rounds the largest value up to 1, 2 or 5 times a power of ten', () => {
    assert.deepEqual([0, 1, 3, 7, 10, 11, 451, 999, 1000, 1001, 23_456].map(niceCeiling), [1, 1, 5, 10, 10, 20, 500, 1000, 1000, 2000, 50_000]);
  });
});
