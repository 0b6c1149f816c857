import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { assertGolden } from '../../test/golden';
import { parseEntry } from './entry';

const FIXTURES = path.join(import.meta.dirname, '../../test/fixtures/entries');
const TZ = 'Asia/Shanghai';

function golden(result: ReturnType<typeof parseEntry>): string {
  if (!result.ok) return `${JSON.stringify({ problems: result.problems }, null, 2)}\n`;
  const { body: _body, ...rest } = result.entry;
  const notes = result.notes.length > 0 ? { notes: result.notes } : {};
  return `${JSON.stringify({ entry: rest, ...notes }, null, 2)}\n`;
}

describe('entry files (golden: test/fixtures/entries/*.md → *.json)', () => {
  const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.md'));
  assert.ok(files.length > 20);
  for (const name of files) {
    it(name, () => {
      const raw = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
      const result = parseEntry(`fixtures/${name}`, raw, TZ);
      assertGolden(path.join(FIXTURES, name.replace(/\.md$/, '.json')), golden(result));
    });
  }
});

describe('front matter forms', () => {
  const entry = (raw: string, file = 'e.md') => {
    const result = parseEntry(file, raw, TZ);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    return result.entry;
  };

  it('names an entry after its file, whether it ends in .md or .markdown', () => {
    const raw = '---\ntitle: T\ndate: 2018-3-9\n---\n';
    assert.equal(entry(raw, 'hugo/old-post.markdown').slug, 'old-post');
    assert.equal(entry(raw, 'bundle/index.markdown').slug, 'bundle');
    assert.equal(entry(raw, 'a.MD').slug, 'a');
  });

  it('reads the three draft spellings and nothing else as a draft', () => {
    const base = '---\ntitle: T\ndate: 2022-12-27\n';
    assert.equal(entry(`${base}publish: false\n---\n`).draft, true);
    assert.equal(entry(`${base}published: false\n---\n`).draft, true);
    assert.equal(entry(`${base}draft: true\n---\n`).draft, true);
    assert.equal(entry(`${base}---\n`).draft, false);
    assert.equal(entry(`${base}publish: true\n---\n`).draft, false);
    assert.equal(entry(`${base}draft: false\n---\n`).draft, false);
    // Any one spelling saying "unpublished" wins.
    assert.equal(entry(`${base}publish: true\ndraft: true\n---\n`).draft, true);
  });

  it('reads a file with a byte order mark and CRLF line ends', () => {
    const raw = '\uFEFF---\r\ntitle: 带 BOM 的日记\r\ndate: 2022-12-27\r\ntags:\r\n  - 生活\r\npublish: false\r\n---\r\n第一段。\r\n<!-- more -->\r\n第二段。\r\n';
    const e = entry(raw);
    assert.equal(e.title, '带 BOM 的日记');
    assert.equal(e.date.day, '2022-12-27');
    assert.deepEqual(e.tags, ['生活']);
    assert.equal(e.draft, true);
    assert.equal(e.excerptSource, '第一段。\n');
    assert.ok(!e.body.includes('\r'));
  });

  it('reads old Mac CR line ends', () => {
    const e = entry('---\rtitle: CR\rdate: 2022-12-27\r---\rBody\r');
    assert.equal(e.title, 'CR');
    assert.equal(e.body, 'Body\n');
  });

  it('drops control characters from titles and terms', () => {
    const e = entry('---\ntitle: "A\\aB\\x1FC"\ndate: 2022-12-27\ntags: ["x\\by"]\n---\n');
    assert.equal(e.title, 'ABC');
    assert.deepEqual(e.tags, ['xy']);
  });

  it('keeps a single string term whole, never split into characters', () => {
    const e = entry('---\ntitle: T\ndate: 2022-12-27\ncategories: 学习笔记\ntags: Machine Learning\n---\n');
    assert.deepEqual(e.categories, ['学习笔记']);
    assert.deepEqual(e.tags, ['Machine Learning']);
  });

  it('takes the slug from the file name in nested folders, or from front matter', () => {
    assert.equal(entry('---\ntitle: T\ndate: 2022-12-27\n---\n', '2022/12/失败的ML面试.md').slug, '失败的ML面试');
    assert.equal(entry('---\ntitle: T\ndate: 2022-12-27\nslug: ml-interview\n---\n', 'a/b.md').slug, 'ml-interview');
  });

  it("names a folder's index.md after the folder", () => {
    assert.equal(entry('---\ntitle: T\ndate: 2022-12-27\n---\n', '2022/慕尼黑之旅/index.md').slug, '慕尼黑之旅');
    assert.equal(entry('---\ntitle: T\ndate: 2022-12-27\n---\n', 'index.md').slug, 'index');
  });

  it('normalises decomposed (NFD) file names to NFC slugs', () => {
    const nfd = 'Café'.normalize('NFD');
    assert.equal(entry('---\ntitle: T\ndate: 2022-12-27\n---\n', `${nfd}.md`).slug, 'Café'.normalize('NFC'));
  });

  it('returns frozen entries that callers cannot change', () => {
    const e = entry('---\ntitle: T\ndate: 2022-12-27\ntags: [a]\n---\n');
    assert.ok(Object.isFrozen(e));
    assert.ok(Object.isFrozen(e.tags));
  });
});

