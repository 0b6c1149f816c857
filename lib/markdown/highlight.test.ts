import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderEntry } from './pipeline';

describe('code colours', () => {
  it('darkens the light theme colour that fails WCAG AA on white', () => {
    const html = renderEntry('```js\nfunction f(param) { return param; }\n```').html;
    assert.doesNotMatch(html, /--shiki-light:#E36209/i);
    assert.match(html, /--shiki-light:#b35900/i);
  });
});
