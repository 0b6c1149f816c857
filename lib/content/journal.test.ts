import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Entry } from './entry';
import { testEntry } from '../../test/entry';
import { buildJournal } from './journal';
import { termSlug } from '../text/names';

const NOW = Date.UTC(2026, 0, 1);

const entry = testEntry;

const entries = [
  entry('a.md', 'title: A\ndate: 2022-12-26\ntags: [tech, 机器学习]\ncategories: study'),
  entry('b.md', 'title: B\ndate: 2023-01-02\ntags: [Tech, 旅行]\ncategories: [life]'),
  entry('secret.md', 'title: Secret\ndate: 2023-02-02\ntags: [秘密标签, tech]\ncategories: 私密\npublish: false'),
  entry('hexo.md', 'title: Hexo\ndate: 2023-02-03\ntags: 秘密标签\npublished: false'),
  entry('later.md', 'title: Later\ndate: 2030-01-01\ntags: [未来]'),
  entry('same-day-b.md', 'title: 乙\ndate: 2022-12-27'),
  entry('same-day-a.md', 'title: 甲\ndate: 2022-12-27'),
];

describe('journal index', () => {
  const published = buildJournal(entries, [], { preview: false }, NOW);
  const preview = buildJournal(entries, [], { preview: true }, NOW);

  it('shows only published entries, newest first, then by title', () => {
    assert.deepEqual(
      published.entries.map((e) => e.title),
      ['B', '甲', '乙', 'A'],
    );
    assert.equal(preview.entries.length, entries.length);
    assert.equal(preview.entries[0]?.title, 'Later');
  });

  it('builds tags and categories from visible entries only, with counts (pinyin order on ties)', () => {
    const tags = published.terms('tags').map((t) => [t.slug, t.name, t.entries.length]);
    assert.deepEqual(tags, [
      ['tech', 'tech', 2],
      ['机器学习', '机器学习', 1],
      ['旅行', '旅行', 1],
    ]);
    assert.equal(published.term('tags', '秘密标签'), undefined);
    assert.equal(published.term('categories', '私密'), undefined);
    assert.equal(published.term('tags', '未来'), undefined);
    assert.equal(preview.term('tags', '秘密标签')?.entries.length, 2);
    assert.equal(preview.term('tags', 'tech')?.entries.length, 3);
  });

  it('finds entries by slug only when visible', () => {
    assert.equal(published.entry('secret'), undefined);
    assert.equal(published.entry('later'), undefined);
    assert.equal(published.entry('a')?.title, 'A');
    assert.equal(preview.status(preview.entry('secret') ?? entries[0]!), 'draft');
    assert.equal(preview.status(preview.entry('later') ?? entries[0]!), 'scheduled');
    assert.equal(published.status(published.entry('a')!), 'published');
  });

  it('groups visible entries by year', () => {
    assert.deepEqual(
      published.years().map((y) => [y.year, y.entries.length]),
      [
        [2023, 1],
        [2022, 3],
      ],
    );
  });

  it('reports two entries with one slug, naming both files, and shows neither', () => {
    const dup = [
      entry('2022/notes.md', 'title: One\ndate: 2022-01-01'),
      entry('2023/notes.md', 'title: Two\ndate: 2023-01-01'),
      entry('custom.md', 'title: Three\ndate: 2023-01-01\nslug: notes'),
    ];
    const j = buildJournal(dup, [], { preview: false }, NOW);
    assert.equal(j.entries.length, 0);
    assert.deepEqual(
      j.problems.map((p) => `${p.file}: ${p.field}: ${p.message.en}`),
      [
        '2022/notes.md: slug: "notes" is also the slug of 2023/notes.md, custom.md',
        '2023/notes.md: slug: "notes" is also the slug of 2022/notes.md, custom.md',
        'custom.md: slug: "notes" is also the slug of 2022/notes.md, 2023/notes.md',
      ],
    );
  });

  it('lets a clash among private notes stop nothing: the one entry that publishes keeps the address, the others are named', () => {
    const dup = [
      entry('a/README.md', 'title: One\ndate: 2022-01-01\npublish: false'),
      entry('b/README.md', 'title: Two\ndate: 2023-01-01'),
      entry('c/README.md', 'title: Three\ndate: 2023-01-02\ndraft: true'),
    ];
    for (const preview of [false, true]) {
      const j = buildJournal(dup, [], { preview }, NOW);
      assert.deepEqual(j.problems, []);
      assert.equal(j.entry('README')?.file, 'b/README.md', `preview ${preview}`);
      assert.deepEqual(j.notes.map((n) => `${n.file}: ${n.field}`), ['a/README.md: slug', 'c/README.md: slug']);
    }
    const twoDrafts = buildJournal([dup[0], dup[2]].filter((e) => e !== undefined), [], { preview: true }, NOW);
    assert.equal(twoDrafts.problems.length, 0);
    assert.equal(twoDrafts.entry('README')?.file, 'a/README.md');
  });

  it('takes slugs that one URL would serve as one: after the alphabet, and across case and width', () => {
    const dup = [
      entry('a?b.md', 'title: One\ndate: 2022-01-01'),
      entry('a#b.md', 'title: Two\ndate: 2022-01-02'),
      entry('Notes.md', 'title: Three\ndate: 2022-01-03'),
      entry('notes.md', 'title: Four\ndate: 2022-01-04'),
      entry('%E4%B8%AD.md', 'title: Five\ndate: 2022-01-05'),
      entry('中.md', 'title: Six\ndate: 2022-01-06'),
    ];
    const j = buildJournal(dup, [], { preview: false }, NOW);
    assert.deepEqual(j.entries.map((e) => e.slug), ['中', 'E4-B8-AD']);
    assert.deepEqual(
      j.problems.map((p) => `${p.file}: ${p.message.en}`),
      [
        'Notes.md: "Notes" is also the slug of notes.md (as "notes")',
        'a#b.md: "a-b" is also the slug of a?b.md',
        'a?b.md: "a-b" is also the slug of a#b.md',
        'notes.md: "notes" is also the slug of Notes.md (as "Notes")',
      ],
    );
  });

  it('returns lists callers cannot change', () => {
    assert.ok(Object.isFrozen(published.entries));
    assert.ok(Object.isFrozen(published.terms('tags')));
    assert.throws(() => (published.entries as Entry[]).push(entries[0]!));
  });
});

