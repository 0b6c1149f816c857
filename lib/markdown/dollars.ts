import type { Parent, PhrasingContent, Root } from 'mdast';
import type { InlineMath, Math as MathNode } from 'mdast-util-math';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import type { VFile } from 'vfile';

/**
 * Inline math only where it is meant. remark-math takes any two `$` in a
 * paragraph for a formula, so prose about money (`存下 $10,000 … 大约是
 * $600,000`), shell variables (`$HOME 和 $PATH`) or Makefiles
 * (`$(CLEAR_VARS) … $(LOCAL_PATH)`) vanished into math italics. Pandoc's
 * rule decides instead: the opening `$` has a non-space right after it,
 * the closing `$` a non-space right before it and no digit right after
 * it. A span that fails is read again as ordinary Markdown. `$$…$$` inline
 * and display math are left alone.
 */

const proseParser = remark().use(remarkGfm).freeze();

function meant(source: string, after: string | undefined): boolean {
  if (source.startsWith('$$')) return true;
  const inner = source.slice(1, -1);
  if (inner === '' || /^\s/.test(inner) || /\s$/.test(inner)) return false;
  return after === undefined || !/\d/.test(after);
}

/** The span's text as ordinary Markdown (emphasis, links and code inside it keep working). */
function asProse(source: string): PhrasingContent[] {
  const [first] = proseParser.parse(source).children;
  if (first?.type === 'paragraph') return first.children;
  return [{ type: 'text', value: source }];
}

/**
 * Turns every inline formula the rule refuses back into text, in place;
 * with `all`, every formula, display ones too (an entry with `math: false`).
 */
export function keepDollarsAsText(tree: Root, markdown: string, all = false): void {
  const walk = (parent: Parent): void => {
    const children = parent.children;
    let merged = false;
    for (let i = 0; i < children.length; i++) {
      const node = children[i];
      if (node === undefined) continue;
      if (node.type === 'inlineMath') {
        const replacement = all ? asProse(sourceOf(node, markdown)) : refused(node, markdown);
        if (replacement) {
          children.splice(i, 1, ...replacement);
          i += replacement.length - 1;
          merged = true;
        }
      } else if (node.type === 'math' && all) {
        children.splice(i, 1, { type: 'paragraph', children: asProse(sourceOf(node, markdown)) });
      } else if ('children' in node) {
        walk(node);
      }
    }
    // Text given back joins the text around it, so a tag it was cut out of (`{% asset_img $a.png %}`) reads whole again.
    if (merged) {
      for (let i = children.length - 1; i > 0; i--) {
        const [before, node] = [children[i - 1], children[i]];
        if (before?.type !== 'text' || node?.type !== 'text') continue;
        before.value += node.value;
        if (before.position && node.position) before.position = { start: before.position.start, end: node.position.end };
        children.splice(i, 1);
      }
    }
  };
  walk(tree);
}

/** Whether the offset lies inside another engine's tag on its line (`{% asset_img $I-struct.png %}`), where a dollar is a name. */
function insideTag(markdown: string, offset: number): boolean {
  const before = markdown.slice(markdown.lastIndexOf('\n', offset - 1) + 1, offset);
  const open = Math.max(before.lastIndexOf('{%'), before.lastIndexOf('{{<'), before.lastIndexOf('{{%'));
  return open !== -1 && open > Math.max(before.lastIndexOf('%}'), before.lastIndexOf('>}}'));
}

function sourceOf(node: InlineMath | MathNode, markdown: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? `$${node.value}$` : markdown.slice(start, end);
}

function refused(node: InlineMath, markdown: string): PhrasingContent[] | null {
  const end = node.position?.end.offset;
  if (end === undefined) return null;
  const source = sourceOf(node, markdown);
  const start = node.position?.start.offset ?? 0;
  if (meant(source, markdown[end]) && !insideTag(markdown, start)) return null;
  return asProse(source);
}

declare module 'vfile' {
  interface DataMap {
    /** False for an entry that turned math off (`math: false`): every dollar is text. */
    math: boolean;
  }
}

/** The same, as a remark plugin for the render pipeline. */
export function mathWhereMeant() {
  return (tree: Root, file: VFile) => keepDollarsAsText(tree, String(file.value), file.data.math === false);
}
