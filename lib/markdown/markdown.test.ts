import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { assertGolden } from '../../test/golden';
import { autoExcerpt, findMoreMarker, plainExcerpt, renderEntry, renderExcerpt, renderMarkdown } from './index';
import { parseMarkdown } from './parse';
import type { EngineNote } from './engines';

const FIXTURES = path.join(import.meta.dirname, '../../test/fixtures');

function goldenDir(name: string, render: (markdown: string) => string) {
  const dir = path.join(FIXTURES, name);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md'));
  assert.ok(files.length > 0);
  for (const file of files) {
    it(file, () => {
      const html = render(fs.readFileSync(path.join(dir, file), 'utf8'));
      assertGolden(path.join(dir, file.replace(/\.md$/, '.html')), html);
    });
  }
}

describe('renderMarkdown (golden: test/fixtures/markdown)', () => {
  goldenDir('markdown', renderMarkdown);
});

describe('autoExcerpt (golden: test/fixtures/excerpts)', () => {
  goldenDir('excerpts', (markdown) => autoExcerpt(markdown));
});

describe('sanitizing', () => {
  const dir = path.join(FIXTURES, 'markdown');
  const all = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => renderMarkdown(fs.readFileSync(path.join(dir, f), 'utf8')))
    .join('\n');

  it('lets no script, event handler or dangerous URL through', () => {
    assert.doesNotMatch(all, /<script|<iframe|<[a-z][^>]*\son\w+=/i);
    assert.doesNotMatch(all, /href="\s*(javascript|vbscript|data):/i);
    assert.doesNotMatch(all, /src="\s*(javascript|vbscript|data):/i);
    assert.doesNotMatch(all, /<style|<svg[^>]*onload|<mglyph|<iframe|<object|<embed|<form|<base|<meta/i);
    // Inline styles come only from the highlighter and KaTeX, on their own elements, and never load anything.
    for (const [, tag, style] of all.matchAll(/<(\w+)[^>]*\sstyle="([^"]*)"/g)) {
      assert.ok(['span', 'pre', 'svg'].includes(tag ?? ''), `style on <${tag}>`);
      assert.doesNotMatch(style ?? '', /url\(|expression|javascript|@import/i);
    }
    assert.doesNotMatch(all, /<a[^>]*href="[^"#]*"[^>]*>x<\/a>/);
  });

  it('renders math from hostile TeX without links or trusted commands', () => {
    const html = renderMarkdown('$\\href{javascript:alert(1)}{x}$ $\\url{javascript:alert(2)}$ $\\htmlStyle{color:red}{y}$');
    assert.doesNotMatch(html, /<a\s|(href|src)="\s*javascript:/i);
    assert.doesNotMatch(html, /style="color:\s*red/);
  });

  it('keeps safe links', () => {
    assert.match(all, /href="https:\/\/example.com\/a\?b=1&#x26;c=2"/);
    assert.match(all, /href="mailto:me@example.com"/);
  });
});

describe('more marker', () => {
  it('finds the spacing variants, in any case', () => {
    for (const marker of ['<!-- more -->', '<!--more-->', '<!--   more  -->', '<!-- MORE -->']) {
      assert.equal(findMoreMarker(`intro\n${marker}\nrest`), 6, marker);
    }
  });

  it('ignores a marker inside fenced code', () => {
    assert.equal(findMoreMarker('```\n<!-- more -->\n```\n'), null);
    assert.equal(findMoreMarker('~~~~\n<!-- more -->\n~~~\n<!-- more -->\n~~~~\n'), null);
    assert.equal(findMoreMarker('no marker at all'), null);
  });
});

describe('excerpt length', () => {
  const chinese = '今天天气很好，我们去公园散步。'.repeat(30);

  it('cuts Chinese near 150 characters, at a word boundary, with an ellipsis', () => {
    const text = plainExcerpt(chinese, 150);
    assert.ok(text.endsWith('…'));
    const length = [...text].length - 1;
    assert.ok(length > 130 && length <= 150, `length ${length}`);
    assert.ok(chinese.startsWith(text.slice(0, -1)));
  });

  it('never splits an English word', () => {
    const english = 'internationalization '.repeat(40);
    const text = plainExcerpt(english, 150);
    assert.match(text, /^(internationalization )*internationalization…$/);
  });

  it('takes a link or code span whole or not at all', () => {
    const lead = '字'.repeat(140);
    assert.equal(plainExcerpt(`${lead} \`const value = 1 + 2 + 3 + 4 + 5\` 后面`, 150), `${lead}…`);
    assert.equal(plainExcerpt(`${lead}[一个很长很长很长的链接文字](https://example.com) 后面`, 150), `${lead}…`);
    assert.equal(plainExcerpt(`${lead}[短链](https://example.com)后面还有很多很多很多的字`, 150), `${lead}短链后面还有很多很多…`);
  });

  it('returns nothing for an entry with no text paragraphs', () => {
    assert.equal(autoExcerpt('```\ncode\n```\n'), '');
    assert.equal(autoExcerpt(''), '');
  });
});

describe('heading ids and the page', () => {
  it("never takes one of the page's own ids; CJK ids stay readable", () => {
    const html = renderMarkdown('## main\n\n## related-title\n\n## 流程\n\n## main');
    assert.match(html, /<h2 id="main-1">/);
    assert.match(html, /<h2 id="related-title-1">/);
    assert.match(html, /<h2 id="流程">/);
    assert.match(html, /<h2 id="main-2">/);
    assert.doesNotMatch(html, /id="main"|id="related-title"/);
  });

  it("never takes the comments' or a footnote's id: every id on the page is there once", () => {
    const html = renderMarkdown('## comments-heading\n\n## user-content-fn-1\n\n## footnote-label\n\n## User-Content-Fnref-1\n\n正文[^1]\n\n[^1]: 注释');
    const ids = [...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, ids.join(' '));
    assert.ok(ids.includes('user-content-fn-1') && ids.includes('user-content-fnref-1') && ids.includes('footnote-label'));
    assert.ok(!ids.includes('comments-heading'));
  });
});

describe('one reading for every variant (parse.ts READ_STAGES)', () => {
  it('keeps an entry’s `math: false` in its automatic excerpt and inside its containers', () => {
    assert.equal(autoExcerpt('面积是 $x^2$ 平方米。', 150, { math: false }), '<p>面积是 $x^2$ 平方米。</p>\n');
    assert.match(autoExcerpt('面积是 $x^2$ 平方米。'), /class="katex"/, 'with math on, the same text is typeset');
    const tip = renderExcerpt('::: tip\n$a$ 的值\n:::\n', undefined, { math: false });
    assert.doesNotMatch(tip, /katex/);
    assert.match(tip, /\$a\$ 的值/);
  });

  it('links an entry named by another engine’s tag wherever it is read: an automatic excerpt, a container', () => {
    assert.equal(autoExcerpt('见 {% post_link other 另一篇 %}。', 150, { basePath: '/j' }), '<p>见 <a href="/j/posts/other/">另一篇</a>。</p>\n');
    const entry = renderEntry('::: tip\n见 {% post_link other 另一篇 %}\n:::\n', undefined, { basePath: '/j' }).html;
    assert.match(entry, /<a href="\/j\/posts\/other\/">另一篇<\/a>/);
  });

  it('names what it could not carry over in the parse-only reading too, at its line', () => {
    const notes: EngineNote[] = [];
    parseMarkdown('开头。\n\n<iframe src="https://x.example"></iframe>\n\n{% unknowntag a %}\n', notes);
    assert.deepEqual(notes.map((n) => n.line).sort(), [3, 5]);
  });
});
