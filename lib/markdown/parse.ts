import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { keepDollarsAsText } from './dollars';

/** The syntax the render pipeline reads (GFM, math where meant), parsed only: for excerpts and the checker. */
const parser = remark().use(remarkGfm).use(remarkMath).freeze();

export function parseMarkdown(markdown: string): Root {
  const tree = parser.parse(markdown);
  keepDollarsAsText(tree, markdown);
  return tree;
}
