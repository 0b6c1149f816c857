import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeSite } from '../site/site';
import { folderOf } from '../../test/folder';
import { inlineTags } from './inline-tags';
import { loadJournal } from './loader';

describe('inline #tags of vault notes', () => {
  it('reads #tag and nested #a/b in prose, never in code, headings, addresses or after a letter', () => {
    const body = [
      '今天 #日记 和 #work/项目-A，（#读书）。',
      '#开头 也算',
      '## 标题 #不是',
      '`#代码` 和 C# 与 issue#12 与 #123 都不是。',
      '[链接](https://a.com/#片段) https://b.com/x#y',
      '```',
      '#块里',
      '```',
    ].join('\n');
    assert.deepEqual(inlineTags(body), ['日记', 'work/项目-A', '读书', '开头']);
  });

  it('adds them to the tags of notes in a vault only', () => {
    const dir = folderOf({
      'vault/.obsidian/app.json': '{}',
      'vault/2022-10-06.md': '---\npublish: true\ntags: [日常]\n---\n今天 #跑步 了。\n',
      'blog/post.md': '---\ntitle: 博客\ndate: 2022-10-07\n---\n#没有空格的标题\n',
    });
    const journal = loadJournal(makeSite({ CONTENT_DIR: dir, NODE_ENV: 'production' }));
    assert.deepEqual(journal.entry('2022-10-06')?.tags, ['日常', '跑步']);
    assert.deepEqual(journal.entry('post')?.tags, []);
    assert.deepEqual(journal.terms('tags').map((t) => t.name).sort(), ['日常', '跑步']);
  });
});
