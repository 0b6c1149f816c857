import { markdownText } from '../markdown/plain';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textReadingStats } from './reading';

/** Reading stats of Markdown, as an entry's are counted (lib/content/derived.ts entryReading). */
const readingStats = (markdown: string) => textReadingStats(markdownText(markdown));

describe('reading time', () => {
  it('counts Chinese by characters: 3,000 characters is not "1 min"', () => {
    const stats = readingStats('今天天气很好。'.repeat(500));
    assert.equal(stats.cjk, 3000);
    assert.equal(stats.words, 0);
    assert.equal(stats.minutes, 8);
  });

  it('counts English by words', () => {
    const stats = readingStats('The quick brown fox jumps. '.repeat(80));
    assert.equal(stats.words, 400);
    assert.equal(stats.cjk, 0);
    assert.equal(stats.minutes, 2);
  });

  it('counts mixed text apart and adds the times', () => {
    const stats = readingStats('我在 TUM 学习 Machine Learning，用 PyTorch 写 GNN 模型。');
    assert.equal(stats.cjk, 8);
    assert.equal(stats.words, 5);
    assert.equal(stats.minutes, 1);
    const long = readingStats(`${'字'.repeat(2000)} ${'word '.repeat(1000)}`);
    assert.equal(long.minutes, 10);
  });

  it('does not count link targets, URLs or comments', () => {
    const stats = readingStats('[链接](https://example.com/a/very/long/path) <!-- more --> https://example.org/x');
    assert.equal(stats.cjk, 2);
    assert.equal(stats.words, 0);
  });

  it('is at least one minute', () => {
    assert.equal(readingStats('').minutes, 1);
  });
});

describe('the text a reader reads (search, reading time)', () => {
  it("reads other engines' tags as the page shows them, never their source", () => {
    const text = markdownText('见 {% post_link other 另一篇 %}。\n\n{% note info %}\n提示的内容\n{% endnote %}');
    assert.equal(text, '见 另一篇。 信息 提示的内容', 'the callout as the page shows it: its title, then its text');
    assert.doesNotMatch(text, /\{%|post_link/);
  });
});
