import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutComments } from './vault-comments';

describe("Obsidian's %%comments%%", () => {
  it('takes inline and multi-line comments out, keeping the lines', () => {
    const { body, comments } = withoutComments('今天%%和小林吵架了%%很好。\n%%\n秘密的一整段\n还有一行\n%%\n结尾');
    assert.equal(body, '今天很好。\n\n\n\n\n结尾');
    assert.equal(comments, 2);
  });

  it('keeps %% in code, fenced or inline', () => {
    const text = '`printf("%%d")` 和\n```c\nprintf("%%d %%s");\n```\n100%% 没有结尾';
    const { body } = withoutComments(text);
    assert.ok(body.startsWith('`printf("%%d")` 和\n```c\nprintf("%%d %%s");\n```\n100'));
    assert.ok(!body.includes('没有结尾'), 'a comment never closed runs to the end: private');
    assert.equal(withoutComments(text).unclosed, 4, 'and its line is known, for the checker');
    assert.equal(withoutComments('a %%b%% c').unclosed, null);
  });

  it('hides a fence written inside a comment with the comment', () => {
    const { body } = withoutComments('开头 %%\n```\nzqxleak\n```\n%% 之后');
    assert.ok(!body.includes('zqxleak'));
    assert.ok(body.endsWith(' 之后'));
  });

  it('leaves text without %% as it is', () => {
    const text = '没有注释的正文 50% 的概率';
    assert.equal(withoutComments(text).body, text);
  });
});