describe('bad input', () => {
  const problems = (raw: string, file = 'bad.md') => {
    const result = parseEntry(file, raw, TZ);
    assert.ok(!result.ok, 'expected the entry to be rejected');
    return result.problems;
  };

  it('names the file and the field of every problem at once', () => {
    const found = problems('---\ntitle: [a, b]\ndate: 2022-13-45\npublish: "false"\n---\nBody');
    assert.deepEqual(
      found.map((p) => [p.file, p.field]),
      [
        ['bad.md', 'title'],
        ['bad.md', 'date'],
        ['bad.md', 'publish'],
      ],
    );
    assert.match(found[0]?.message.en ?? '', /must be text, got a list/);
    assert.match(found[1]?.message.en ?? '', /2022-13-45.*not a real calendar day/);
    assert.match(found[2]?.message.en ?? '', /must be true or false, got string "false"/);
  });

  it('takes a missing title from the first heading outside code, not shown twice, else from the file name; a missing date from the file name', () => {
    const note = parseEntry('日记/2022-10-06.md', '```sh\n# not a title\n```\n\n# 周四，雨\n\n早上去图书馆。\n', 'Asia/Shanghai');
    assert.ok(note.ok);
    assert.deepEqual([note.entry.title, note.entry.titleSource, note.entry.date.day, note.entry.dateSource, note.entry.slug], ['周四，雨', 'heading', '2022-10-06', 'file name', '2022-10-06']);
    assert.equal(note.entry.body.split('\n')[4], '', 'the heading is not in the body, and later lines keep their place');
    assert.equal(note.entry.body.split('\n')[6], '早上去图书馆。');
    const jekyll = parseEntry('_posts/2011-10-11-fibonacci.md', '---\ntitle: 斐波那契\n---\n正文\n', 'Asia/Shanghai');
    assert.ok(jekyll.ok);
    assert.deepEqual([jekyll.entry.slug, jekyll.entry.date.day, jekyll.entry.dateSource], ['fibonacci', '2011-10-11', 'file name']);
    const logseq = parseEntry('journals/2022_10_07.md', '- 读完了《局外人》\n', 'Asia/Shanghai');
    assert.ok(logseq.ok);
    assert.deepEqual([logseq.entry.title, logseq.entry.titleSource, logseq.entry.date.day], ['2022_10_07', 'file name', '2022-10-07']);
    const dated = parseEntry('2022-01-01-a.md', '---\ntitle: A\ndate: 2023-05-06\n---\n', 'Asia/Shanghai');
    assert.ok(dated.ok);
    assert.deepEqual([dated.entry.date.day, dated.entry.dateSource], ['2023-05-06', 'front matter'], 'front matter first');
  });

  it('names an Obsidian comment never closed at its line, and reports a failed field once', () => {
    const note = parseEntry('2022-10-06.md', '---\ntitle: 周四\n---\n第一行\n\n第三行 %%从这里起不公开\n秘密\n', 'Asia/Shanghai');
    assert.ok(note.ok);
    assert.deepEqual(note.notes.map((n) => `${n.line}: ${n.field}`), ['6: body']);
    assert.ok(!note.entry.body.includes('秘密'));
    const broken = problems('---\ntitle: [a]\ndate: 2022-01-01\nhidden: maybe\n---\nBody');
    assert.deepEqual(broken.map((p) => p.field), ['title', 'hidden'], 'each problem once, though the entry failed');
  });

  it('rejects binary junk with a .md name', () => {
    const junk = Buffer.from([0x00, 0xff, 0x10, 0x00, 0x2d, 0x2d, 0x2d]).toString('latin1');
    assert.equal(problems(junk)[0]?.field, 'file');
  });

  it('never runs JavaScript front matter, in any spelling', () => {
    const g = globalThis as { __journalProbe?: unknown };
    delete g.__journalProbe;
    for (const fence of ['js', 'JS', 'javascript', 'JavaScript', ' js', 'js ']) {
      const raw = `---${fence}\n{ title: (globalThis.__journalProbe = "ran", "x"), date: "2020-01-01" }\n---\nBody`;
      const found = problems(raw);
      assert.equal(found[0]?.field, 'front matter');
      assert.match(found[0]?.message.en ?? '', /not supported|only YAML/);
    }
    assert.equal(g.__journalProbe, undefined);
  });

  it('rejects publish given as a string, a YAML 1.1 word or a number', () => {
    for (const value of ['"false"', "'true'", 'no', 'yes', 'off', '0', '1']) {
      const found = problems(`---\ntitle: T\ndate: 2022-01-01\npublish: ${value}\n---\n`);
      assert.equal(found[0]?.field, 'publish', value);
    }
  });

  it('reads a 10 MB entry in bounded time', () => {
    const body = '很长的一段话，English words too. '.repeat(400_000);
    assert.ok(body.length > 10_000_000 / 3);
    const started = performance.now();
    const result = parseEntry('huge.md', `---\ntitle: Huge\ndate: 2022-01-01\n---\n${body}`, TZ);
    assert.ok(result.ok);
    assert.ok(performance.now() - started < 5000, 'parsing a 10 MB entry took over 5 s');
  });

  it('bounds YAML alias expansion', () => {
    const raw = fs.readFileSync(path.join(FIXTURES, 'alias-bomb.md'), 'utf8');
    const started = performance.now();
    const found = problems(raw);
    assert.equal(found[0]?.field, 'front matter');
    assert.match(found[0]?.message.en ?? '', /alias/i);
    assert.ok(performance.now() - started < 5000);
  });
});

