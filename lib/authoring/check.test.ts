import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { assertGolden } from '../../test/golden';
import { frontMatterKeys } from '../content/front-matter';
import { checkEntries, formatCheckProblem, suggestKey } from './check';
import { makeSite } from '../site/site';

/** The checker's Site for a content folder. */
const siteAt = (dir: string) => makeSite({ CONTENT_DIR: dir });

const FIXTURES = path.join(import.meta.dirname, '../../test/fixtures');

describe('content checker', () => {
  it('reports every error and warning with file, line and field (golden: test/fixtures/check-report.txt)', () => {
    const report = checkEntries(siteAt(path.join(FIXTURES, 'check')));
    const text = [...report.problems.map((p) => formatCheckProblem(p, 'check/')), `${report.errors} errors, ${report.warnings} warnings`].join('\n');
    assertGolden(path.join(FIXTURES, 'check-report.txt'), `${text}\n`);
    assert.equal(report.files, 17);
    assert.equal(report.errors, 4, 'a missing cover is published without: a warning, as the build says too');
  });

  it('says every problem in Chinese for a Chinese site, as the preview shows it (golden: test/fixtures/check-report.zh-CN.txt)', () => {
    const report = checkEntries(siteAt(path.join(FIXTURES, 'check')));
    const lines = report.problems.map((p) => formatCheckProblem(p, 'check/', 'zh-CN'));
    assertGolden(path.join(FIXTURES, 'check-report.zh-CN.txt'), `${lines.join('\n')}\n`);
    for (const p of report.problems) assert.notEqual(p.message['zh-CN'], p.message.en, `${p.file}: ${p.message.en} has no Chinese`);
  });

  it('suggests the key a typo meant', () => {
    assert.equal(suggestKey('tag'), 'tags');
    assert.equal(suggestKey('pubish'), 'publish');
    assert.equal(suggestKey('Title'), 'title');
    assert.equal(suggestKey('catagories'), 'categories');
    assert.equal(suggestKey('category'), 'categories');
    assert.equal(suggestKey('tags'), null);
    assert.equal(suggestKey('mood'), null);
    assert.equal(suggestKey('topic'), null, 'two edits from the short key toc is no typo');
    assert.equal(suggestKey('stiky'), 'sticky');
    assert.equal(suggestKey('location'), null);
  });

  it('finds the lines of front matter keys, BOM and CRLF included', () => {
    const keys = frontMatterKeys('\uFEFF---\r\ntitle: x\r\ntags:\r\n  - a\r\ndate: 2020-01-01\r\n---\r\nbody: not a key\r\n');
    assert.deepEqual([...keys], [
      ['title', 2],
      ['tags', 3],
      ['date', 5],
    ]);
    assert.equal(frontMatterKeys('---js\n{ title: 1 }\n---\n').size, 0);
  });

  it('finds nothing to report in the sample journal', () => {
    const report = checkEntries(siteAt(path.join(import.meta.dirname, '../../content')));
    assert.deepEqual(report.problems, []);
  });
});

/** A 1×1 PNG. */
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('content checker: images', () => {
  it('warns of a local image that does not exist, with its line, as the build would', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-check-images-'));
    fs.mkdirSync(path.join(dir, 'pics'));
    fs.writeFileSync(path.join(dir, 'pics', 'there.png'), Buffer.from(PNG_1X1, 'base64'));
    fs.writeFileSync(
      path.join(dir, 'trip.md'),
      '---\ntitle: 旅行\ndate: 2024-05-01\n---\n开头。\n\n![有](./pics/there.png)\n\n![没有](./nope.png)\n\n![远处](https://example.com/x.png)\n\n`![代码](./code.png)`\n',
    );
    const report = checkEntries(siteAt(dir));
    assert.deepEqual(
      report.problems.map((p) => formatCheckProblem(p, '')),
      ['trip.md:9: image: warning: ./nope.png does not exist; the page shows its description in its place'],
    );
    assert.equal(report.errors, 0);
    assert.equal(report.warnings, 1);
  });
});
