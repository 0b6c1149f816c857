import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeSite } from '../site/site';
import { folderOf } from '../../test/folder';
import { mentionsOf } from './backlinks';
import { loadJournal } from './loader';

const entry = (date: string, body: string, extra = '') => `---\ntitle: ${date} 的日记\ndate: ${date}\n${extra}---\n${body}\n`;

describe('mentions (backlinks)', () => {
  const dir = folderOf({
    'b.md': entry('2024-01-01', '被提及的一篇。'),
    'a.md': entry('2024-01-02', '见 [[b]]，再见 [[b|同一篇]]。'),
    'c.md': entry('2024-01-03', '草稿也提到 [[b]]。', 'publish: false\n'),
    'd.md': entry('2024-01-04', '[地址](/posts/b/#开头) 和 [全址](https://example.org/posts/b/)。'),
    'e.md': entry('2024-01-05', '{% post_link b 那篇 %}'),
    'f.md': entry('2024-01-06', '[文件](./b.md)\n\n```\n[[b]] 在代码里不算\n```'),
    'g.md': entry('2024-01-07', '```\n[[b]]\n```\n提到自己：[[g]]。'),
    'h.md': entry('2024-01-08', '锁住的也提到 [[b]]。', 'password: 123456\n'),
  });

  for (const preview of [false, true]) {
    it(`lists the published entries that link to an entry, newest first, in any form${preview ? ', in the preview too' : ''}`, () => {
      const journal = loadJournal(makeSite({ CONTENT_DIR: dir, NODE_ENV: preview ? 'development' : 'production' }));
      const b = journal.entry('b');
      assert.ok(b);
      assert.deepEqual(mentionsOf(journal, b).map((e) => e.slug), ['f', 'e', 'd', 'a']);
      const g = journal.entry('g');
      assert.ok(g);
      assert.deepEqual(mentionsOf(journal, g), [], 'an entry does not mention itself, and code is not a link');
    });
  }
});