describe('draft flags in every spelling', () => {
  const parse = (front: string) => parseEntry('d.md', `---\ntitle: T\ndate: 2022-01-01\n${front}\n---\n正文\n`, 'Asia/Shanghai');
  const isDraft = (front: string) => {
    const r = parse(front);
    assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
    return r.entry.draft;
  };

  it('reads the flags in any case', () => {
    assert.equal(isDraft('Draft: true'), true);
    assert.equal(isDraft('Published: false'), true);
    assert.equal(isDraft('PUBLISH: false'), true);
    assert.equal(isDraft('Publish: true'), false);
  });

  it('reads a flag merged in from an anchor, and a private one wins over a public one', () => {
    const merged = parseEntry('m.md', '---\nx-defaults: &defaults\n  publish: false\ntitle: T\ndate: 2022-01-01\n<<: *defaults\n---\n正文\n', 'Asia/Shanghai');
    assert.ok(merged.ok, JSON.stringify(!merged.ok && merged.problems));
    assert.equal(merged.entry.draft, true);
    assert.equal(isDraft('publish: true\ndraft: true'), true);
  });

  it('refuses a key that looks like a draft flag, naming it and its line', () => {
    for (const key of ['pubish', 'drafts', 'is_draft', 'unpublished', 'publsh']) {
      const r = parse(`${key}: true`);
      assert.equal(r.ok, false, key);
      if (!r.ok) {
        assert.equal(r.problems[0]?.field, key);
        assert.equal(r.problems[0]?.line, 4);
        assert.match(r.problems[0]?.message.en ?? '', /looks like a draft flag/);
      }
    }
    assert.equal(isDraft('date_format: x\ntags: [a]'), false);
    for (const value of ['"no"', '0', 'off']) assert.equal(parse(`unpublished: ${value}`).ok, false, value);
  });

  it('takes a date or a name under a flag-like key for what it is, not a flag (Obsidian writes publish_date)', () => {
    for (const front of ['publish_date: 2024-05-01', 'publish_date: "2024-05-01 10:00"', 'publishing_platform: 公众号']) {
      const r = parse(front);
      assert.equal(r.ok, true, front);
      if (r.ok) assert.equal(r.entry.draft, false, front);
    }
  });
});
