import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// The matcher Next itself applies to route sources in next.config.ts.
import { pathToRegexp } from 'next/dist/compiled/path-to-regexp';
import { MALFORMED_PATH } from './malformed-path';

const malformed = pathToRegexp(MALFORMED_PATH, [], { delimiter: '/', sensitive: false, strict: false });

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

describe('malformed path rewrite', () => {
  it('leaves real addresses alone', () => {
    for (const path of ['/', '/posts/ml-interview/', `/tags/${encodeURIComponent('机器学习')}/`, `/posts/${encodeURIComponent('日记😀')}/`, '/search/']) {
      assert.equal(malformed.test(path), false, path);
    }
  });

  it('takes every malformed address', () => {
    for (const path of ['/tags/%ZZ', '/tags/%ZZ/', '/tags/%', '/posts/%E0%A4%A', '/posts/%E4%B8', '/posts/%FF', '/tags/%C0%80', '/tags/%ED%A0%80', '/tags/%F4%90%80%80']) {
      assert.equal(malformed.test(path), true, path);
    }
  });

  it('agrees with decodeURIComponent on 20,000 random escape sequences', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const bytes = ['00', '2F', '41', '7F', '80', '8F', '90', '9F', 'A0', 'BF', 'C0', 'C1', 'C2', 'DF', 'E0', 'E4', 'ED', 'EE', 'EF', 'F0', 'F4', 'F5', 'FF', 'ZZ', 'e4', 'b8'];
    let disagreements = 0;
    for (let i = 0; i < 20_000; i++) {
      let path = '/tags/';
      const parts = 1 + Math.floor(random() * 5);
      for (let j = 0; j < parts; j++) path += random() < 0.15 ? 'a' : `%${bytes[Math.floor(random() * bytes.length)]}`;
      if (malformed.test(path) === decodes(path)) disagreements += 1;
    }
    assert.equal(disagreements, 0);
  });
});
