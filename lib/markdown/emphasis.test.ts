import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { visit } from 'unist-util-visit';
import { boundEmphasis, emphasisFloodLines, MAX_EMPHASIS_MARKS } from './emphasis';
import { parseMarkdown } from './parse';
import { renderMarkdown } from './pipeline';

const emphasisNodes = (markdown: string) => {
  let n = 0;
  visit(parseMarkdown(markdown), (node) => {
    if (node.type === 'emphasis' || node.type === 'strong') n += 1;
  });
  return n;
};

describe('emphasis floods', () => {
  it('leaves ordinary entries alone, byte for byte', () => {
    const text = '今天 *很* 忙，__非常__ 忙。\n\n```\n' + '*'.repeat(5000) + '\n```\n';
    assert.equal(boundEmphasis(text), text, 'marks inside code do not count');
    assert.deepEqual(emphasisFloodLines(text), []);
    const full = '*a* '.repeat(MAX_EMPHASIS_MARKS / 2);
    assert.equal(boundEmphasis(full), full, 'exactly the bound is still emphasis');
  });

  it('shows the marks of an over-full paragraph as text, keeps every line, and names its first line', () => {
    const flood = '*a_'.repeat(20000);
    const markdown = `# 标题\n\n正常的 *强调*。\n\n${flood}\n${flood}\n\n后面的 *强调* 照常。`;
    const bounded = boundEmphasis(markdown);
    assert.equal(bounded.split('\n').length, markdown.split('\n').length);
    assert.deepEqual(emphasisFloodLines(markdown), [5]);
    assert.equal(emphasisNodes(markdown), 2, 'only the paragraphs before and after keep their emphasis');
    const html = renderMarkdown(markdown);
    assert.ok(html.includes('*a_*a_*a_'), 'the flood is shown as the characters it is');
    assert.ok(html.includes('<em>强调</em> 照常'));
  });

  it('counts a paragraph apart from the next one, and across a list', () => {
    const half = '*x_'.repeat(MAX_EMPHASIS_MARKS / 4);
    assert.deepEqual(emphasisFloodLines(`${half}\n\n${half}`), [], 'two paragraphs under the bound each');
    assert.deepEqual(emphasisFloodLines(`- ${half}\n- ${half}\n- ${half}`), [1], 'one list with no blank line is one run');
  });
});
