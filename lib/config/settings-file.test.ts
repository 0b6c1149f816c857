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
    assert.deepEqual(parseSettings(''), { ok: true, settings: DEFAULT_SETTINGS });
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

  it('JavaScript in YAML never runs and duplicate keys are errors', () => {
    const result = parseSettings('title: !!js/function "function(){ throw 1 }"\n');
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : (result.problems[0]?.message ?? ''), /invalid YAML: .*js\/function/);
    assert.equal(parseSettings('title: a\ntitle: b\n').ok, false);
  });
});