describe('neighbours and related entries', () => {
  const e = (file: string, front: string) => entry(file, front);
  const all = [
    e('a.md', 'title: A\ndate: 2023-01-01\ntags: [ml, gnn]\ncategories: study'),
    e('b.md', 'title: B\ndate: 2023-01-02\ntags: [ml, gnn, 面试]\ncategories: study'),
    e('c.md', 'title: C\ndate: 2023-01-03\ntags: [ml]\ncategories: life'),
    e('d.md', 'title: D\ndate: 2023-01-04\ncategories: study'),
    e('secret.md', 'title: Secret\ndate: 2023-01-05\ntags: [ml, gnn, 面试]\ncategories: study\ndraft: true'),
    e('e.md', 'title: E\ndate: 2023-01-06\ntags: [旅行]'),
  ];
  const j = buildJournal(all, [], { preview: false }, NOW);
  const by = (slug: string) => j.entry(slug)!;

  it('links the visible entries just newer and older, skipping drafts', () => {
    assert.deepEqual(j.neighbours(by('d')), { newer: by('e'), older: by('c') });
    assert.equal(j.neighbours(by('e')).newer, undefined);
    assert.equal(j.neighbours(by('a')).older, undefined);
  });

  it('ranks related entries by shared tags, then category, never a draft or the entry itself', () => {
    assert.deepEqual(
      j.related(by('b')).map((x) => x.slug),
      ['a', 'c', 'd'],
    );
    assert.deepEqual(
      j.related(by('e')).map((x) => x.slug),
      [],
    );
    assert.ok(!j.related(by('a'), 10).some((x) => x.slug === 'secret' || x.slug === 'a'));
  });

  it('agrees with the plain definition on a generated journal of 400 entries', () => {
    const r = rng(11);
    const tags = ['ml', 'gnn', '面试', '旅行', 'rust', '读书', 'Go', 'go', '跑步', '音乐', 'linux', '摄影'];
    const categories = ['study', 'life', '工作', 'notes'];
    const generated = Array.from({ length: 400 }, (_, i) => {
      const mine = tags.filter(() => r() < 0.25);
      const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(r() * 400) * 86_400_000).toISOString().slice(0, 10);
      const category = r() < 0.8 ? `\ncategories: ${categories[Math.floor(r() * categories.length)]}` : '';
      return e(`g${i}.md`, `title: G${i}\ndate: ${day}\ntags: [${mine.join(', ')}]${category}`);
    });
    const big = buildJournal(generated, [], { preview: false }, NOW);
    const slugsOf = (x: Entry, pick: (y: Entry) => readonly string[]) => new Set(pick(x).map(termSlug));
    for (const one of big.entries) {
      const t = slugsOf(one, (y) => y.tags);
      const c = slugsOf(one, (y) => y.categories);
      const expected = big.entries
        .filter((other) => other !== one)
        .map((other, i) => {
          const shared = [...slugsOf(other, (y) => y.tags)].filter((x) => t.has(x)).length;
          const category = [...slugsOf(other, (y) => y.categories)].some((x) => c.has(x)) ? 1 : 0;
          return { other, score: shared * 2 + category, i };
        })
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score || a.i - b.i)
        .slice(0, 3)
        .map((x) => x.other.slug);
      assert.deepEqual(big.related(one).map((x) => x.slug), expected, one.slug);
    }
  });
});

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('pages', () => {
  const withPages = [
    ...entries,
    entry('pages/about.md', 'title: 关于\ndate: 2020-01-01\ntags: [tech]\nmenu: true'),
    entry('links.md', 'title: 友链\ndate: 2020-01-01\nlayout: page'),
    entry('hugo-now.md', 'title: Now\ndate: 2020-01-01\ntype: page\ndraft: true'),
    entry('pages/archive.md', 'title: 归档页\ndate: 2020-01-01'),
  ];
  const published = buildJournal(withPages, [], { preview: false }, NOW);

  it('a page (pages/, layout: page, type: page) is in no list, term or year, and is found by its slug', () => {
    assert.deepEqual(published.pages.map((p) => p.slug).sort(), ['about', 'links']);
    assert.ok(published.entries.every((e) => !e.page));
    assert.equal(published.terms('tags').find((t) => t.slug === 'tech')?.entries.some((e) => e.page), false);
    assert.ok(!published.years().some((y) => y.year === 2020));
    assert.equal(published.page('about')?.title, '关于');
    assert.equal(published.entry('about'), undefined);
  });

  it('drafts rules apply to pages', () => {
    assert.equal(published.page('hugo-now'), undefined);
    assert.equal(buildJournal(withPages, [], { preview: true }, NOW).page('hugo-now')?.draft, true);
  });

  it('a page at one of the journal\'s own addresses is a problem, not a page', () => {
    assert.equal(published.page('archive'), undefined);
    assert.match(published.problems.find((p) => p.file === 'pages/archive.md')?.message.en ?? '', /journal's own \/archive\/ page/);
  });
});
