import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { snippetWindow, textStart } from './snippet';

describe('search snippets', () => {
  it('never cuts a Latin word at either edge', () => {
    const text = 'The quick brown fox jumps over the lazy dog while the borrow checker keeps every reference alive and well, as the compiler insists, until the very end of the long scope here.';
    const shown = snippetWindow(text, text.indexOf('borrow'));
    assert.match(shown, /^…\S/);
    const words = shown.replace(/^…|…$/g, '').split(/\s+/);
    for (const w of words) assert.ok(text.split(/\s+/).includes(w), `"${w}" is cut`);
    assert.ok(shown.includes('borrow checker'));
  });

  it('cuts Chinese anywhere, and marks both cut edges', () => {
    const text = '一'.repeat(100) + '面试' + '二'.repeat(200);
    const shown = snippetWindow(text, 100);
    assert.ok(shown.startsWith('…') && shown.endsWith('…'));
    assert.ok(shown.includes('面试'));
  });

  it('keeps the opening of a text for the index up to a word boundary', () => {
    assert.equal(textStart('alpha beta gamma', 13), 'alpha beta');
    assert.equal(textStart('短短的一句话', 3), '短短的');
    assert.equal(textStart('short', 10), 'short');
  });

  it('shows a short text whole', () => {
    assert.equal(snippetWindow('短短的一句。', 2), '短短的一句。');
  });
});
