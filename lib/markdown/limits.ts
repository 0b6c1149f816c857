import type { Node, Parent } from 'unist';
import { proseLines } from './lines';
import { parseMarkdown } from './parse';
import { say, type Message } from '../text/message';

/**
 * What the journal bounds so that no entry, however written, can stop a
 * build or hold a page for minutes: nesting depth, formula depth and the
 * length of a line worth highlighting.
 */

/**
 * How deeply an entry may nest: quotes in lists in quotes, emphasis in
 * links in emphasis. The parser, the HTML compiler and the sanitizer all
 * recurse once per level, so a few kilobytes of `>>>>…` or `- - - …` would
 * otherwise overflow the stack of whichever page renders the entry first.
 * markdown-it (Hexo's renderer) stops at the same depth by default.
 */
export const MAX_NESTING = 100;

/** Formulas: braces, `\left…\right` and `\begin…\end` inside one another. */
export const MAX_TEX_NESTING = 40;

/**
 * Code lines longer than this are shown without colours. Tokenizing is
 * quadratic in a line's length on some grammars (a 4,000-character
 * JavaScript string takes ten times as long as a 1,000-character one), and
 * a minified bundle on one line gains nothing from colour.
 */
export const MAX_HIGHLIGHT_LINE = 1000;

/** The length of a code block's longest line. */
export function longestLine(code: string): number {
  let longest = 0;
  for (const line of code.split('\n')) longest = Math.max(longest, line.length);
  return longest;
}

export interface NestingProblem {
  /** 1-based line in the Markdown where the too-deep part starts. */
  readonly line: number;
  readonly message: Message;
}

const TOO_DEEP = say(
  `nests more than ${MAX_NESTING} levels deep (lists, quotes, emphasis or links inside one another); flatten it`,
  `嵌套超过 ${MAX_NESTING} 层（列表、引用、强调或链接互相套在一起）；请把它展平`,
);

/** Columns of a line's leading markers and indentation: tabs count four, as in CommonMark. */
function prefixColumns(line: string): number {
  let columns = 0;
  for (const ch of line) {
    if (ch === '\t') columns += 4;
    else if (/[\s\p{P}\p{S}\d]/u.test(ch)) columns += 1;
    else break;
  }
  return columns;
}

/**
 * Container markers opening a line — `>`, `-`, `*`, `+`, `1.`, `1)` — each
 * one a quote or list inside the one before. Past the bound the line nests
 * too deeply whatever surrounds it, and the parser (slow on such lines) is
 * not asked. A line of markers alone may be a thematic break: not counted.
 */
function leadingContainers(line: string): number {
  if (/^ {4}|^\t/.test(line)) return 0;
  const marker = /^[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))/;
  let count = 0;
  let rest = line;
  for (let found = marker.exec(rest); found !== null; found = marker.exec(rest)) {
    count += 1;
    rest = rest.slice(found[0].length);
  }
  return rest.trim() === '' ? 0 : count;
}

type Estimate = { kind: 'shallow' } | { kind: 'maybe' } | { kind: 'too deep'; line: number };

/**
 * A cheap estimate before any parsing: every level of nesting needs a
 * marker or indentation at the start of a line (blocks) or a `*`, `_`, `~`
 * or `[` in the same paragraph (inline), so entries under the bound are
 * shallow without being parsed; lines of more than the bound's container
 * markers are too deep for certain.
 */
function estimate(markdown: string): Estimate {
  const budget = MAX_NESTING - 10;
  let maybe = false;
  let prefix = 0;
  let inline = 0;
  for (const { text, index } of proseLines(markdown)) {
    if (text.trim() === '') {
      prefix = 0;
      inline = 0;
      continue;
    }
    prefix = Math.max(prefix, prefixColumns(text));
    for (const ch of text) if (ch === '*' || ch === '_' || ch === '~' || ch === '[') inline += 1;
    if (prefix + inline > budget) {
      maybe = true;
      if (leadingContainers(text) > MAX_NESTING) return { kind: 'too deep', line: index + 1 };
    }
  }
  return maybe ? { kind: 'maybe' } : { kind: 'shallow' };
}

/** Why an entry's Markdown is too deep to publish, or null. Never throws for depth. */
export function nestingProblem(markdown: string): NestingProblem | null {
  const estimated = estimate(markdown);
  if (estimated.kind === 'shallow') return null;
  if (estimated.kind === 'too deep') return { line: estimated.line, message: TOO_DEEP };
  let tree: Node;
  try {
    tree = parseMarkdown(markdown);
  } catch (error) {
    if (error instanceof RangeError) return { line: 1, message: TOO_DEEP };
    throw error;
  }
  // Depth-first without recursion, so the measuring itself cannot overflow.
  const stack: Array<{ node: Node; depth: number }> = [{ node: tree, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item.depth > MAX_NESTING) return { line: item.node.position?.start.line ?? 1, message: TOO_DEEP };
    if (isParent(item.node)) for (const child of item.node.children) stack.push({ node: child, depth: item.depth + 1 });
  }
  return null;
}

function isParent(node: Node): node is Parent {
  return 'children' in node && Array.isArray(node.children);
}

/** How deeply a formula nests its groups; counted on the TeX source, before KaTeX recurses into it. */
export function texNesting(tex: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < tex.length; i++) {
    const ch = tex[i];
    if (ch === '\\') {
      const word = /^\\(left|right|begin|end)\b|^\\./.exec(tex.slice(i, i + 7));
      const name = word?.[1];
      if (name === 'left' || name === 'begin') depth += 1;
      else if (name === 'right' || name === 'end') depth -= 1;
      i += (word?.[0].length ?? 1) - 1;
    } else if (ch === '{') depth += 1;
    else if (ch === '}') depth -= 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}
