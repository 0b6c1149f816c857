import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expandPattern, expandPatterns, oldAddresses, unknownTokens } from './aliases';
import { testEntry } from '../../test/entry';
import { oldAddressPath } from './fields';
import { buildJournal } from './journal';

const NOW = Date.UTC(2030, 0, 1);

const entry = testEntry;

describe('old address paths', () => {
  it('reads paths, URLs and file-like names, refusing what is not a path of this site', () => {
    assert.equal(oldAddressPath('2019/05/14/title/'), '/2019/05/14/title/');
    assert.equal(oldAddressPath('/posts/abc.html'), '/posts/abc.html');
    assert.equal(oldAddressPath('https://old.example/p/%E6%97%A5%E8%AE%B0?x=1#top'), '/p/日记/');
    assert.equal(oldAddressPath('/a//b'), '/a/b/');
    for (const bad of ['javascript:alert(1)', '/a/../b', '/', '', '/%ZZ', 'mailto:a@b.c']) assert.equal(oldAddressPath(bad), null, bad);
  });

  it('refuses another host written as a path, and characters no path has', () => {
    for (const bad of ['//evil.example/x/', '\\\\evil.example/x', '/\\evil.example', '/x"><script>alert(1)</script>/', '/a<b/', '/a`b/', '/a{b}/', '/%22%3E%3Cscript%3E/']) {
      assert.equal(oldAddressPath(bad), null, bad);
    }
  });

  it('keeps addresses off the files the export writes, off names too long for a file system, and makes a claim made twice an error', () => {
    const aliased = (file: string, list: string) => entry(file, `title: ${file}\ndate: 2020-01-01\naliases: ${list}`);
    const journal = buildJournal(
      [
        aliased('a.md', '[/_headers, /index.html, /404.html, /old/index.txt, /.well-known/x/, /ok/]'),
        aliased('b.md', `[/${'长'.repeat(70)}/]`),
        aliased('c.md', '[/old/hello/]'),
        aliased('d.md', '[/old/hello/]'),
      ],
      [],
      { preview: false },
      NOW,
    );
    const result = oldAddresses(journal, [':year/same/']);
    assert.deepEqual([...result.byPath.keys()].sort(), ['/2020/same/', '/ok/', '/old/hello/']);
    const refusals = result.refused.map((r) => `${r.file} ${r.path.slice(0, 12)} ${r.error ? 'error' : 'warning'}`).sort();
    assert.deepEqual(refusals, [
      'a.md /.well-known warning',
      'a.md /404.html warning',
      'a.md /_headers/ warning',
      'a.md /index.html warning',
      'a.md /old/index.t warning',
      'b.md /2020/same/ warning',
      `b.md /${'长'.repeat(11)} warning`,
      'c.md /2020/same/ warning',
      'c.md /old/hello/ error',
      'd.md /2020/same/ warning',
      'd.md /old/hello/ error',
    ]);
  });

  it('names the tokens of a pattern it cannot fill, and keeps a page\'s own old address', () => {
    assert.deepEqual(unknownTokens(':year/:abbrlink/:hash/'), ['abbrlink', 'hash']);
    assert.deepEqual(unknownTokens(':year/:month/:title/'), []);
    const about = entry('pages/about.md', 'title: 关于\ndate: 2020-01-01\naliases: [/about-me/]');
    const journal = buildJournal([about], [], { preview: false }, NOW);
    const found = oldAddresses(journal, [':year/:title/']);
    assert.deepEqual([...found.byPath.keys()], ['/about-me/'], 'the page keeps its alias; the posts\' pattern is not applied to it');
  });

  it("expands Hexo's and Hugo's patterns", () => {
    const e = entry('2019/hello-world.md', 'title: T\ndate: 2019-05-04 08:09:10\ncategories: [Tech Notes]');
    assert.equal(expandPattern(':year/:month/:day/:title/', e), '/2019/05/04/hello-world/');
    assert.equal(expandPattern(':year/:i_month/:i_day/:hour:minute/', e), '/2019/5/4/0809/');
    assert.equal(expandPattern('posts/:filename.html', e), '/posts/hello-world.html');
    assert.equal(expandPattern('/:year/:month/:contentbasename/', e), '/2019/05/hello-world/');
    assert.equal(expandPattern(':path.html', e), '/2019/hello-world.html', "VuePress's address of a file");
    assert.equal(expandPattern(':category/:slug/', e), '/tech-notes/hello-world/');
    assert.equal(expandPattern(':nope/:title/', e), null);
  });

  it("expands Jekyll's: :title without the file name's day, :categories as folders, :output_ext", () => {
    const e = entry('_posts/2014-08-30-AboutLife.md', 'title: 关于生活\ncategories: [Life, 随笔]');
    assert.equal(e.slug, 'AboutLife');
    assert.equal(expandPattern('/:categories/:year/:month/:day/:title:output_ext', e), '/life/随笔/2014/08/30/AboutLife.html');
    assert.equal(expandPattern('/:year/:month/:day/:title/', entry('_posts/2014-08-30-x.md', 'title: X')), '/2014/08/30/x/');
    assert.equal(expandPattern('/:categories/:title/', entry('_posts/2014-08-30-x.md', 'title: X')), '/x/', 'no categories: no segment');
    assert.deepEqual(expandPatterns(':year/:month/:day/:title/', e), ['/2014/08/30/AboutLife/', '/2014/08/30/2014-08-30-AboutLife/'], "and Hexo's default :title, the whole name");
  });
});

describe('old addresses of a journal', () => {
  const a = entry('a.md', 'title: A\ndate: 2020-01-01\naliases: [/old/a.html, /posts/a-old/]');
  const b = entry('b.md', 'title: B\ndate: 2020-01-02\npermalink: /old/a.html');
  const c = entry('c.md', 'title: C\ndate: 2020-01-03\naliases: [/tags/x/, /posts/a/]');
  const d = entry('d.md', 'title: D\ndate: 2020-01-04\npermalink: /secret/\npublish: false');

  it('leads each old path to one visible entry, and says why others are not kept', () => {
    const journal = buildJournal([a, b, c, d], [], { preview: false }, NOW);
    const found = oldAddresses(journal, [':year/:title/']);
    assert.deepEqual(
      found.addresses.map((x) => `${x.path} → ${x.entry.slug}`),
      ['/2020/c/ → c', '/old/a.html → b', '/2020/b/ → b', '/posts/a-old/ → a', '/2020/a/ → a'],
    );
    assert.deepEqual(
      found.refused.map((r) => `${r.file} ${r.path} ${r.reason.en}${r.error ? ' (error)' : ''}`),
      [
        "c.md /tags/x/ is the address of one of the journal's own pages",
        "c.md /posts/a/ is the address of one of the journal's own pages",
        // Both claim it in their front matter: an error for both, as one slug used twice is.
        'a.md /old/a.html is also an old address of b.md (error)',
        'b.md /old/a.html is also an old address of a.md (error)',
      ],
    );
    assert.equal(found.byPath.get('/secret/'), undefined, "a draft's old address does not exist");
  });
});
