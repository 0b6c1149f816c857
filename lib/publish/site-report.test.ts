import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../site/settings';
import { makeSite } from '../site/site';
import { buildReport, siteReport } from './site-report';
import { folderOf } from '../../test/folder';

/** One file for every kind of problem that stops a build, a draft with problems that do not, and a fine entry. */
const JOURNAL = path.join(import.meta.dirname, '../../test/fixtures/every-problem');

/** `file:line: field` of each line a build's message lists. */
function named(lines: readonly string[]): string[] {
  return lines
    .filter((line) => line.startsWith('  - '))
    .map((line) => /^ {2}- (.+?: [^:]+):/.exec(line.replace(`${path.relative(process.cwd(), JOURNAL)}/`, ''))?.[1] ?? line)
    .sort();
}
const stopped = (stop: string | null) => named((stop ?? '').split('\n').filter((line) => !/: warning: /.test(line)));

describe('one validation path', () => {
  // The fixture lies in this repository: its undated file must not take a day from the repository's history.
  const settings = { ...DEFAULT_SETTINGS, gitDates: false, author: { ...DEFAULT_SETTINGS.author, avatar: 'pics/me.png' } };
  const build = makeSite({ CONTENT_DIR: JOURNAL, NODE_ENV: 'production' }, settings);
  const check = makeSite({ CONTENT_DIR: JOURNAL }, settings);

  it('stops a build on exactly what npm run check calls errors, each named once at its line', () => {
    const stops = stopped(buildReport(build).stop);
    const report = siteReport(check, 'every entry');
    const errors = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}: ${p.field}`);
    const expected = [
      'a/same.md:1: slug',
      'archive-page.md:5: slug',
      'b/same.md:1: slug',
      'bad-date.md:3: date',
      'bad-flag.md:4: publish',
      'bad-yaml.md:3: front matter',
      'claims-1.md:4: aliases',
      'claims-2.md:4: aliases',
      'section/_index.md:3: draft',
      'undated.md:1: date',
    ];
    assert.deepEqual(stops, expected);
    assert.deepEqual([...errors].sort(), expected);
    assert.equal(report.errors, expected.length);
  });

  it('publishes without a picture or an image that cannot be published, and says so as a warning at its line', () => {
    const { stop, warnings } = buildReport(build);
    assert.ok(!stopped(stop).some((p) => p.startsWith('site.yml') || p.startsWith('image-missing.md') || p.startsWith('cover-missing.md')));
    assert.deepEqual(named(warnings), ['cover-missing.md:4: cover', 'image-missing.md:7: image', 'image-missing.md:9: image', 'section/_index.md:3: draft', 'site.yml:1: author.avatar']);
  });

  it('makes warnings fatal when the settings are strict, or with STRICT=1', () => {
    const dir = folderOf({ 'fine.md': '---\ntitle: 好\ndate: 2024-01-01\n---\n正文。\n' });
    const site = (vars: Record<string, string>, strict = false) => makeSite({ CONTENT_DIR: dir, NODE_ENV: 'production', ...vars }, { ...settings, strict });
    assert.equal(buildReport(site({})).stop, null, 'a journal with only a settings warning builds');
    assert.equal(buildReport(site({})).warnings.length, 1);
    assert.match(buildReport(site({}, true)).stop ?? '', /1 warning, fatal because the settings are strict[\s\S]*author\.avatar/);
    assert.notEqual(buildReport(site({ STRICT: '1' })).stop, null, 'STRICT=1 says the same');
    assert.equal(buildReport(site({ STRICT: '0' }, true)).stop, null, 'STRICT=0 turns the setting off');
  });

  it('names what a draft would stop as warnings: the build publishes no draft', () => {
    const report = siteReport(check, 'every entry');
    const draft = report.problems.filter((p) => p.file === 'draft-image.md').map((p) => `${p.line}: ${p.field}: ${p.severity}`);
    assert.deepEqual(draft.sort(), ['5: cover: warning', '7: image: warning']);
    assert.ok(!stopped(buildReport(build).stop).some((p) => p.startsWith('draft-image.md')));
    assert.ok(!named(buildReport(build).warnings).some((p) => p.startsWith('draft-image.md')), 'a build says nothing of what it does not publish');
    assert.equal(report.problems.filter((p) => p.file === 'fine.md').length, 0);
  });
});
