import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildJournal } from '../content/journal';
import { parseEntry } from '../content/entry';
import { testEntry } from '../../test/entry';
import { termPath } from '../site/urls';
import { termSlugOf } from '../text/names';
import { categoryTree } from './category-tree';

const entry = testEntry;

describe('category paths', () => {
  const entries = [
    entry('a.md', 'title: A\ndate: 2020-01-01\ncategories:\n  - [技术, Linux]\n  - 随笔'),
    entry('b.md', 'title: B\ndate: 2020-01-02\ncategories:\n  - [技术, Linux, Shell]'),
    entry('c.md', 'title: C\ndate: 2020-01-03\ncategories: [技术]'),
    entry('d.md', 'title: D\ndate: 2020-01-04\ncategories: [CI/CD, "Node.js"]'),
  ];
  const journal = buildJournal(entries, [], { preview: false }, Date.UTC(2030, 0, 1));

  it('puts an entry in its category and every category above it', () => {
    assert.deepEqual(entries[0]?.categories, ['技术', '技术 › Linux', '随笔']);
    const count = (slug: string) => journal.term('categories', slug)?.entries.map((e) => e.slug);
    assert.deepEqual(count('技术'), ['c', 'b', 'a']);
    assert.deepEqual(count('技术/linux'), ['b', 'a']);
    assert.deepEqual(count('技术/linux/shell'), ['b']);
  });

  it('names a nested category by one URL segment per level; a slash in a plain name is not a level', () => {
    assert.equal(termSlugOf('categories', '技术 › Linux'), '技术/linux');
    assert.equal(termPath('categories', '技术/linux'), `/categories/${encodeURIComponent('技术')}/linux/`);
    assert.equal(termSlugOf('categories', 'CI/CD'), 'ci-cd');
    assert.equal(termSlugOf('tags', 'a › b'), 'a-b');
  });

  it("reads a plain list as one path when the site says so, as Hexo does", () => {
    const raw = '---\ntitle: T\ndate: 2020-01-01\ncategories: [Javascript, ES6, 学习笔记]\n---\n';
    const asPath = parseEntry('p.md', raw, 'Asia/Shanghai', 'path');
    const separate = parseEntry('p.md', raw, 'Asia/Shanghai');
    assert.deepEqual(asPath.ok && asPath.entry.categories, ['Javascript', 'Javascript › ES6', 'Javascript › ES6 › 学习笔记']);
    assert.deepEqual(separate.ok && separate.entry.categories, ['Javascript', 'ES6', '学习笔记']);
  });

  it('lists categories as a tree in reading order', () => {
    assert.deepEqual(
      categoryTree(journal.terms('categories')).map((r) => `${'  '.repeat(r.depth)}${r.label} ${r.term.entries.length}`),
      ['技术 3', '  Linux 2', '    Shell 1', '随笔 1', 'CI/CD 1', 'Node.js 1'],
    );
  });
});
