import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkEntries } from '../authoring/check';
import { DEFAULT_SETTINGS } from '../site/settings';
import { makeSite } from '../site/site';
import { buildStoppers, buildWarnings } from './derived';

/** One file for every kind of problem that stops a build, a draft with problems that do not, and a fine entry. */
const JOURNAL = path.join(import.meta.dirname, '../../test/fixtures/every-problem');

/** `file:line: field` of each problem a build's message lists. */
function stopped(message: string | null): string[] {
  return (message ?? '')
    .split('\n')
    .filter((line) => line.startsWith('  - '))
    .map((line) => /^ {2}- (.+?: [^:]+):/.exec(line.replace(`${path.relative(process.cwd(), JOURNAL)}/`, ''))?.[1] ?? line)
    .sort();
}

describe('one validation path', () => {
  const settings = { ...DEFAULT_SETTINGS, author: { ...DEFAULT_SETTINGS.author, avatar: 'pics/me.png' } };
  const build = makeSite({ CONTENT_DIR: JOURNAL, NODE_ENV: 'production' }, settings);
  const check = makeSite({ CONTENT_DIR: JOURNAL }, settings);

  it('stops a build on exactly what npm run check calls errors, each named once at its line', () => {
    const stops = stopped(buildStoppers(build));
    const report = checkEntries(check);
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
      'cover-missing.md:4: cover',
      'image-missing.md:7: image',
      'image-missing.md:9: image',
      'section/_index.md:3: draft',
      'undated.md:1: date',
    ];
    assert.deepEqual(stops, expected);
    assert.deepEqual([...errors].sort(), expected);
    assert.equal(report.errors, expected.length);
  });

  it('publishes without a settings picture that cannot be published, and says so as a warning', () => {
    assert.ok(!stopped(buildStoppers(build)).some((p) => p.startsWith('site.yml')));
    assert.deepEqual(buildWarnings(build).map((w) => w.replace(/: warning: .*/, '')), ['site.yml:1: author.avatar']);
  });

  it('names what a draft would stop as warnings: the build publishes no draft', () => {
    const report = checkEntries(check);
    const draft = report.problems.filter((p) => p.file === 'draft-image.md').map((p) => `${p.line}: ${p.field}: ${p.severity}`);
    assert.deepEqual(draft.sort(), ['5: cover: warning', '7: image: warning']);
    assert.ok(!stopped(buildStoppers(build)).some((p) => p.startsWith('draft-image.md')));
    assert.equal(report.problems.filter((p) => p.file === 'fine.md').length, 0);
  });
});
