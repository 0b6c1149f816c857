import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeParam } from '../../app/_lib/params';
import { termSlug } from './terms';

describe('termSlug', () => {
  const cases: [string, string][] = [
    ['机器学习', '机器学习'],
    ['tech', 'tech'],
    ['TUM', 'tum'],
    ['Machine Learning', 'machine-learning'],
    ['  spaced   out ', 'spaced-out'],
    ['C++', 'c-plus-plus'],
    ['C#', 'c-sharp'],
    ['R&D', 'r-and-d'],
    ['a/b', 'a-b'],
    ['why?', 'why'],
    ['Node.js', 'node-js'],
    ['..', 'term-2e-2e'],
    ['ＴＵＭ', 'tum'],
    ['日本語と中文', '日本語と中文'],
    ['한국어', '한국어'],
    ['深度学习 (Deep Learning)', '深度学习-deep-learning'],
    ['?', 'term-3f'],
  ];
  for (const [name, slug] of cases) {
    it(`${JSON.stringify(name)} → ${JSON.stringify(slug)}`, () => assert.equal(termSlug(name), slug));
  }

  it('gives URL-safe slugs that survive one encode/decode round trip', () => {
    for (const [name] of cases) {
      const slug = termSlug(name);
      assert.equal(decodeParam(encodeURIComponent(slug)), slug);
      assert.doesNotMatch(slug, /[/?#\\%\s]/);
    }
  });

  it('folds case and width so one term has one page', () => {
    assert.equal(termSlug('Rust'), termSlug('rust'));
    assert.equal(termSlug('ＴＵＭ'), termSlug('TUM'));
  });
});

describe('decodeParam', () => {
  it('decodes a percent-encoded parameter exactly once', () => {
    assert.equal(decodeParam('%E6%9C%BA%E5%99%A8%E5%AD%A6%E4%B9%A0'), '机器学习');
    assert.equal(decodeParam('机器学习'), '机器学习');
    assert.equal(decodeParam('%2525'), '%25');
    assert.equal(decodeParam('c%2B%2B'), 'c++');
  });

  it('turns malformed escapes into undefined instead of throwing', () => {
    for (const bad of ['%ZZ', '%', '%E0%A4%A', '%E4%B8']) assert.equal(decodeParam(bad), undefined, bad);
    assert.equal(decodeParam(undefined), undefined);
  });
});
