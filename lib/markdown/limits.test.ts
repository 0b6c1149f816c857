import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { longestLine, MAX_NESTING, MAX_TEX_NESTING, nestingProblem, texNesting } from './limits';
import { renderEntry } from './pipeline';

const levels = (n: number, make: (i: number) => string, join = '\n') => Array.from({ length: n }, (_, i) => make(i)).join(join);

/** Ways of nesting Markdown deeply, each a few kilobytes. */
const BOMBS: Record<string, (n: number) => string> = {
  quotes: (n) => '>'.repeat(n) + ' x',
  'spaced quotes': (n) => '> '.repeat(n) + 'x',
  'bullet lists': (n) => '- '.repeat(n) + 'x',
  'ordered lists': (n) => '1. '.repeat(n) + 'x',
  'quotes in lists': (n) => '> - '.repeat(n) + 'x',
  'indented lists': (n) => levels(n, (i) => ' '.repeat(2 * i) + '- a'),
  'loose indented lists': (n) => levels(n, (i) => ' '.repeat(2 * i) + '- a', '\n\n'),
  'tab-indented lists': (n) => levels(n, (i) => '\t'.repeat(i) + '- a', '\n\n'),
  'quotes line by line': (n) => levels(n, (i) => '>'.repeat(i + 1) + ' a'),
  strong: (n) => '**'.repeat(n) + 'x' + '**'.repeat(n),
  'footnote definitions': (n) => 'x[^a]\n\n' + '[^a]: '.repeat(n) + 'x',
};

describe('nesting bound', { timeout: 60_000 }, () => {
  for (const [name, make] of Object.entries(BOMBS)) {
    it(`refuses ${name} deeper than ${MAX_NESTING}, and renders them at a depth it accepts`, () => {
      // Strong past 250 levels has more than 1,000 marks: its marks are shown as text (./emphasis.ts), so nothing nests.
      const deep = make(name === 'strong' ? MAX_NESTING + 50 : 3 * MAX_NESTING);
      const problem = nestingProblem(deep);
      assert.ok(problem, `${name}: not refused`);
      assert.match(problem.message.en, /more than 100 levels/);
      assert.ok(problem.line >= 1 && problem.line <= deep.split('\n').length);

      const shallow = make(20);
      assert.equal(nestingProblem(shallow), null, `${name}: 20 levels refused`);
      assert.ok(renderEntry(shallow).html.length > 0);
    });
  }

  it('says which line goes too deep', () => {
    const problem = nestingProblem(`intro\n\nmore\n\n${'>'.repeat(500)} deep`);
    assert.equal(problem?.line, 5);
  });

  it('refuses lines of thousands of markers at once, before the parser (slow on them) sees them', { timeout: 2_000 }, () => {
    assert.equal(nestingProblem('intro\n\n' + '- '.repeat(20_000) + 'x')?.line, 3);
    assert.equal(nestingProblem('>'.repeat(20_000) + ' x')?.line, 1);
  });

  it('takes markers in code for code', () => {
    assert.equal(nestingProblem('```\n' + '> '.repeat(500) + 'x\n```'), null);
    assert.equal(nestingProblem('- '.repeat(500)), null, 'a line of markers alone is a thematic break');
  });

  it('lets ordinary entries through unparsed and untouched', () => {
    const ordinary = ['# 标题', '', '一段 **粗体** 和 *斜体*，[链接](https://example.com)。', '', '- a\n  - b\n    - c', '', '> 引用', '', '```js\nconst a = [[1], [2]];\n```'].join('\n');
    assert.equal(nestingProblem(ordinary), null);
  });
});

describe('formula nesting', () => {
  it('counts braces, \\left…\\right and \\begin…\\end, not escaped braces or \\leftarrow', () => {
    assert.equal(texNesting('x^2'), 0);
    assert.equal(texNesting('\\frac{a}{b}'), 1);
    assert.equal(texNesting('\\frac{\\frac{a}{b}}{c}'), 2);
    assert.equal(texNesting('\\left( \\left[ x \\right] \\right)'), 2);
    assert.equal(texNesting('\\begin{matrix} a \\end{matrix}'), 2);
    assert.equal(texNesting('\\{ x \\} \\leftarrow \\rightarrow'), 0);
  });

  it('typesets a formula at the bound and shows a deeper one as its source', { timeout: 30_000 }, () => {
    const nested = (n: number) => '\\frac{'.repeat(n) + '1' + '}{2}'.repeat(n);
    const atBound = renderEntry(`$$\n${nested(MAX_TEX_NESTING)}\n$$`).html;
    assert.match(atBound, /class="katex-display"/);
    const tooDeep = renderEntry(`$$\n${nested(600)}\n$$\n\n$x$`).html;
    assert.match(tooDeep, /class="katex-error" title="the formula nests more than 40 groups deep"/);
    assert.match(tooDeep, /class="katex"/, 'the formula after it still typesets');
  });
});

describe('highlighting bound', () => {
  it('shows lines past the bound plain, in time, and highlights the lines around them', { timeout: 10_000 }, () => {
    const bash = renderEntry('```bash\necho start\n' + 'x=$a '.repeat(16_000) + '\necho end\n```').html;
    const js = renderEntry('```js\nconst s = "' + 'a'.repeat(20_000) + '";\nlet y = 2;\n```').html;
    assert.match(bash, /<span class="line"><span>x=\$a x=\$a/);
    assert.match(js, /<span class="line"><span>const s = "aaaa/);
    assert.match(js, /--shiki-light:#D73A49[^>]*>let</, 'the next line is still highlighted');
  });

  it('measures the longest line', () => {
    assert.equal(longestLine('ab\nabcd\n'), 4);
    assert.equal(longestLine(''), 0);
  });
});
