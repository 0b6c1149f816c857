import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeParam } from '../../app/_lib/params';
import { entrySlug, MAX_NAME_BYTES, nameLengthProblem, termSlug } from './names';

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

describe('entrySlug', () => {
  const cases: [string, string][] = [
    ['失败的ML面试', '失败的ML面试'],
    ['My-Post_2', 'My-Post_2'],
    ['node.js', 'node-js'],
    ['2024.01.04', '2024-01-04'],
    ['a?b', 'a-b'],
    ['a#b', 'a-b'],
    ['100%', '100'],
    ['%2F', '2F'],
    ['%E4%B8%AD', 'E4-B8-AD'],
    ['my post', 'my-post'],
    ['../etc/passwd', 'etc-passwd'],
    ['%', ''],
    ['cafe\u0301', 'café'],
  ];
  for (const [name, slug] of cases) {
    it(`${JSON.stringify(name)} → ${JSON.stringify(slug)}`, () => assert.equal(entrySlug(name), slug));
  }

  it('makes names that read the same raw and percent-encoded, with nothing a URL or a file system treats specially', () => {
    for (const [name] of cases) {
      const slug = entrySlug(name);
      assert.equal(decodeParam(encodeURIComponent(slug)), slug);
      assert.doesNotMatch(slug, /[/?#\\%.\s]/);
    }
  });
});

describe('URL name length', () => {
  it('allows 200 bytes and refuses more, counting UTF-8 bytes', () => {
    assert.equal(nameLengthProblem('a'.repeat(MAX_NAME_BYTES)), null);
    assert.equal(nameLengthProblem('中'.repeat(66)), null);
    assert.match(nameLengthProblem('中'.repeat(67))?.en ?? '', /201 bytes; the limit is 200 bytes/);
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
