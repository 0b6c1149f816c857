import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { assertGolden } from '../../../test/golden';
import { STRINGS } from '../../site/i18n';
import { parseMarkdown } from '../parse';
import { renderEntry } from '../pipeline';
import type { EngineNote } from './forms';

/** One golden per dialect (test/fixtures/dialects/<dialect>.md → .html, and .notes.txt for what the checker is told). */
const FIXTURES = path.join(import.meta.dirname, '../../../test/fixtures/dialects');

describe('dialects (golden: test/fixtures/dialects)', () => {
  const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.md'));
  assert.deepEqual(files.sort(), ['github.md', 'hexo.md', 'hugo.md', 'jekyll.md', 'logseq.md', 'obsidian.md', 'vuepress.md']);
  for (const file of files) {
    it(file, () => {
      const markdown = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
      assertGolden(path.join(FIXTURES, file.replace(/\.md$/, '.html')), renderEntry(markdown, undefined, { basePath: '/j' }).html);
      const notes: EngineNote[] = [];
      parseMarkdown(markdown, notes);
      assertGolden(path.join(FIXTURES, file.replace(/\.md$/, '.notes.txt')), notes.map((n) => `${n.line}: ${n.message.en}\n`).join(''));
    });
  }

  it('writes its words in the site’s language: callout titles and video links', () => {
    const markdown = '::: tip\n提示。\n:::\n\n> [!WARNING]\n> 小心。\n\n{{< youtube abc >}}\n\n<iframe src="https://player.vimeo.com/video/123"></iframe>\n';
    const en = renderEntry(markdown, undefined, { labels: STRINGS.en }).html;
    for (const words of ['>Tip<', '>Warning<', '>YouTube video abc<', '>Vimeo video 123<']) assert.ok(en.includes(words), `${words} in ${en}`);
    const zh = renderEntry(markdown, undefined, { labels: STRINGS['zh-CN'] }).html;
    for (const words of ['>提示<', '>警告<', '>YouTube 视频 abc<', '>Vimeo 视频 123<']) assert.ok(zh.includes(words), `${words} in ${zh}`);
  });
});
