import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MiniSearch from 'minisearch';
import { parseEntry } from '../content/entry';
import { buildJournal } from '../content/journal';
import { searchIndexJson } from './build';
import { markdownText as plainText } from '../markdown/plain';
import { INDEX_OPTIONS, SEARCH_OPTIONS, type SearchDocument } from './options';
import { tokenize, tokenizeQuery } from './tokenize';

describe('tokenize', () => {
  it('splits Chinese into overlapping pairs and keeps spaced words whole, lower-cased', () => {
    assert.deepEqual(tokenize('ML 面试'), ['ml', '面试', '试']);
    assert.deepEqual(tokenize('失败的ML面试'), ['失败', '败的', '的', 'ml', '面试', '试']);
    assert.deepEqual(tokenize('我'), ['我']);
    // A query is its pairs: the last character alone is only indexed.
    assert.deepEqual(tokenizeQuery('失败的ML面试'), ['失败', '败的', 'ml', '面试']);
    assert.deepEqual(tokenizeQuery('态度'), ['态度']);
    assert.deepEqual(tokenizeQuery('面'), ['面']);
    assert.deepEqual(tokenize('Machine Learning, ＴＵＭ!'), ['machine', 'learning', 'tum']);
    assert.deepEqual(tokenize('…！？'), []);
  });

  it('finds a two-character word inside a long sentence by its pair', () => {
    const sentence = tokenize('我觉得面试官的态度很友好，但问题很难');
    assert.ok(sentence.includes('态度'));
    assert.ok(sentence.includes('面试'));
  });
});

function doc(id: number, title: string, text: string, tags = ''): SearchDocument {
  return { id, title, url: `/posts/${id}/`, day: '2024-01-01', tags, categories: '', description: '', text, snippet: text, draft: false };
}

describe('ranking', () => {
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  index.addAll([
    doc(1, '周末随笔', '今天去了一场面试，准备得不好。面试官问了很多 Transformer 的问题。'),
    doc(2, '失败的ML面试', '记录一下。'),
    doc(3, '读书笔记', '这本书讲的是做人的态度。', '读书'),
    doc(4, 'Rust ownership', 'The borrow checker is strict about lifetimes.', 'rust'),
    doc(5, '一天', '没有相关的内容。', '面试'),
  ]);
  const ids = (q: string) => index.search(q, SEARCH_OPTIONS).map((r) => r.id);

  it('finds Chinese words in Chinese text, titles and tags first', () => {
    const hits = ids('面试');
    assert.deepEqual(new Set(hits), new Set([1, 2, 5]));
    assert.equal(hits.at(-1), 1, 'a body match ranks below title and tag matches');
    assert.deepEqual(ids('态度'), [3]);
  });

  it('answers mixed queries with every word present', () => {
    assert.deepEqual(ids('ML 面试'), [2]);
    assert.deepEqual(ids('面试 transformer'), [1]);
  });

  it('is case-insensitive for English, with prefixes', () => {
    assert.deepEqual(ids('BORROW'), [4]);
    assert.deepEqual(ids('lifetime'), [4]);
    assert.deepEqual(ids('rust'), [4]);
  });

  it('finds nothing for words not in the journal', () => {
    assert.deepEqual(ids('火星'), []);
    assert.deepEqual(ids('火'), []);
  });

  it('finds one character wherever it stands: inside a pair, at the end of a run, alone', () => {
    assert.deepEqual(new Set(ids('面')), new Set([1, 2, 5]));
    assert.deepEqual(new Set(ids('试')), new Set([1, 2, 5]), 'the last character of 面试 ends its run');
    assert.deepEqual(ids('度'), [3]);
    assert.deepEqual(ids('书'), [3]);
  });
});

describe('search index', () => {
  it('holds published entries only and loads back in the browser form', () => {
    const entries = [
      ['pub.md', 'title: 公开\ndate: 2024-01-01', '公开的内容，关于面试。'],
      ['secret.md', 'title: 秘密\ndate: 2024-01-02\npublish: false', '秘密口令 zqxleak。'],
    ].map(([file, front, body]) => {
      const r = parseEntry(file ?? '', `---\n${front}\n---\n${body}\n`, 'Asia/Shanghai');
      assert.ok(r.ok);
      return r.entry;
    });
    const json = searchIndexJson(buildJournal(entries, [], { preview: false }, Date.now()));
    assert.ok(!json.includes('zqxleak') && !json.includes('秘密'));
    const loaded = MiniSearch.loadJSON<SearchDocument>(json, INDEX_OPTIONS);
    assert.equal(loaded.search('面试', SEARCH_OPTIONS)[0]?.title, '公开');
    const preview = MiniSearch.loadJSON<SearchDocument>(searchIndexJson(buildJournal(entries, [], { preview: true }, Date.now())), INDEX_OPTIONS);
    assert.equal(preview.search('口令', SEARCH_OPTIONS)[0]?.draft, true);
  });

  it('indexes the text a reader reads, not Markdown syntax or link targets', () => {
    assert.equal(plainText('## 标题\n\n一段 **加粗** 和 [链接](https://example.com/x)。\n\n```js\ncode()\n```'), '标题 一段 加粗 和 链接。 code()');
  });
});
