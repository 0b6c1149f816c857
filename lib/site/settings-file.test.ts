import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { assertGolden } from '../../test/golden';
import { DEFAULT_SETTINGS } from './settings';
import { formatSettingsProblems, parseSettings } from './settings-file';

const FIXTURES = path.join(import.meta.dirname, '../../test/fixtures/settings');

describe('settings files (golden: test/fixtures/settings/*.yml → *.txt)', () => {
  const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.yml'));
  assert.ok(files.length >= 6);
  for (const name of files) {
    it(name, () => {
      const result = parseSettings(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
      const text = result.ok ? `${JSON.stringify(result.settings, null, 2)}\n` : `${formatSettingsProblems(result.problems, name)}\n`;
      assertGolden(path.join(FIXTURES, name.replace(/\.yml$/, '.txt')), text);
    });
  }
});

describe('settings', () => {
  it('an empty file is every default', () => {
    assert.deepEqual(parseSettings(''), { ok: true, settings: DEFAULT_SETTINGS, lines: {} });
  });

  it('knows the line of every key, two levels deep', () => {
    const result = parseSettings('# 我的日记\ntitle: 山间\n\nauthor:\n  name: 林一\n  avatar: images/me.png\n');
    assert.ok(result.ok);
    assert.deepEqual(result.lines, { title: 2, author: 4, 'author.name': 5, 'author.avatar': 6 });
  });

  it('names a misspelt key, a Hexo or Hugo key, and a nested one, each with its line and the key to write', () => {
    const result = parseSettings(fs.readFileSync(path.join(FIXTURES, 'typos.yml'), 'utf8'));
    assert.equal(result.ok, false);
    const problems = result.ok ? [] : result.problems.map((p) => `${p.line} ${p.key} ${p.message}`);
    assert.ok(problems.includes('2 autor is not a setting; did you mean `author`?'), problems.join('\n'));
    assert.ok(problems.includes('3 per_page is not a setting; did you mean `entriesPerPage`?'));
    assert.ok(problems.includes('4 baseURL is not a setting; did you mean `url`?'));
    assert.ok(problems.includes('7 social.githb is not a setting; did you mean `github`?'));
    assert.ok(problems.includes('12 comments.repoID is not a setting; did you mean `repoId`?'));
    assert.ok(problems.some((p) => p.startsWith('9 comments.categoryId is missing')), 'a missing key is reported at its parent');
    assert.ok(!problems.some((p) => p.includes('twitter')), 'twitter is read as x');
  });

  it('refuses another host wherever a path on the site is meant, and a GoatCounter code that is not one', () => {
    const problems = (text: string) => {
      const result = parseSettings(text);
      return result.ok ? [] : result.problems.map((p) => `${p.line} ${p.key} ${p.message}`);
    };
    for (const base of ['//evil.example', '/a/../b', '/a//b', '/./x']) assert.match(problems(`basePath: "${base}"`).join('\n'), /basePath must look like/, base);
    assert.deepEqual(problems('basePath: /journal/2024'), []);
    for (const url of ['//evil.example', '/\\\\evil.example', 'https:///evil', 'javascript:alert(1)']) {
      assert.match(problems(`menu:\n  - title: 友链\n    url: "${url}"`).join('\n'), /menu\.0\.url must be an https:\/\/ address or a path on the site/, url);
    }
    assert.deepEqual(problems('menu:\n  - title: 关于\n    url: /about/\n  - title: 友链\n    url: https://example.com/'), []);
    assert.match(problems('analytics:\n  provider: goatcounter\n  code: "evil.example/x?"').join('\n'), /analytics\.code must be your GoatCounter code/);
    assert.deepEqual(problems('analytics:\n  provider: goatcounter\n  code: my-site'), []);
  });

  it('refuses YAML bombs with a line, never a crash: aliases that multiply, lists nested a thousand deep', () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'title: [*c,*c,*c,*c,*c,*c,*c,*c,*c]'].join('\n');
    const aliases = parseSettings(bomb);
    assert.equal(aliases.ok, false);
    assert.match(aliases.ok ? '' : (aliases.problems[0]?.message ?? ''), /aliases/);
    const deep = parseSettings(`description: 一行\ntitle: ${'['.repeat(1000)}${']'.repeat(1000)}\n`);
    assert.deepEqual(deep.ok ? [] : deep.problems.map((p) => p.line), [2]);
    assert.equal(parseSettings('title: "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["').ok, true, 'brackets in quoted text are text');
  });

  it('JavaScript in YAML never runs and duplicate keys are errors', () => {
    const result = parseSettings('title: !!js/function "function(){ throw 1 }"\n');
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : (result.problems[0]?.message ?? ''), /invalid YAML: .*js\/function/);
    assert.equal(parseSettings('title: a\ntitle: b\n').ok, false);
  });
});
