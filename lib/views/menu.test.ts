import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testEntry } from '../../test/entry';
import { buildJournal } from '../content/journal';
import { parseSettings } from '../site/settings-file';
import { menuProblems, siteMenu } from './menu';
import { STRINGS } from '../site/i18n';

const journal = buildJournal(
  [
    testEntry('a.md', 'title: A\ndate: 2022-12-26'),
    testEntry('pages/about.md', 'title: 关于\ndate: 2020-01-01\nmenu: true'),
    testEntry('pages/links.md', 'title: 友链\ndate: 2020-01-01'),
    testEntry('pages/now.md', 'title: 此刻\ndate: 2020-01-01\npublish: false'),
  ],
  [],
  { preview: false },
  Date.UTC(2026, 0, 1),
);

const labels = (menu: ReturnType<typeof siteMenu>) => menu.map((m) => (m.kind === 'search' ? 'search' : `${m.label} ${m.href}`));

describe('menu', () => {
  it('defaults to the main pages, the pages with menu: true, and search', () => {
    assert.deepEqual(labels(siteMenu(journal, { menu: null }, STRINGS['zh-CN'])), ['首页 /', '归档 /archive/', '分类 /categories/', '标签 /tags/', '关于 /about/', 'search']);
  });

  it('follows the settings: own pages, pages by slug, links; a page that is not published is left out', () => {
    const settings = parseSettings('menu: [home, links, now, stats, { title: GitHub, url: "https://github.com/x" }]\n');
    assert.ok(settings.ok);
    const menu = siteMenu(journal, settings.settings, STRINGS['zh-CN']);
    assert.deepEqual(labels(menu), ['首页 /', '友链 /links/', '统计 /stats/', 'GitHub https://github.com/x']);
    const last = menu.at(-1);
    assert.equal(last?.kind === 'link' && last.external, true, 'an address elsewhere is a plain link');
  });

  it('names a page no file has, and not one that is only a draft', () => {
    const settings = parseSettings('menu: [home, abuot, now]\n');
    assert.ok(settings.ok);
    const problems = menuProblems(settings.settings, new Set(['about', 'now']));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.field, 'menu.1');
    assert.match(problems[0]?.message.en ?? '', /^"abuot" is neither/);
  });
});
